#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/billingservice.h"

namespace parley::hub {

// The credit account (R8): admins only.
void addCreditRoutes(HttpServer &server, ApiSupport &api, BillingService &billing);

} // namespace parley::hub
