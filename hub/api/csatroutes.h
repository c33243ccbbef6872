#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/csatservice.h"

namespace parley::hub {

// CSAT survey settings (issue #14 item 5), admins only.
void addCsatRoutes(HttpServer &server, ApiSupport &api, CsatService &csat);

} // namespace parley::hub
