#include "hub/api/csatroutes.h"

namespace parley::hub {

void addCsatRoutes(HttpServer &server, ApiSupport &api, CsatService &csat)
{
    CsatService *service = &csat;
    server.route(
        "GET", QStringLiteral("/api/v1/csat/settings"),
        api.authed([service](const HttpRequest &,
                             const Agent &) { return ApiSupport::respond(service->settings()); },
                   true));
    server.route("POST", QStringLiteral("/api/v1/csat/settings"),
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &, JsonReader &r) {
                         const Id channelId = r.id(QStringLiteral("channel_id"));
                         const Id templateId = r.id(QStringLiteral("template_id"), true);
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(service->setSetting(channelId, templateId));
                     },
                     true));
}

} // namespace parley::hub
