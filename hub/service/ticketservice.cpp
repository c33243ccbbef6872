#include "hub/service/ticketservice.h"

#include <QJsonArray>

namespace parley::hub {
namespace {

CommandResult ticketNotFound(Id id)
{
    return CommandResult::failure(404, QStringLiteral("not_found"),
                                  QStringLiteral("There is no ticket %1.").arg(id));
}

std::optional<CommandResult> refuseViewer(const Agent &agent)
{
    if (canSend(agent.role))
        return std::nullopt;
    return CommandResult::failure(403, QStringLiteral("forbidden_view_only"),
                                  QStringLiteral("View-only agents cannot change tickets."));
}

} // namespace

std::optional<Ticket> TicketService::ticketFor(const Agent &agent, Id id)
{
    std::optional<Ticket> found = m_ctx.tickets.byId(id);
    if (found && !ticketInScope(agent, found->department, found->assigneeId))
        return std::nullopt;
    return found;
}

std::optional<CommandResult>
TicketService::refuseValues(const QString *subject, const Id *assigneeId, const QString *department)
{
    if (subject && (subject->isEmpty() || subject->size() > TicketLimits::maxSubjectLength))
        return CommandResult::failure(400, QStringLiteral("ticket_subject_invalid"),
                                      QStringLiteral("A ticket's subject has 1 to %1 characters.")
                                          .arg(TicketLimits::maxSubjectLength));
    if (assigneeId && *assigneeId != 0) {
        const std::optional<Agent> assignee = m_ctx.agents.byId(*assigneeId);
        if (!assignee || !assignee->active || !canSend(assignee->role))
            return CommandResult::failure(
                400, QStringLiteral("assignee_unknown"),
                QStringLiteral("There is no active agent %1 who can work on tickets.")
                    .arg(*assigneeId));
    }
    if (department && !department->isEmpty() && !m_ctx.tickets.departmentExists(*department))
        return CommandResult::failure(
            400, QStringLiteral("department_unknown"),
            QStringLiteral("There is no department %1.").arg(*department));
    return std::nullopt;
}

CommandResult TicketService::convert(const Agent &agent, Id conversationId,
                                     const NewTicket &request)
{
    if (const auto refused = refuseViewer(agent))
        return *refused;
    const std::optional<Conversation> conversation = m_ctx.conversationFor(agent, conversationId);
    if (!conversation)
        return CommandResult::failure(
            404, QStringLiteral("not_found"),
            QStringLiteral("There is no conversation %1.").arg(conversationId));
    Ticket ticket;
    ticket.conversationId = conversationId;
    ticket.recordId = conversation->recordId;
    ticket.subject = request.subject.trimmed();
    ticket.status = request.status;
    ticket.priority = request.priority;
    ticket.assigneeId = request.assigneeId;
    ticket.department = request.department.trimmed().isEmpty() ? conversation->department
                                                               : request.department.trimmed();
    ticket.createdBy = agent.id;
    ticket.createdAt = ticket.updatedAt = m_ctx.now();
    if (const auto refused =
            refuseValues(&ticket.subject, &ticket.assigneeId,
                         request.department.trimmed().isEmpty() ? nullptr : &ticket.department))
        return *refused;
    // The creator must be able to see what they made: a ticket sent to another team and left
    // unassigned would vanish from their own desktop, which the help desk does on purpose, so
    // it is allowed; the reply still carries it.
    Transaction transaction(m_ctx.db);
    ticket.id = m_ctx.tickets.insert(ticket);
    if (ticket.id == 0) {
        const std::optional<Ticket> existing = m_ctx.tickets.byConversation(conversationId);
        if (!existing)
            return storeFailure();
        CommandResult exists =
            CommandResult::failure(409, QStringLiteral("ticket_exists"),
                                   QStringLiteral("Conversation %1 is already ticket %2.")
                                       .arg(conversationId)
                                       .arg(existing->id));
        if (ticketInScope(agent, existing->department, existing->assigneeId))
            exists.body.insert(QStringLiteral("ticket"), toJson(*existing));
        return exists;
    }
    if (!m_ctx.events.append(EventType::TicketUpdated, toJson(ticket), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("ticket"), toJson(ticket)}}, 201);
}

