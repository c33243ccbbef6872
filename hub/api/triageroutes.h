#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/triageservice.h"

namespace parley::hub {

// Labels and the triage commands on conversations (docs/api.md "Triage").
void addTriageRoutes(HttpServer &server, ApiSupport &api, TriageService &triage);
// GET / POST /api/v1/channels/{id}/read-receipts: who sends the customer the read receipt.
void addReadReceiptRoutes(HttpServer &server, HubContext &context, ApiSupport &api);

} // namespace parley::hub
