#include "hub/api/profileroutes.h"

#include "core/protocol/jsonreader.h"

#include <QJsonArray>

namespace parley::hub {

void addProfileRoutes(HttpServer &server, ApiSupport &api, ProfileService &profiles)
{
    ProfileService *service = &profiles;
    const QString path = QStringLiteral("/api/v1/channels/(\\d+)/profile");
    server.routeAsync(
        "GET", path,
        api.authedAsync(
            [service](const HttpRequest &request, const Agent &, HttpRespond respond) {
                service->get(ApiSupport::idAt(request, 0), [respond](const CommandResult &result) {
                    respond(ApiSupport::respond(result));
                });
            },
            true));
    server.routeAsync(
        "POST", path,
        api.authedAsync(
            [service](const HttpRequest &request, const Agent &, HttpRespond respond) {
                QJsonObject body;
                HttpResponse error;
                if (!ApiSupport::parseBody(request, &body, &error))
                    return respond(error);
                JsonReader r(body);
                whatsapp::BusinessProfile profile;
                profile.about = r.string(QStringLiteral("about"));
                profile.address = r.string(QStringLiteral("address"));
                profile.description = r.string(QStringLiteral("description"));
                profile.email = r.string(QStringLiteral("email"));
                profile.vertical = r.string(QStringLiteral("vertical"));
                const QJsonValue websites = body.value(QLatin1String("websites"));
                if (!websites.isUndefined() && !websites.isArray())
                    r.fail(QStringLiteral("websites"), QStringLiteral("must be an array"));
                for (const QJsonValue &url : websites.toArray())
                    profile.websites.append(url.toString());
                if (!r.ok())
                    return respond(ApiSupport::badRequest(r));
                service->update(ApiSupport::idAt(request, 0), profile,
                                [respond](const CommandResult &result) {
                                    respond(ApiSupport::respond(result));
                                });
            },
            true));
}

} // namespace parley::hub
