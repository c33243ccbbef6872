#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/templateservice.h"

namespace parley::hub {

// Templates (R6): everyone reads them, admins submit them; agents send approved ones.
void addTemplateRoutes(HttpServer &server, ApiSupport &api, TemplateService &templates);

} // namespace parley::hub
