#pragma once

#include "core/protocol/notificationtypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// Issue #12, typed (docs/api.md "Notification settings"): the agent's own notification choice
// and conversation mutes, kept by the hub so that every desktop of the agent follows them.
// Each answer is the whole settings; the mirror's copy follows through the stream
// (notification_settings.updated).
class NotificationsApi {
public:
    explicit NotificationsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    void settings(HubCallback<NotificationSettings> done) const;
    void setChoice(NotifyChoice choice, HubCallback<NotificationSettings> done) const;
    void setMuted(Id conversationId, bool muted, HubCallback<NotificationSettings> done) const;

private:
    HubApi m_api;
};

} // namespace parley