CommandResult TicketService::list(const Agent &agent, const TicketRepository::Filter &filter,
                                  int limit, Id beforeId)
{
    const int wanted = qBound(1, limit, 500);
    QJsonArray tickets;
    // Tickets outside the scope are skipped; a few more pages are read so that a page is full
    // when the store has enough, and the bound keeps one request's work small.
    Id before = beforeId;
    Id last = 0;
    bool more = false;
    for (int pages = 0; pages < 10; ++pages) {
        const QList<Ticket> page = m_ctx.tickets.list(filter, wanted, before);
        for (const Ticket &ticket : page) {
            if (!ticketInScope(agent, ticket.department, ticket.assigneeId))
                continue;
            if (tickets.size() == wanted) {
                more = true;
                break;
            }
            tickets.append(toJson(ticket));
            last = ticket.id;
        }
        if (more || page.size() < wanted)
            break;
        before = page.last().id;
        more = pages == 9; // the bound was reached: there may be more
    }
    QJsonObject reply{{QStringLiteral("tickets"), tickets}};
    if (more && last != 0)
        reply.insert(QStringLiteral("next_before"), last);
    return CommandResult::success(reply);
}

CommandResult TicketService::get(const Agent &agent, Id id)
{
    const std::optional<Ticket> ticket = ticketFor(agent, id);
    if (!ticket)
        return ticketNotFound(id);
    QJsonArray comments;
    for (const TicketComment &comment : m_ctx.tickets.comments(id, maxCommentsPerTicket))
        comments.append(toJson(comment));
    return CommandResult::success(
        {{QStringLiteral("ticket"), toJson(*ticket)}, {QStringLiteral("comments"), comments}});
}

CommandResult TicketService::ofConversation(const Agent &agent, Id conversationId)
{
    const std::optional<Ticket> ticket = m_ctx.tickets.byConversation(conversationId);
    if (!ticket || !ticketInScope(agent, ticket->department, ticket->assigneeId))
        return CommandResult::failure(
            404, QStringLiteral("not_found"),
            QStringLiteral("Conversation %1 has no ticket.").arg(conversationId));
    return get(agent, ticket->id);
}

CommandResult TicketService::update(const Agent &agent, Id id, const TicketChange &change)
{
    if (const auto refused = refuseViewer(agent))
        return *refused;
    std::optional<Ticket> ticket = ticketFor(agent, id);
    if (!ticket)
        return ticketNotFound(id);
    const Ticket before = *ticket;
    if (change.subject)
        ticket->subject = change.subject->trimmed();
    if (change.status)
        ticket->status = *change.status;
    if (change.priority)
        ticket->priority = *change.priority;
    if (change.assigneeId)
        ticket->assigneeId = *change.assigneeId;
    if (change.department)
        ticket->department = change.department->trimmed();
    if (const auto refused = refuseValues(change.subject ? &ticket->subject : nullptr,
                                          change.assigneeId ? &ticket->assigneeId : nullptr,
                                          change.department ? &ticket->department : nullptr))
        return *refused;
    ticket->updatedAt = m_ctx.now();
    const bool audienceChanged =
        ticket->department != before.department || ticket->assigneeId != before.assigneeId;
    Transaction transaction(m_ctx.db);
    if (!m_ctx.tickets.save(*ticket) ||
        !m_ctx.events.append(EventType::TicketUpdated, toJson(*ticket), m_ctx.now()) ||
        (audienceChanged && !republishComments(id)) || !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("ticket"), toJson(*ticket)}});
}

bool TicketService::republishComments(Id ticketId)
{
    for (const TicketComment &comment : m_ctx.tickets.comments(ticketId, maxCommentsPerTicket)) {
        if (!m_ctx.events.append(EventType::TicketCommentCreated, toJson(comment), m_ctx.now()))
            return false;
    }
    return true;
}

CommandResult TicketService::comment(const Agent &agent, Id id, const QString &text)
{
    if (const auto refused = refuseViewer(agent))
        return *refused;
    const std::optional<Ticket> ticket = ticketFor(agent, id);
    if (!ticket)
        return ticketNotFound(id);
    TicketComment comment;
    comment.ticketId = id;
    comment.authorId = agent.id;
    comment.text = text.trimmed();
    comment.createdAt = m_ctx.now();
    if (comment.text.isEmpty() || comment.text.size() > TicketLimits::maxCommentLength)
        return CommandResult::failure(400, QStringLiteral("ticket_comment_invalid"),
                                      QStringLiteral("A comment has 1 to %1 characters.")
                                          .arg(TicketLimits::maxCommentLength));
    if (m_ctx.tickets.commentCount(id) >= maxCommentsPerTicket)
        return CommandResult::failure(
            409, QStringLiteral("ticket_comments_full"),
            QStringLiteral("Ticket %1 has %2 comments, the most one ticket keeps.")
                .arg(id)
                .arg(maxCommentsPerTicket));
    Transaction transaction(m_ctx.db);
    comment.id = m_ctx.tickets.insertComment(comment);
    if (comment.id == 0 ||
        !m_ctx.events.append(EventType::TicketCommentCreated, toJson(comment), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("comment"), toJson(comment)}}, 201);
}

} // namespace parley::hub
