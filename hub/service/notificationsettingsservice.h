#pragma once

#include "core/protocol/notificationtypes.h"
#include "hub/service/conversationservice.h"
#include "hub/service/hubcontext.h"

namespace parley::hub {

// Issue #12: an agent's own notification choice and conversation mutes (docs/api.md
// "Notification settings"). Each change is one transaction with its
// notification_settings.updated event (the whole settings), which reaches only that agent's
// streams (AgentFeed); answers carry the whole settings too.
class NotificationSettingsService {
public:
    explicit NotificationSettingsService(HubContext &context) : m_ctx(context) {}

    CommandResult settings(const Agent &agent);
    CommandResult setChoice(const Agent &agent, NotifyChoice choice);
    // A conversation outside the agent's scope answers 404, as one that does not exist.
    CommandResult setMuted(const Agent &agent, Id conversationId, bool muted);

private:
    CommandResult publish(const Agent &agent, const std::function<bool()> &change);

    HubContext &m_ctx;
};

} // namespace parley::hub
