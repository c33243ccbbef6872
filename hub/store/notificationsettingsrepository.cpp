#include "hub/store/notificationsettingsrepository.h"

namespace parley::hub {

NotificationSettings NotificationSettingsRepository::of(Id agentId)
{
    NotificationSettings settings;
    settings.agentId = agentId;
    {
        CachedQuery q = m_db.query(
            QStringLiteral("SELECT notify FROM notification_settings WHERE agent_id = ?"),
            {agentId});
        if (q.next())
            notifyChoiceFromName(q.value(0).toString(), &settings.notify);
    }
    CachedQuery q = m_db.query(QStringLiteral("SELECT conversation_id FROM conversation_mutes"
                                              " WHERE agent_id = ? ORDER BY conversation_id"),
                               {agentId});
    while (q.next())
        settings.muted.append(q.value(0).toLongLong());
    return settings;
}

bool NotificationSettingsRepository::setChoice(Id agentId, NotifyChoice choice)
{
    return m_db.run(QStringLiteral("INSERT INTO notification_settings (agent_id, notify)"
                                   " VALUES (?, ?) ON CONFLICT (agent_id) DO UPDATE"
                                   " SET notify = excluded.notify"),
                    {agentId, notifyChoiceName(choice)});
}

bool NotificationSettingsRepository::setMuted(Id agentId, Id conversationId, bool muted)
{
    if (muted)
        return m_db.run(QStringLiteral("INSERT INTO conversation_mutes (agent_id, conversation_id)"
                                       " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                        {agentId, conversationId});
    return m_db.run(
        QStringLiteral("DELETE FROM conversation_mutes WHERE agent_id = ? AND conversation_id = ?"),
        {agentId, conversationId});
}

} // namespace parley::hub
