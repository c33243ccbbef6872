#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/automationrunner.h"
#include "hub/service/automationservice.h"
#include "hub/service/recordservice.h"

namespace parley::hub {

// R6.5 automations and their run log, admins only; POST /records' reply reports the runs its
// record set off (when this hub leads and ran them at once).
void addAutomationRoutes(HttpServer &server, ApiSupport &api, AutomationService &automations,
                         AutomationRunner &runner, RecordService &records);

} // namespace parley::hub
