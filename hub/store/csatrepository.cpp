#include "hub/store/csatrepository.h"

namespace parley::hub {

QList<CsatRepository::Setting> CsatRepository::settings(bool *ok)
{
    QList<Setting> found;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT channel_id, template_id FROM csat_settings ORDER BY channel_id"));
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    *ok = q.isActive();
    return found;
}

Id CsatRepository::templateFor(Id channelId)
{
    return m_db
        .scalar(QStringLiteral("SELECT template_id FROM csat_settings WHERE channel_id IN (?, 0)"
                               " ORDER BY channel_id DESC LIMIT 1"),
                {channelId}, 0)
        .toLongLong();
}

bool CsatRepository::setSetting(Id channelId, Id templateId)
{
    if (templateId == 0)
        return m_db.run(QStringLiteral("DELETE FROM csat_settings WHERE channel_id = ?"),
                        {channelId});
    return m_db.run(QStringLiteral("INSERT INTO csat_settings (channel_id, template_id)"
                                   " VALUES (?, ?) ON CONFLICT (channel_id) DO UPDATE SET"
                                   " template_id = excluded.template_id"),
                    {channelId, templateId});
}

Id CsatRepository::claimSurvey(Id conversationId, const QString &closingKey, Id channelId,
                               Id ownerId, Id teamId, TimestampMs now)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO csat_surveys (conversation_id, closing_key, channel_id,"
                       " owner_id, team_id, sent_at) VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING RETURNING id"),
        {conversationId, closingKey, channelId, ownerId, teamId, now});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool CsatRepository::surveySent(Id surveyId, Id messageId, const QString &error)
{
    return m_db.run(QStringLiteral("UPDATE csat_surveys SET message_id = ?, error = ?"
                                   " WHERE id = ?"),
                    {messageId, error, surveyId});
}

bool CsatRepository::answer(Id conversationId, const QString &wamid, int score, TimestampMs at,
                            TimestampMs since)
{
    const Id survey =
        m_db.scalar(QStringLiteral("SELECT s.id FROM csat_surveys s JOIN messages m"
                                   " ON m.id = s.message_id WHERE s.conversation_id = ?"
                                   " AND s.message_id > 0 AND m.wamid = ? AND s.sent_at >= ?"
                                   " ORDER BY s.id DESC LIMIT 1"),
                    {conversationId, wamid, since}, 0)
            .toLongLong();
    if (survey == 0)
        return false;
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE csat_surveys SET score = ?, answered_at = ?"
                                           " WHERE id = ? AND answered_at = 0"),
                            {score, at, survey});
    return q.isActive() && q.numRowsAffected() > 0;
}

std::optional<QList<CsatRepository::Answer>>
CsatRepository::answers(TimestampMs from, TimestampMs to, Id channelId, Id agentId, Id groupId)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT channel_id, owner_id, team_id, score FROM csat_surveys"
                                 " WHERE answered_at >= ? AND answered_at < ? AND score > 0"
                                 " AND (? = 0 OR channel_id = ?) AND (? = 0 OR owner_id = ?)"
                                 " AND (? = 0 OR team_id = ?)"),
                  {from, to, channelId, channelId, agentId, agentId, groupId, groupId});
    if (!q.isActive())
        return std::nullopt;
    QList<Answer> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toInt()});
    return found;
}

} // namespace parley::hub
