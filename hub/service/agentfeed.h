#pragma once

#include "core/domain/agent.h"
#include "hub/service/hubcontext.h"

namespace parley::hub {

// The event log as one agent may see it (issue #12), for GET /api/v1/sync and the stream:
// events of conversations outside the agent's scope (core/rules/scoperules.h) and of records
// outside it are left out, conversation.left reaches the department a conversation left, and
// every conversation event carries the agent's own unread count (hub/store/agentviews.h),
// as the conversation is now. `next` is the log's: a page may shrink, the position never lags.
class AgentFeed {
public:
    explicit AgentFeed(HubContext &context) : m_ctx(context) {}

    SyncBatch forAgent(const Agent &agent, const SyncBatch &batch);

private:
    bool ticketVisible(const Agent &agent, const Event &event,
                       QHash<Id, std::optional<Ticket>> *tickets);

    HubContext &m_ctx;
};

} // namespace parley::hub
