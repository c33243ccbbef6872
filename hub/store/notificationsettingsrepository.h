#pragma once

#include "core/protocol/notificationtypes.h"
#include "hub/store/hubdatabase.h"

namespace parley::hub {

// Each agent's notification choice (notification_settings; no row: the default) and the
// conversations it muted (conversation_mutes), issue #12.
class NotificationSettingsRepository {
public:
    explicit NotificationSettingsRepository(HubDatabase &db) : m_db(db) {}

    NotificationSettings of(Id agentId);
    bool setChoice(Id agentId, NotifyChoice choice);
    bool setMuted(Id agentId, Id conversationId, bool muted);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
