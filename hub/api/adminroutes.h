#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/adminservice.h"

namespace parley::hub {

// Agents, departments and channels (docs/api.md): everyone logged in may read them; only admins
// may change them.
// Also adds the People routes below.
void addAdminRoutes(HttpServer &server, ApiSupport &api, AdminService &admin);
// Updating agents and their groups (R1.6, R9.1).
void addPeopleRoutes(HttpServer &server, ApiSupport &api, AdminService &admin);

} // namespace parley::hub
