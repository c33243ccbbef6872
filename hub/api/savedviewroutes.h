#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/savedviewservice.h"

namespace parley::hub {

// GET / POST /api/v1/saved-views, POST / DELETE /api/v1/saved-views/{id} (docs/api.md
// "Saved views").
void addSavedViewRoutes(HttpServer &server, ApiSupport &api, SavedViewService &views);

} // namespace parley::hub
