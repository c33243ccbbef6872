#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/profileservice.h"

namespace parley::hub {

// R1.9: GET and POST /api/v1/channels/{id}/profile, admins only, proxied to Graph.
void addProfileRoutes(HttpServer &server, ApiSupport &api, ProfileService &profiles);

} // namespace parley::hub
