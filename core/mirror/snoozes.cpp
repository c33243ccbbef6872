#include "core/mirror/snoozes.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

namespace parley {

bool Snoozes::snooze(Id conversationId, TimestampMs untilAt, int messageCount)
{
    QSqlQuery q(m_db);
    return runStatement(
        lcMirror(), q,
        QStringLiteral("INSERT INTO snoozes (conversation_id, until_at, message_count)"
                       " VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE"
                       " SET until_at = excluded.until_at,"
                       " message_count = excluded.message_count"),
        {conversationId, untilAt, qMax(1, messageCount)});
}

bool Snoozes::addMessages(Id conversationId, int count)
{
    QSqlQuery q(m_db);
    return runStatement(lcMirror(), q,
                        QStringLiteral("UPDATE snoozes SET message_count = message_count + ?"
                                       " WHERE conversation_id = ?"),
                        {count, conversationId}) &&
           q.numRowsAffected() > 0;
}

bool Snoozes::clear(Id conversationId)
{
    QSqlQuery q(m_db);
    return runStatement(lcMirror(), q,
                        QStringLiteral("DELETE FROM snoozes WHERE conversation_id = ?"),
                        {conversationId});
}

std::optional<Snooze> Snoozes::find(Id conversationId)
{
    const QList<Snooze> found =
        select(QStringLiteral("SELECT conversation_id, until_at, message_count FROM snoozes"
                              " WHERE conversation_id = ?"),
               {conversationId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Snooze> Snoozes::due(TimestampMs now)
{
    return select(QStringLiteral("SELECT conversation_id, until_at, message_count FROM snoozes"
                                 " WHERE until_at <= ? ORDER BY until_at, conversation_id"),
                  {now});
}

std::optional<TimestampMs> Snoozes::nextDueAt()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT min(until_at) FROM snoozes"))) {
        sqlFailure(lcMirror(), q);
        return std::nullopt;
    }
    if (!q.next() || q.isNull(0))
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<Snooze> Snoozes::all()
{
    return select(QStringLiteral("SELECT conversation_id, until_at, message_count FROM snoozes"
                                 " ORDER BY until_at, conversation_id"),
                  {});
}

QList<Snooze> Snoozes::select(const QString &sql, const QVariantList &values)
{
    QList<Snooze> snoozes;
    QSqlQuery q(m_db);
    if (!runStatement(lcMirror(), q, sql, values))
        return snoozes;
    while (q.next())
        snoozes.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()});
    return snoozes;
}

} // namespace parley
