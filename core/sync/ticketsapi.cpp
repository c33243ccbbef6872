#include "core/sync/ticketsapi.h"

namespace parley {
namespace {

bool decodeTicket(const QJsonObject &json, Ticket *ticket, QString *problem)
{
    return fromJson(json.value(QStringLiteral("ticket")).toObject(), ticket, problem);
}

} // namespace

void TicketsApi::convert(Id conversationId, const NewTicket &ticket, HubCallback<Ticket> done) const
{
    m_api.post<Ticket>(QStringLiteral("/conversations/%1/ticket").arg(conversationId),
                       toJson(ticket), HubSubject::Ticket, &decodeTicket, std::move(done));
}

void TicketsApi::update(Id ticketId, const TicketChange &change, HubCallback<Ticket> done) const
{
    m_api.post<Ticket>(QStringLiteral("/tickets/%1").arg(ticketId), toJson(change),
                       HubSubject::Ticket, &decodeTicket, std::move(done));
}

void TicketsApi::addComment(Id ticketId, const QString &text, HubCallback<Done> done) const
{
    m_api.post<Done>(QStringLiteral("/tickets/%1/comments").arg(ticketId),
                     {{QStringLiteral("text"), text}}, HubSubject::Ticket, &HubApi::nothing,
                     std::move(done));
}

} // namespace parley
