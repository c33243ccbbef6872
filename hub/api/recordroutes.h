#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/recordservice.h"

namespace parley::hub {

// Records and predefined texts: everyone reads; agents and admins change.
void addRecordRoutes(HttpServer &server, ApiSupport &api, RecordService &records);

} // namespace parley::hub
