#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/automationservice.h"
#include "hub/service/recordservice.h"

#include <memory>

namespace parley::hub {

// R6.5 automations, admins only. Builds the service, hooks it to record creation and returns
// it for the server to keep.
std::unique_ptr<AutomationService> addAutomationRoutes(HttpServer &server, ApiSupport &api,
                                                       HubContext &context,
                                                       TemplateService &templates,
                                                       RecordService &records);

} // namespace parley::hub
