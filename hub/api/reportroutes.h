#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/reportservice.h"

namespace parley::hub {

// Admin reports (issue #14): GET /api/v1/reports/{volume,response-times,activity,spend} with
// from, to, time_zone, channel, agent, group; JSON, or CSV with format=csv.
void addReportRoutes(HttpServer &server, ApiSupport &api, ReportService &reports);

} // namespace parley::hub
