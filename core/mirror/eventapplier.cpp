#include "core/mirror/eventapplier.h"

#include "core/logging.h"
#include "core/mirror/searchfold.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/jsonreader.h"
#include "core/protocol/tickettypes.h"
#include "core/protocol/triagetypes.h"
#include "core/storage/sqlerror.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QStringList>

namespace parley {
namespace {

// "INSERT … ON CONFLICT(id) DO UPDATE": an event carries the entity's whole state, so the
// newest event simply overwrites, and replaying one rewrites the same values.
QString upsertSql(const QString &table, const QStringList &columns)
{
    QStringList marks;
    QStringList updates;
    for (const QString &column : columns) {
        marks.append(QStringLiteral("?"));
        if (column != QLatin1String("id"))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

const QStringList &mirrorMessageColumns()
{
    static const QStringList columns = {"id",
                                        "conversation_id",
                                        "direction",
                                        "kind",
                                        "text",
                                        "state",
                                        "failure_code",
                                        "failure_reason",
                                        "author_id",
                                        "wamid",
                                        "client_id",
                                        "media_id",
                                        "media_mime",
                                        "media_name",
                                        "media_size",
                                        "media_sha256",
                                        "media_caption",
                                        "created_at",
                                        "search_text",
                                        "whatsapp_type",
                                        "details",
                                        "reply_to",
                                        "forwarded",
                                        "reaction",
                                        "edited_at",
                                        "earlier_versions",
                                        "deleted_at"};
    return columns;
}

QString messageInsertSql()
{
    QStringList marks;
    for (int i = 0; i < mirrorMessageColumns().size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO messages (%1) VALUES (%2) ON CONFLICT(id) DO NOTHING")
        .arg(mirrorMessageColumns().join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

// Every column but id, then id: the values of messageInsertSql() rotated by one.
QString messageUpdateSql()
{
    QStringList sets;
    for (const QString &column : mirrorMessageColumns().mid(1))
        sets.append(QStringLiteral("%1 = ?").arg(column));
    return QStringLiteral("UPDATE messages SET %1 WHERE id = ?")
        .arg(sets.join(QStringLiteral(", ")));
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    // A null QString binds as SQL NULL; the mirror's text columns hold '' for "none".
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
}

template <typename Entity> bool decode(const Event &event, Entity *entity, QString *error)
{
    QString problem;
    if (fromJson(event.data, entity, &problem))
        return true;
    *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(event.type, problem);
    return false;
}

} // namespace

EventApplier::EventApplier(QSqlDatabase db) : m_db(db) {}

bool EventApplier::prepare(QString *error)
{
    const struct {
        QSqlQuery *query;
        QString sql;
    } statements[] = {
        {&m_upsertConversation,
         upsertSql(QStringLiteral("conversations"),
                   {"id", "channel_id", "customer_number", "customer_name", "record_module",
                    "record_id", "status", "owner_id", "department", "last_inbound_at",
                    "last_outbound_at", "last_message_at", "last_message_text", "last_replied_by",
                    "unread_count", "labels", "priority", "team_id", "snoozed_until"})},
        // Messages are written without a full-text trigger (a trigger makes FTS5 flush a
        // segment per message): new ones are indexed per batch in finishBatch(), a re-worded
        // one leaves the index here ('delete' with its old text) and joins that batch.
        {&m_insertMessage, messageInsertSql()},
        {&m_updateMessage, messageUpdateSql()},
        {&m_messageSearchText, QStringLiteral("SELECT search_text FROM messages WHERE id = ?")},
        {&m_unindexMessage,
         QStringLiteral("INSERT INTO message_search (message_search, rowid, search_text)"
                        " VALUES ('delete', ?, ?)")},
        {&m_indexMessages, QStringLiteral("INSERT INTO message_search (rowid, search_text)"
                                          " SELECT id, search_text FROM messages"
                                          " WHERE id IN (SELECT value FROM json_each(?))")},
        {&m_upsertAgent, upsertSql(QStringLiteral("agents"),
                                   {"id", "login", "name", "role", "department", "active"})},
        {&m_upsertChannel,
         upsertSql(QStringLiteral("channels"),
                   {"id", "kind", "name", "department", "waba_id", "phone_number_id",
                    "display_number", "status", "new_customers_as", "auto_close_after_minutes"})},
        {&m_upsertRecord,
         upsertSql(QStringLiteral("records"),
                   {"id", "module", "owner_id", "fields", "created_at", "updated_at"})},
        {&m_deleteRecord, QStringLiteral("DELETE FROM records WHERE id = ?")},
        {&m_dropConversationMessages,
         QStringLiteral("DELETE FROM messages WHERE conversation_id = ?")},
        {&m_dropConversation, QStringLiteral("DELETE FROM conversations WHERE id = ?")},
        {&m_settleOutbox, QStringLiteral("DELETE FROM outbox WHERE id = ?")},
        {&m_upsertPredefinedText,
         upsertSql(QStringLiteral("predefined_texts"),
                   {"id", "name", "module", "body", "created_by", "updated_at"})},
        {&m_deletePredefinedText, QStringLiteral("DELETE FROM predefined_texts WHERE id = ?")},
        {&m_upsertTemplate,
         upsertSql(QStringLiteral("templates"),
                   {"id", "name", "language", "category", "module", "body", "status",
                    "rejection_reason", "meta_template_id", "updated_at"})},
        {&m_upsertActivity,
         upsertSql(QStringLiteral("activities"),
                   {"id", "kind", "title", "due_at", "done", "record_id", "conversation_id",
                    "owner_id", "created_by", "created_at", "updated_at"})},
        {&m_upsertTicket,
         upsertSql(QStringLiteral("tickets"),
                   {"id", "conversation_id", "record_id", "subject", "status", "priority",
                    "assignee_id", "department", "created_by", "created_at", "updated_at"})},
        // A comment never changes; the hub sends one again when a ticket reaches new desktops.
        {&m_insertTicketComment,
         QStringLiteral("INSERT OR IGNORE INTO ticket_comments (id, ticket_id, author_id, text,"
                        " created_at) VALUES (?, ?, ?, ?, ?)")},
        {&m_upsertLabel, upsertSql(QStringLiteral("labels"), {"id", "name", "color"})},
        {&m_deleteLabel, QStringLiteral("DELETE FROM labels WHERE id = ?")},
    };
    for (const auto &statement : statements) {
        *statement.query = QSqlQuery(m_db);
        if (!statement.query->prepare(statement.sql)) {
            *error = sqlFailure(lcMirror(), *statement.query);
            return false;
        }
    }
    return true;
}

bool EventApplier::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = sqlFailure(lcMirror(), query);
    return false;
}

bool EventApplier::writeMessage(const Message &m, MirrorChanges *changes, QString *error)
{
    const QString searchText = foldForSearch(m.text);
    QVariantList values = {
        m.id,
        m.conversationId,
        directionName(m.direction),
        messageKindName(m.kind),
        m.text,
        deliveryStateName(m.state),
        m.failureCode,
        m.failureReason,
        m.authorId,
        m.wamid,
        m.clientId,
        m.media.mediaId,
        m.media.mimeType,
        m.media.fileName,
        m.media.size,
        m.media.sha256,
        m.media.caption,
        m.createdAt,
        searchText,
        m.whatsappType,
        QString::fromUtf8(QJsonDocument(m.details).toJson(QJsonDocument::Compact)),
        m.replyTo,
        m.frequentlyForwarded ? 2
        : m.forwarded         ? 1
                              : 0,
        m.reaction,
        m.editedAt,
        QString::fromUtf8(QJsonDocument(m.earlierVersions).toJson(QJsonDocument::Compact)),
        m.deletedAt};
    changes->messages.insert(m.id);
    changes->conversations.insert(m.conversationId);
    bindAll(m_insertMessage, values);
    if (!exec(m_insertMessage, error))
        return false;
    if (m_insertMessage.numRowsAffected() > 0) {
        if (!m_toIndexSet.contains(m.id)) {
            m_toIndexSet.insert(m.id);
            m_toIndex.append(m.id);
        }
        return true;
    }
    // Known already (a status change, an edit, a replay): update it in place.
    m_messageSearchText.bindValue(0, m.id);
    if (!exec(m_messageSearchText, error))
        return false;
    const QString oldSearchText =
        m_messageSearchText.next() ? m_messageSearchText.value(0).toString() : QString();
    m_messageSearchText.finish();
    values.append(values.takeFirst());
    bindAll(m_updateMessage, values);
    if (!exec(m_updateMessage, error))
        return false;
    if (oldSearchText == searchText || m_toIndexSet.contains(m.id))
        return true; // same words, or not indexed yet: finishBatch() reads the row as it ends
    // The index holds the old words: they leave it now, the new ones come with the batch.
    m_unindexMessage.bindValue(0, m.id);
    m_unindexMessage.bindValue(1, oldSearchText);
    if (!exec(m_unindexMessage, error))
        return false;
    m_toIndexSet.insert(m.id);
    m_toIndex.append(m.id);
    return true;
}

bool EventApplier::finishBatch(QString *error)
{
    if (m_toIndex.isEmpty())
        return true;
    QByteArray ids = "[";
    for (int i = 0; i < m_toIndex.size(); ++i) {
        if (i > 0)
            ids += ',';
        ids += QByteArray::number(m_toIndex.at(i));
    }
    ids += ']';
    m_toIndex.clear();
    m_toIndexSet.clear();
    m_indexMessages.bindValue(0, QString::fromLatin1(ids));
    return exec(m_indexMessages, error);
}

bool EventApplier::apply(const Event &event, MirrorChanges *changes, QString *error)
{
    const QString &type = event.type;
    if (type == EventType::MessageCreated || type == EventType::MessageUpdated) {
        Message m;
        if (!decode(event, &m, error))
            return false;
        if (!writeMessage(m, changes, error))
            return false;
        if (m.clientId.isEmpty())
            return true;
        // The hub has this desktop's reply: the pending copy gives way to the real message in
        // the same transaction, so the pane never shows both or neither.
        m_settleOutbox.bindValue(0, m.clientId.section(QLatin1Char(':'), 0, 0));
        if (!exec(m_settleOutbox, error))
            return false;
        changes->outbox = changes->outbox || m_settleOutbox.numRowsAffected() > 0;
        return true;
    }
    if (type == EventType::ConversationCreated || type == EventType::ConversationUpdated) {
        Conversation c;
        if (!decode(event, &c, error))
            return false;
        bindAll(m_upsertConversation,
                {c.id, c.channelId, c.customerNumber, c.customerName, c.recordModule, c.recordId,
                 conversationStatusName(c.status), c.ownerId, c.department, c.lastInboundAt,
                 c.lastOutboundAt, c.lastMessageAt, c.lastMessageText, c.lastRepliedBy,
                 c.unreadCount, labelIdsText(c.labelIds), int(c.priority), c.teamId,
                 c.snoozedUntil});
        changes->conversations.insert(c.id);
        return exec(m_upsertConversation, error);
    }
    if (type == EventType::AgentUpdated) {
        Agent a;
        if (!decode(event, &a, error))
            return false;
        bindAll(m_upsertAgent,
                {a.id, a.login, a.name, roleName(a.role), a.department, a.active ? 1 : 0});
        changes->agents = true;
        return exec(m_upsertAgent, error);
    }
    if (type == EventType::ChannelUpdated) {
        Channel c;
        if (!decode(event, &c, error))
            return false;
        const QJsonObject json = toJson(c);
        bindAll(m_upsertChannel,
                {c.id, json.value(QStringLiteral("kind")).toString(), c.name, c.department,
                 c.wabaId, c.phoneNumberId, c.displayNumber, channelStatusName(c.status),
                 json.value(QStringLiteral("new_customers_as")).toString(),
                 c.autoCloseAfterMinutes});
        changes->channels = true;
        return exec(m_upsertChannel, error);
    }
    if (type == EventType::RecordUpdated) {
        Record r;
        if (!decode(event, &r, error))
            return false;
        const QByteArray fields =
            QJsonDocument(QJsonObject::fromVariantMap(r.fields)).toJson(QJsonDocument::Compact);
        bindAll(m_upsertRecord, {r.id, moduleName(r.module), r.ownerId, QString::fromUtf8(fields),
                                 r.createdAt, r.updatedAt});
        changes->records = true;
        return exec(m_upsertRecord, error);
    }
    if (type == EventType::PredefinedTextUpdated) {
        PredefinedText t;
        if (!decode(event, &t, error))
            return false;
        bindAll(m_upsertPredefinedText,
                {t.id, t.name, moduleName(t.module), t.body, t.createdBy, t.updatedAt});
        changes->predefinedTexts = true;
        return exec(m_upsertPredefinedText, error);
    }
    if (type == EventType::TemplateUpdated) {
        MessageTemplate t;
        if (!decode(event, &t, error))
            return false;
        bindAll(m_upsertTemplate, {t.id, t.name, t.language, templateCategoryName(t.category),
                                   moduleName(t.module), t.body, templateStatusName(t.status),
                                   t.rejectionReason, t.metaTemplateId, t.updatedAt});
        changes->templates = true;
        return exec(m_upsertTemplate, error);
    }
    if (type == EventType::ActivityUpdated) {
        Activity a;
        if (!decode(event, &a, error))
            return false;
        bindAll(m_upsertActivity,
                {a.id, activityKindName(a.kind), a.title, a.dueAt, a.done ? 1 : 0, a.recordId,
                 a.conversationId, a.ownerId, a.createdBy, a.createdAt, a.updatedAt});
        changes->activities = true;
        return exec(m_upsertActivity, error);
    }
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
    if (type == EventType::RecordDeleted || type == EventType::PredefinedTextDeleted) {
        JsonReader reader(event.data);
        const Id id = reader.id(QStringLiteral("id"), true);
        if (!reader.ok()) {
            *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(type, reader.error());
            return false;
        }
        const bool isRecord = type == EventType::RecordDeleted;
        QSqlQuery &query = isRecord ? m_deleteRecord : m_deletePredefinedText;
        query.bindValue(0, id);
        (isRecord ? changes->records : changes->predefinedTexts) = true;
        return exec(query, error);
    }
    if (type == EventType::ConversationLeft) {
        // Moved to another department: out of this agent's scope, so out of the mirror. The
        // hub sends it only to desktops that may no longer see the conversation.
        JsonReader reader(event.data);
        const Id id = reader.id(QStringLiteral("id"), true);
        if (!reader.ok()) {
            *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(type, reader.error());
            return false;
        }
        m_dropConversationMessages.bindValue(0, id);
        m_dropConversation.bindValue(0, id);
        changes->conversations.insert(id);
        return exec(m_dropConversationMessages, error) && exec(m_dropConversation, error);
    }
    if (type == EventType::MentionCreated) {
        // A note names this agent (the hub sends it to that agent alone): nothing to store, the
        // note itself came as message.created; announced so the desktop can tell the agent.
        JsonReader reader(event.data);
        const Id messageId = reader.id(QStringLiteral("message_id"), true);
        if (!reader.ok()) {
            *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(type, reader.error());
            return false;
        }
        changes->mentions.insert(messageId);
        return true;
    }
    if (type == EventType::LabelUpdated) {
        Label label;
        if (!decode(event, &label, error))
            return false;
        bindAll(m_upsertLabel, {label.id, label.name, label.color});
        changes->labels = true;
        return exec(m_upsertLabel, error);
    }
    if (type == EventType::LabelDeleted) {
        JsonReader reader(event.data);
        const Id id = reader.id(QStringLiteral("id"), true);
        if (!reader.ok()) {
            *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(type, reader.error());
            return false;
        }
        m_deleteLabel.bindValue(0, id);
        changes->labels = true;
        return exec(m_deleteLabel, error);
    }
    if (type == EventType::CreditsUpdated) {
        // Admin figures: not kept in the mirror, only announced so an open Credits page refreshes.
        changes->credits = true;
        return true;
    }
    return true; // a type this version does not know: a newer hub; skip it
}

} // namespace parley
