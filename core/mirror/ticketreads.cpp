#include "core/mirror/ticketreads.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QSqlQuery>

namespace parley {
namespace {

const QString ticketColumns = QStringLiteral(
    "id, conversation_id, record_id, subject, status, priority, assignee_id, department,"
    " created_by, created_at, updated_at");

// " AND …" for the set filters, their values appended to `values`.
QString filterSql(const TicketReads::Filter &filter, QVariantList *values)
{
    QString sql;
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        values->append(ticketStatusName(*filter.status));
    }
    if (filter.priority) {
        sql += QStringLiteral(" AND priority = ?");
        values->append(ticketPriorityName(*filter.priority));
    }
    if (filter.assigneeId) {
        sql += QStringLiteral(" AND assignee_id = ?");
        values->append(*filter.assigneeId);
    }
    return sql;
}

} // namespace

QList<Ticket> TicketReads::readTickets(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE %2").arg(ticketColumns, where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    QList<Ticket> out;
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return out;
    }
    while (q.next()) {
        Ticket t;
        t.id = q.value(0).toLongLong();
        t.conversationId = q.value(1).toLongLong();
        t.recordId = q.value(2).toLongLong();
        t.subject = q.value(3).toString();
        ticketStatusFromName(q.value(4).toString(), &t.status);
        ticketPriorityFromName(q.value(5).toString(), &t.priority);
        t.assigneeId = q.value(6).toLongLong();
        t.department = q.value(7).toString();
        t.createdBy = q.value(8).toLongLong();
        t.createdAt = q.value(9).toLongLong();
        t.updatedAt = q.value(10).toLongLong();
        out.append(t);
    }
    return out;
}

QList<Ticket> TicketReads::tickets(const Filter &filter, int limit, int offset)
{
    QVariantList values;
    const QString where = QStringLiteral("1") + filterSql(filter, &values) +
                          QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
    values << limit << offset;
    return readTickets(where, values);
}

int TicketReads::count(const Filter &filter)
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE 1") + filterSql(filter, &values));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        m_error = sqlFailure(lcMirror(), q);
        return 0;
    }
    return q.value(0).toInt();
}

std::optional<Ticket> TicketReads::ticket(Id id)
{
    const QList<Ticket> found = readTickets(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Ticket>(found.first());
}

std::optional<Ticket> TicketReads::ofConversation(Id conversationId)
{
    const QList<Ticket> found =
        readTickets(QStringLiteral("conversation_id = ? ORDER BY id LIMIT 1"), {conversationId});
    return found.isEmpty() ? std::nullopt : std::optional<Ticket>(found.first());
}

QList<TicketComment> TicketReads::comments(Id ticketId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, ticket_id, author_id, text, created_at"
                             " FROM ticket_comments WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    QList<TicketComment> out;
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toLongLong()});
    return out;
}

} // namespace parley
