#pragma once

#include "core/protocol/tickettypes.h"
#include "hub/service/conversationservice.h"

namespace parley::hub {

// R3.6 help-desk tickets: a conversation becomes a ticket (subject, status, priority, assignee,
// department) linked to it and its lead or contact; the help-desk team changes it and comments
// on it. Each change is one transaction with its event (ticket.updated,
// ticket_comment.created), so every desktop that sees the ticket gets it through the stream.
// A ticket in scope (core/rules/scoperules.h) answers; one outside it answers as one that does
// not exist. View-only agents read but never change.
class TicketService {
public:
    explicit TicketService(HubContext &context) : m_ctx(context) {}

    // "Convert to ticket": 201 with the ticket; 409 ticket_exists (with the ticket) when the
    // conversation already has one.
    CommandResult convert(const Agent &agent, Id conversationId, const NewTicket &ticket);
    CommandResult list(const Agent &agent, const TicketRepository::Filter &filter, int limit,
                       Id beforeId);
    // The ticket with its comments.
    CommandResult get(const Agent &agent, Id id);
    // The conversation's ticket, when it has one in the agent's scope (404 otherwise).
    CommandResult ofConversation(const Agent &agent, Id conversationId);
    CommandResult update(const Agent &agent, Id id, const TicketChange &change);
    CommandResult comment(const Agent &agent, Id id, const QString &text);

    static constexpr int maxCommentsPerTicket = 2000;

private:
    std::optional<Ticket> ticketFor(const Agent &agent, Id id);
    // The refusal for a subject, assignee or department that cannot be stored, if any.
    std::optional<CommandResult> refuseValues(const QString *subject, const Id *assigneeId,
                                              const QString *department);
    // Inside the caller's transaction: every comment of the ticket again, for desktops that
    // could not see it before (its department or assignee changed).
    bool republishComments(Id ticketId);

    HubContext &m_ctx;
};

} // namespace parley::hub
