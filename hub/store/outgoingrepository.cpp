#include "hub/store/outgoingrepository.h"

#include <QJsonDocument>

namespace parley::hub {
namespace {

QString requestText(const QJsonObject &request)
{
    return QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact));
}

QJsonObject requestOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

bool OutgoingRow::isMarkRead() const
{
    return request.value(QStringLiteral("kind")).toString() == QLatin1String("mark_read");
}

bool OutgoingRepository::enqueue(const OutgoingRow &row, TimestampMs now)
{
    return m_db.run(QStringLiteral("INSERT INTO outgoing (message_id, channel_id, request, state,"
                                   " next_attempt_at) VALUES (?, ?, ?, 'queued', ?)"),
                    {row.messageId, row.channelId, requestText(row.request), now});
}

bool OutgoingRepository::enqueueOnce(const OutgoingRow &row, TimestampMs now, bool *queued)
{
    QSqlQuery insert = m_db.exec(
        QStringLiteral("INSERT INTO outgoing (message_id, channel_id, request, state,"
                       " next_attempt_at) VALUES (?, ?, ?, 'queued', ?) ON CONFLICT DO NOTHING"),
        {row.messageId, row.channelId, requestText(row.request), now});
    if (!insert.isActive())
        return false;
    *queued = insert.numRowsAffected() > 0;
    return true;
}

int OutgoingRepository::pendingCount()
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM outgoing WHERE state IN ('queued',"
                               " 'sending')"),
                {}, 0)
        .toInt();
}

QList<OutgoingRepository::Head> OutgoingRepository::dueHeads(TimestampMs now, const QSet<Id> &skip,
                                                             int limit)
{
    CachedQuery query = m_db.query(
        QStringLiteral("SELECT message_id, channel_id, request, attempts, conversation_id FROM"
                       " (SELECT o.message_id, o.channel_id, o.request, o.attempts, o.state,"
                       " o.next_attempt_at, m.conversation_id, row_number() OVER"
                       " (PARTITION BY m.conversation_id ORDER BY o.message_id) AS place"
                       " FROM outgoing o JOIN messages m ON m.id = o.message_id"
                       " WHERE o.state IN ('queued', 'sending')) heads"
                       " WHERE place = 1 AND state = 'queued' AND next_attempt_at <= ?"
                       " ORDER BY next_attempt_at, message_id"),
        {now});
    QList<Head> heads;
    while (heads.size() < limit && query.next()) {
        const Id conversation = query.value(4).toLongLong();
        if (skip.contains(conversation))
            continue;
        heads.append({{query.value(0).toLongLong(), query.value(1).toLongLong(),
                       requestOf(query.value(2)), query.value(3).toInt()},
                      conversation});
    }
    return heads;
}

QList<OutgoingRow> OutgoingRepository::interrupted(const QString &liveInstancesSql)
{
    QSqlQuery query =
        m_db.exec(QStringLiteral("SELECT message_id, channel_id, request, attempts FROM outgoing"
                                 " WHERE state = 'sending'") +
                  (liveInstancesSql.isEmpty()
                       ? QString()
                       : QStringLiteral(" AND claimed_by NOT IN (%1)").arg(liveInstancesSql)));
    QList<OutgoingRow> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     requestOf(query.value(2)), query.value(3).toInt()});
    return rows;
}

bool OutgoingRepository::claim(Id messageId, qint64 instanceKey)
{
    // Several hubs drain the same queue: each may pick the same due row, and only the one whose
    // update changed it sends. On PostgreSQL a row another hub is claiming at this moment is
    // skipped rather than waited for (its claim wins).
    const QString sql =
        m_db.dialect() == HubDatabase::Dialect::Postgres
            ? QStringLiteral("UPDATE outgoing SET state = 'sending', attempts = attempts + 1,"
                             " claimed_by = ? WHERE message_id = (SELECT message_id FROM outgoing"
                             " WHERE message_id = ? AND state = 'queued' FOR UPDATE SKIP LOCKED)")
            : QStringLiteral("UPDATE outgoing SET state = 'sending', attempts = attempts + 1,"
                             " claimed_by = ? WHERE message_id = ? AND state = 'queued'");
    CachedQuery query = m_db.query(sql, {instanceKey, messageId});
    return query.isActive() && query->numRowsAffected() == 1;
}

bool OutgoingRepository::requeue(Id messageId)
{
    return m_db.run(QStringLiteral("UPDATE outgoing SET state = 'queued' WHERE message_id = ?"),
                    {messageId});
}

bool OutgoingRepository::reschedule(Id messageId, int attempts, TimestampMs nextAttemptAt,
                                    const QString &reason)
{
    return m_db.run(QStringLiteral("UPDATE outgoing SET state = 'queued', attempts = ?,"
                                   " next_attempt_at = ?, last_error = ? WHERE message_id = ?"),
                    {attempts, nextAttemptAt, reason, messageId});
}

bool OutgoingRepository::saveRequest(Id messageId, const QJsonObject &request)
{
    return m_db.run(QStringLiteral("UPDATE outgoing SET request = ? WHERE message_id = ?"),
                    {requestText(request), messageId});
}

bool OutgoingRepository::markSent(Id messageId)
{
    return m_db.run(QStringLiteral("UPDATE outgoing SET state = 'sent', last_error = ''"
                                   " WHERE message_id = ?"),
                    {messageId});
}

bool OutgoingRepository::markFailed(Id messageId, const QString &reason)
{
    return m_db.run(QStringLiteral("UPDATE outgoing SET state = 'failed', last_error = ?"
                                   " WHERE message_id = ?"),
                    {reason, messageId});
}

bool OutgoingRepository::remove(Id messageId)
{
    return m_db.run(QStringLiteral("DELETE FROM outgoing WHERE message_id = ?"), {messageId});
}

} // namespace parley::hub
