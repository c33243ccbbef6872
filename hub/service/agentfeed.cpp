#include "hub/service/agentfeed.h"

#include "core/protocol/notificationtypes.h"
#include "core/rules/savedviewrules.h"

#include <algorithm>

namespace parley::hub {
namespace {

bool isConversationEvent(const QString &type)
{
    return type == EventType::ConversationCreated || type == EventType::ConversationUpdated;
}

bool isMessageEvent(const QString &type)
{
    return type == EventType::MessageCreated || type == EventType::MessageUpdated;
}

Id idOf(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toInteger();
}

bool isTicketEvent(const QString &type)
{
    return type == EventType::TicketUpdated || type == EventType::TicketCommentCreated;
}

bool hasTicketEvents(const SyncBatch &batch)
{
    return std::any_of(batch.events.cbegin(), batch.events.cend(),
                       [](const Event &event) { return isTicketEvent(event.type); });
}

bool hasSavedViewEvents(const SyncBatch &batch)
{
    return std::any_of(batch.events.cbegin(), batch.events.cend(), [](const Event &event) {
        return event.type == EventType::SavedViewUpdated ||
               event.type == EventType::SavedViewDeleted;
    });
}

} // namespace

AgentFeed::Page::Page(SyncBatch batch) : m_batch(std::move(batch))
{
    for (const Event &event : m_batch.events) {
        if (isConversationEvent(event.type) || event.type == EventType::ConversationLeft)
            m_conversationIds.insert(idOf(event.data, "id"));
        else if (isMessageEvent(event.type) || event.type == EventType::MentionCreated)
            m_conversationIds.insert(idOf(event.data, "conversation_id"));
        else if (event.type == EventType::RecordUpdated)
            m_recordIds.insert(idOf(event.data, "id"));
        else if (event.type == EventType::ActivityUpdated)
            m_recordIds.insert(idOf(event.data, "record_id"));
    }
    m_personal = std::any_of(m_batch.events.cbegin(), m_batch.events.cend(), [](const Event &e) {
        return e.type == EventType::NotificationSettingsUpdated;
    });
    m_ticketEvents = hasTicketEvents(m_batch);
    m_savedViewEvents = hasSavedViewEvents(m_batch);
}

// R3.6: a ticket.updated as the ticket was then (its department and assignee); a comment as
// its ticket is now, so that a ticket moved to a team brings its comments along
// (TicketService republishes them) and a deleted one shows nothing.
bool AgentFeed::ticketVisible(const Agent &agent, const Event &event, Page &page)
{
    if (event.type == EventType::TicketUpdated)
        return ticketInScope(agent, event.data.value(QStringLiteral("department")).toString(),
                             idOf(event.data, "assignee_id"));
    const Id ticketId = idOf(event.data, "ticket_id");
    auto ticket = page.m_tickets.find(ticketId);
    if (ticket == page.m_tickets.end())
        ticket = page.m_tickets.insert(ticketId, m_ctx.tickets.byId(ticketId));
    return *ticket && ticketInScope(agent, (*ticket)->department, (*ticket)->assigneeId);
}

SyncBatch AgentFeed::forAgent(const Agent &agent, Page &page)
{
    const SyncBatch &batch = page.m_batch;
    const bool everything = seesEverything(agent);
    // Records matter only to those who do not see everything.
    const bool recordsMatter = !everything && !page.m_recordIds.isEmpty();
    if (page.m_conversationIds.isEmpty() && !recordsMatter && !page.m_personal &&
        !(!everything && page.m_ticketEvents) && !page.m_savedViewEvents)
        return batch;
    if (!page.m_conversations)
        page.m_conversations = m_ctx.views.conversationsForAll(page.m_conversationIds);
    if (recordsMatter && !page.m_records)
        page.m_records = m_ctx.views.records(page.m_recordIds);
    const QHash<Id, AgentViews::SharedConversation> &conversations = *page.m_conversations;
    static const QHash<Id, AgentViews::RecordView> noRecords;
    const QHash<Id, AgentViews::RecordView> &records = page.m_records ? *page.m_records : noRecords;
    const auto conversationVisible = [&](Id id) {
        const auto view = conversations.constFind(id);
        if (view == conversations.cend())
            return everything; // gone from the store: only those who see everything
        return conversationInScope(agent, view->department, view->ownerId);
    };
    const auto recordVisible = [&](Id id, Id activityOwner) {
        const auto view = records.constFind(id);
        if (view == records.cend() || (activityOwner != 0 && activityOwner == agent.id))
            return true; // deleted since (its record.deleted follows), or the agent's own task
        return recordInScope(agent, view->ownerId, view->departments, view->owners);
    };

    SyncBatch mine;
    mine.next = batch.next;
    for (const Event &event : batch.events) {
        if (isConversationEvent(event.type)) {
            const Id id = idOf(event.data, "id");
            if (!conversationVisible(id))
                continue;
            Event own = event;
            const auto shared = conversations.constFind(id);
            if (shared != conversations.cend())
                own.data.insert(QStringLiteral("unread_count"),
                                AgentViews::viewOf(*shared, agent.id).unread);
            mine.events.append(own);
        } else if (isMessageEvent(event.type)) {
            if (conversationVisible(idOf(event.data, "conversation_id")))
                mine.events.append(event);
        } else if (event.type == EventType::MentionCreated) {
            // The named agent's alone, and only while the conversation is in its sight.
            if (idOf(event.data, "agent_id") == agent.id &&
                conversationVisible(idOf(event.data, "conversation_id")))
                mine.events.append(event);
        } else if (event.type == EventType::SavedViewUpdated ||
                   event.type == EventType::SavedViewDeleted) {
            // A private view is its owner's alone, admins included (issue #12).
            if (savedViewEventReaches(agent, event.type, event.data))
                mine.events.append(event);
        } else if (event.type == EventType::NotificationSettingsUpdated) {
            // An agent's own choice and mutes: nobody else's business, admins included.
            if (idOf(event.data, "agent_id") == agent.id)
                mine.events.append(event);
        } else if (event.type == EventType::ConversationLeft) {
            // Only for the department it left, and only while it is still out of their sight.
            if (!everything &&
                event.data.value(QStringLiteral("department")).toString() == agent.department &&
                !conversationVisible(idOf(event.data, "id")))
                mine.events.append(event);
        } else if (!everything && event.type == EventType::RecordUpdated) {
            if (recordVisible(idOf(event.data, "id"), 0))
                mine.events.append(event);
        } else if (!everything && event.type == EventType::ActivityUpdated) {
            if (recordVisible(idOf(event.data, "record_id"), idOf(event.data, "owner_id")))
                mine.events.append(event);
        } else if (!everything && isTicketEvent(event.type)) {
            if (ticketVisible(agent, event, page))
                mine.events.append(event);
        } else {
            mine.events.append(event);
        }
    }
    return mine;
}

} // namespace parley::hub
