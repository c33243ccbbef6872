#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/ticketservice.h"

namespace parley::hub {

// Tickets (R3.6, docs/api.md "Tickets"): everyone reads the tickets in their scope; agents and
// admins convert conversations, change tickets and comment.
void addTicketRoutes(HttpServer &server, ApiSupport &api, TicketService &tickets);

} // namespace parley::hub
