#include "core/mirror/triageapplier.h"

#include "core/mirror/applierstatements.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/tickettypes.h"
#include "core/protocol/triagetypes.h"

namespace parley {

using namespace applier;

bool TriageApplier::prepare(QString *error)
{
    return prepareAll(
        m_db,
        {{&m_upsertTicket,
          upsertSql(QStringLiteral("tickets"),
                    {"id", "conversation_id", "record_id", "subject", "status", "priority",
                     "assignee_id", "department", "created_by", "created_at", "updated_at"})},
         // A comment never changes; the hub sends one again when a ticket reaches new desktops.
         {&m_insertTicketComment,
          QStringLiteral("INSERT OR IGNORE INTO ticket_comments (id, ticket_id, author_id, text,"
                         " created_at) VALUES (?, ?, ?, ?, ?)")},
         {&m_upsertLabel, upsertSql(QStringLiteral("labels"), {"id", "name", "color"})},
         {&m_deleteLabel, QStringLiteral("DELETE FROM labels WHERE id = ?")}},
        error);
}

bool TriageApplier::handles(const QString &type)
{
    return type == EventType::TicketUpdated || type == EventType::TicketCommentCreated ||
           type == EventType::LabelUpdated || type == EventType::LabelDeleted;
}

bool TriageApplier::apply(const Event &event, MirrorChanges *changes, QString *error)
{
    const QString &type = event.type;
    if (type == EventType::TicketUpdated) {
        Ticket t;
        if (!decode(event, &t, error))
            return false;
        bindAll(m_upsertTicket,
                {t.id, t.conversationId, t.recordId, t.subject, ticketStatusName(t.status),
                 ticketPriorityName(t.priority), t.assigneeId, t.department, t.createdBy,
                 t.createdAt, t.updatedAt});
        changes->tickets = true;
        return exec(m_upsertTicket, error);
    }
    if (type == EventType::TicketCommentCreated) {
        TicketComment c;
        if (!decode(event, &c, error))
            return false;
        bindAll(m_insertTicketComment, {c.id, c.ticketId, c.authorId, c.text, c.createdAt});
        changes->tickets = true;
        return exec(m_insertTicketComment, error);
    }
    if (type == EventType::LabelUpdated) {
        Label label;
        if (!decode(event, &label, error))
            return false;
        bindAll(m_upsertLabel, {label.id, label.name, label.color});
        changes->labels = true;
        return exec(m_upsertLabel, error);
    }
    Id id = 0; // LabelDeleted
    if (!readId(event, QStringLiteral("id"), &id, error))
        return false;
    m_deleteLabel.bindValue(0, id);
    changes->labels = true;
    return exec(m_deleteLabel, error);
}

} // namespace parley
