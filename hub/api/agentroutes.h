#pragma once

#include "hub/api/apisupport.h"

namespace parley::hub {

class LoginService;

// Login, sync and the conversation commands of docs/api.md.
void addSessionRoutes(HttpServer &server, HubContext &context, ApiSupport &api,
                      LoginService &logins);
void addConversationRoutes(HttpServer &server, HubContext &context, ApiSupport &api,
                           ConversationService &conversations);

} // namespace parley::hub
