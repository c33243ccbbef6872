#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/notificationsettingsservice.h"

namespace parley::hub {

// GET / POST /api/v1/me/notifications and POST /api/v1/conversations/{id}/mute: the agent's
// own notification settings (docs/api.md "Notification settings").
void addNotificationRoutes(HttpServer &server, ApiSupport &api,
                           NotificationSettingsService &settings);

} // namespace parley::hub
