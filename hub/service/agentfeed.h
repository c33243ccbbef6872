#pragma once

#include "core/domain/agent.h"
#include "hub/service/hubcontext.h"

#include <optional>

namespace parley::hub {

// The event log as one agent may see it (issue #12), for GET /api/v1/sync and the stream:
// events of conversations outside the agent's scope (core/rules/scoperules.h) and of records
// outside it are left out, conversation.left reaches the department a conversation left, and
// every conversation event carries the agent's own unread count (hub/store/agentviews.h),
// as the conversation is now. `next` is the log's: a page may shrink, the position never lags.
class AgentFeed {
public:
    explicit AgentFeed(HubContext &context) : m_ctx(context) {}

    // One page of the log, to be filtered for any number of agents (the stream's connected
    // ones): what the filtering needs from the store (the conversations with every agent's
    // read mark, the records, the tickets) is read once for the page, when first needed, and
    // each agent's part is then decided in memory.
    class Page {
    public:
        explicit Page(SyncBatch batch);
        const SyncBatch &batch() const { return m_batch; }

    private:
        friend class AgentFeed;
        SyncBatch m_batch;
        QSet<Id> m_conversationIds;
        QSet<Id> m_recordIds;
        bool m_personal = false;     // an agent's own settings
        bool m_ticketEvents = false; // filtered for those who do not see everything
        bool m_savedViewEvents = false;
        std::optional<QHash<Id, AgentViews::SharedConversation>> m_conversations;
        std::optional<QHash<Id, AgentViews::RecordView>> m_records;
        QHash<Id, std::optional<Ticket>> m_tickets; // a page's comments share their ticket's
    };

    SyncBatch forAgent(const Agent &agent, Page &page);
    SyncBatch forAgent(const Agent &agent, const SyncBatch &batch)
    {
        Page page(batch);
        return forAgent(agent, page);
    }

private:
    bool ticketVisible(const Agent &agent, const Event &event, Page &page);

    HubContext &m_ctx;
};

} // namespace parley::hub
