#include "hub/store/ticketrepository.h"

#include <QSqlQuery>

#include <limits>

namespace parley::hub {
namespace {

const QString ticketColumns = QStringLiteral(
    "id, conversation_id, record_id, subject, status, priority, assignee_id, department,"
    " created_by, created_at, updated_at");

Ticket readTicket(const QSqlQuery &q)
{
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
    return t;
}

} // namespace

Id TicketRepository::insert(const Ticket &t)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO tickets (conversation_id, record_id, subject, status,"
                       " priority, assignee_id, department, created_by, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (conversation_id) DO NOTHING RETURNING id"),
        {t.conversationId, t.recordId, t.subject, ticketStatusName(t.status),
         ticketPriorityName(t.priority), t.assigneeId, t.department, t.createdBy, t.createdAt,
         t.updatedAt});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool TicketRepository::save(const Ticket &t)
{
    return m_db.run(QStringLiteral("UPDATE tickets SET subject = ?, status = ?, priority = ?,"
                                   " assignee_id = ?, department = ?, updated_at = ? WHERE id = ?"),
                    {t.subject, ticketStatusName(t.status), ticketPriorityName(t.priority),
                     t.assigneeId, t.department, t.updatedAt, t.id});
}

std::optional<Ticket> TicketRepository::byId(Id id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(ticketColumns), {id});
    if (!q.next())
        return std::nullopt;
    return readTicket(q);
}

std::optional<Ticket> TicketRepository::byConversation(Id conversationId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM tickets WHERE conversation_id = ?").arg(ticketColumns),
        {conversationId});
    if (!q.next())
        return std::nullopt;
    return readTicket(q);
}

QList<Ticket> TicketRepository::list(const Filter &filter, int limit, Id beforeId)
{
    const QString status = filter.status ? ticketStatusName(*filter.status) : QString();
    const QString priority = filter.priority ? ticketPriorityName(*filter.priority) : QString();
    const qint64 assignee = filter.assigneeId ? *filter.assigneeId : -1;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM tickets WHERE id < ? AND (? = '' OR status = ?)"
                                 " AND (? = '' OR priority = ?) AND (? < 0 OR assignee_id = ?)"
                                 " ORDER BY id DESC LIMIT ?")
                      .arg(ticketColumns),
                  {beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), status, status,
                   priority, priority, assignee, assignee, limit});
    QList<Ticket> out;
    while (q.next())
        out.append(readTicket(q));
    return out;
}

Id TicketRepository::insertComment(const TicketComment &c)
{
    QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO ticket_comments (ticket_id, author_id,"
                                           " text, created_at) VALUES (?, ?, ?, ?) RETURNING id"),
                            {c.ticketId, c.authorId, c.text, c.createdAt});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<TicketComment> TicketRepository::comments(Id ticketId, int limit)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, ticket_id, author_id, text, created_at"
                                           " FROM ticket_comments WHERE ticket_id = ?"
                                           " ORDER BY id LIMIT ?"),
                            {ticketId, limit});
    QList<TicketComment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toLongLong()});
    return out;
}

qint64 TicketRepository::commentCount(Id ticketId)
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM ticket_comments WHERE ticket_id = ?"),
                {ticketId})
        .toLongLong();
}

bool TicketRepository::departmentExists(const QString &name)
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM departments WHERE name = ?"), {name})
               .toLongLong() > 0;
}

} // namespace parley::hub
