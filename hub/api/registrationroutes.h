#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/registrationservice.h"

namespace parley::hub {

// R1.10 / R1.3, admins only (docs/api.md "Number registration"):
//   POST /api/v1/channels/{id}/registration/request-code {"method": "sms"|"voice", "language"}
//   POST /api/v1/channels/{id}/registration/verify-code  {"code"}
//   POST /api/v1/channels/{id}/registration/register     {"pin"} → {"channel"}
//   POST /api/v1/channels/{id}/token                     {"access_token"} → {"channel"}
void addRegistrationRoutes(HttpServer &server, ApiSupport &api, RegistrationService &service);

} // namespace parley::hub
