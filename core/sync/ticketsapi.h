#pragma once

#include "core/protocol/tickettypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The ticket commands (docs/api.md "Tickets", R3.6), typed. Their effects come back through
// the sync stream into the mirror; a reply only says whether the hub took the command.
class TicketsApi {
public:
    explicit TicketsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    // "Convert to ticket": the ticket as the hub stored it.
    void convert(Id conversationId, const NewTicket &ticket, HubCallback<Ticket> done) const;
    void update(Id ticketId, const TicketChange &change, HubCallback<Ticket> done) const;
    void addComment(Id ticketId, const QString &text, HubCallback<Done> done) const;

private:
    HubApi m_api;
};

} // namespace parley
