#include "hub/api/notificationroutes.h"

namespace parley::hub {

void addNotificationRoutes(HttpServer &server, ApiSupport &api,
                           NotificationSettingsService &settings)
{
    const QString mine = QStringLiteral("/api/v1/me/notifications");
    server.route("GET", mine, api.authed([&settings](const HttpRequest &, const Agent &agent) {
        return ApiSupport::respond(settings.settings(agent));
    }));
    server.route(
        "POST", mine,
        api.authedJson([&settings](const HttpRequest &, const Agent &agent, JsonReader &body) {
            NotifyChoice choice = NotifyChoice::Default;
            const QString name = body.string(QStringLiteral("notify"), true);
            if (body.ok() && !notifyChoiceFromName(name, &choice))
                body.fail(QStringLiteral("notify"),
                          QStringLiteral("unknown value \"%1\"").arg(name.left(40)));
            if (!body.ok())
                return ApiSupport::badRequest(body);
            return ApiSupport::respond(settings.setChoice(agent, choice));
        }));
    server.route("POST", QStringLiteral("/api/v1/conversations/(\\d+)/mute"),
                 api.authedJson(
                     [&settings](const HttpRequest &request, const Agent &agent, JsonReader &body) {
                         if (!body.has(QStringLiteral("muted")))
                             body.fail(QStringLiteral("muted"), QStringLiteral("is required"));
                         const bool muted = body.boolean(QStringLiteral("muted"));
                         if (!body.ok())
                             return ApiSupport::badRequest(body);
                         return ApiSupport::respond(
                             settings.setMuted(agent, ApiSupport::idAt(request, 0), muted));
                     }));
}

} // namespace parley::hub
