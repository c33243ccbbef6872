#include "hub/api/savedviewroutes.h"

namespace parley::hub {
namespace {

bool readChange(const HttpRequest &request, SavedViewChange *change, HttpResponse *error)
{
    QJsonObject json;
    if (!ApiSupport::parseBody(request, &json, error))
        return false;
    QString problem;
    if (fromJson(json, change, &problem))
        return true;
    *error = HttpResponse::error(400, QStringLiteral("bad_request"), problem);
    return false;
}

} // namespace

void addSavedViewRoutes(HttpServer &server, ApiSupport &api, SavedViewService &views)
{
    // Any agent, viewers included: a view is a personal arrangement of the sidebar, it changes
    // nothing the team shares (sharing one is for admins, checked by the service).
    server.route("GET", QStringLiteral("/api/v1/saved-views"),
                 api.authed([&views](const HttpRequest &, const Agent &agent) {
                     return ApiSupport::respond(views.list(agent));
                 }));
    server.route("POST", QStringLiteral("/api/v1/saved-views"),
                 api.authed([&views](const HttpRequest &request, const Agent &agent) {
                     SavedViewChange change;
                     HttpResponse error;
                     if (!readChange(request, &change, &error))
                         return error;
                     return ApiSupport::respond(views.create(agent, change));
                 }));
    server.route("POST", QStringLiteral("/api/v1/saved-views/(\\d+)"),
                 api.authed([&views](const HttpRequest &request, const Agent &agent) {
                     SavedViewChange change;
                     HttpResponse error;
                     if (!readChange(request, &change, &error))
                         return error;
                     return ApiSupport::respond(
                         views.update(agent, ApiSupport::idAt(request, 0), change));
                 }));
    server.route("DELETE", QStringLiteral("/api/v1/saved-views/(\\d+)"),
                 api.authed([&views](const HttpRequest &request, const Agent &agent) {
                     return ApiSupport::respond(views.remove(agent, ApiSupport::idAt(request, 0)));
                 }));
}

} // namespace parley::hub
