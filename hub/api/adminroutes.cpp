#include "hub/api/adminroutes.h"

#include "core/protocol/jsonreader.h"
#include "hub/api/adminlists.h"
#include "hub/service/adminservice.h"

#include <QJsonArray>

namespace parley::hub {

void addAdminRoutes(HttpServer &server, ApiSupport &api, AdminService &admin)
{
    AdminService *service = &admin;

    server.route("GET", QStringLiteral("/api/v1/agents"),
                 api.authed([service](const HttpRequest &, const Agent &) {
                     return ApiSupport::respond(service->listAgents());
                 }));
    // Answered later: the password is hashed on the PasswordChecker's threads.
    server.routeAsync(
        "POST", QStringLiteral("/api/v1/agents"),
        api.authedJsonAsync(
            [service](const HttpRequest &, const Agent &, JsonReader &r, HttpRespond respond) {
                Agent agent;
                agent.login = r.string(QStringLiteral("login"), true);
                agent.name = r.string(QStringLiteral("name"), true);
                agent.role = r.enumValue(QStringLiteral("role"), roleFromName, Role::Agent);
                agent.department = r.string(QStringLiteral("department"));
                const QString password = r.string(QStringLiteral("password"), true);
                if (!r.ok())
                    return respond(ApiSupport::badRequest(r));
                service->addAgentLater(agent, password, [respond](const CommandResult &result) {
                    respond(ApiSupport::respond(result));
                });
            },
            true));
    server.route("GET", QStringLiteral("/api/v1/departments"),
                 api.authed([service](const HttpRequest &, const Agent &) {
                     return HttpResponse::json(
                         {{QStringLiteral("departments"),
                           QJsonArray::fromStringList(service->departments())}});
                 }));
    server.route("POST", QStringLiteral("/api/v1/departments"),
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &, JsonReader &r) {
                         return ApiSupport::respond(
                             service->addDepartment(r.string(QStringLiteral("name"))));
                     },
                     true));
    server.route("GET", QStringLiteral("/api/v1/channels"),
                 api.authed([service](const HttpRequest &, const Agent &) {
                     return ApiSupport::respond(service->listChannels());
                 }));
    server.route(
        "POST", QStringLiteral("/api/v1/channels"),
        api.authedJson(
            [service](const HttpRequest &, const Agent &, JsonReader &r) {
                AdminService::ChannelRequest channel;
                channel.setup.name = r.string(QStringLiteral("name"));
                channel.setup.department = r.string(QStringLiteral("department"));
                channel.setup.displayNumber = r.string(QStringLiteral("display_number"));
                channel.setup.wabaId = r.string(QStringLiteral("waba_id"));
                channel.setup.phoneNumberId = r.string(QStringLiteral("phone_number_id"));
                channel.setup.accessToken = r.string(QStringLiteral("access_token"));
                channel.setup.appSecret = r.string(QStringLiteral("app_secret"));
                channel.setup.verifyToken = r.string(QStringLiteral("verify_token"));
                channel.graphUrl = r.string(QStringLiteral("graph_url"));
                if (channel.graphUrl.isEmpty())
                    channel.graphUrl = QStringLiteral("https://graph.facebook.com/v23.0");
                if (r.string(QStringLiteral("new_customers_as")) == QLatin1String("contacts"))
                    channel.newCustomersAs = NewCustomerModule::Contacts;
                channel.autoCloseAfterMinutes =
                    r.integer(QStringLiteral("auto_close_after_minutes"));
                channel.needsRegistration = r.boolean(QStringLiteral("needs_registration"));
                if (!r.ok())
                    return ApiSupport::badRequest(r);
                return ApiSupport::respond(service->addChannel(channel));
            },
            true));
    const QString channelPath = QStringLiteral("/api/v1/channels/(\\d+)/");
    server.route("POST", channelPath + QStringLiteral("activate"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         return ApiSupport::respond(
                             service->setChannelActive(ApiSupport::idAt(request, 0), true));
                     },
                     true));
    server.route("POST", channelPath + QStringLiteral("deactivate"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         return ApiSupport::respond(
                             service->setChannelActive(ApiSupport::idAt(request, 0), false));
                     },
                     true));
    server.route("POST", QStringLiteral("/api/v1/channels/(\\d+)"),
                 api.authedJson(
                     [service](const HttpRequest &request, const Agent &, JsonReader &r) {
                         AdminService::ChannelPreferences preferences;
                         if (r.has(QStringLiteral("name")))
                             preferences.name = r.string(QStringLiteral("name"));
                         if (r.has(QStringLiteral("department")))
                             preferences.department = r.string(QStringLiteral("department"));
                         if (r.has(QStringLiteral("new_customers_as"))) {
                             const QString as = r.string(QStringLiteral("new_customers_as"));
                             if (as != QLatin1String("leads") && as != QLatin1String("contacts"))
                                 r.fail(QStringLiteral("new_customers_as"),
                                        QStringLiteral("leads or contacts"));
                             preferences.newCustomersAs = as == QLatin1String("contacts")
                                                              ? NewCustomerModule::Contacts
                                                              : NewCustomerModule::Leads;
                         }
                         if (r.has(QStringLiteral("auto_close_after_minutes")))
                             preferences.autoCloseAfterMinutes =
                                 r.integer(QStringLiteral("auto_close_after_minutes"));
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(
                             service->updateChannel(ApiSupport::idAt(request, 0), preferences));
                     },
                     true));
    server.route("POST", channelPath + QStringLiteral("disconnect"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         return ApiSupport::respond(
                             service->disconnectChannel(ApiSupport::idAt(request, 0)));
                     },
                     true));
    server.route("GET", channelPath + QStringLiteral("routing"),
                 api.authed([service](const HttpRequest &request, const Agent &) {
                     return ApiSupport::respond(
                         service->channelRouting(ApiSupport::idAt(request, 0)));
                 }));
    server.route(
        "POST", channelPath + QStringLiteral("routing"),
        api.authedJson(
            [service](const HttpRequest &request, const Agent &, JsonReader &r) {
                ChannelRouting routing;
                const QString assignTo = r.string(QStringLiteral("assign_to"));
                if (!assignTo.isEmpty() && !assignToFromName(assignTo, &routing.assignTo))
                    r.fail(QStringLiteral("assign_to"),
                           QStringLiteral("unknown value \"%1\"").arg(assignTo));
                routing.agents = bodyIds(request, QStringLiteral("agents"), r);
                routing.groups = bodyIds(request, QStringLiteral("groups"), r);
                for (const QString &name : bodyStrings(request, QStringLiteral("roles"), r)) {
                    Role role = Role::Agent;
                    if (!roleFromName(name, &role))
                        r.fail(QStringLiteral("roles"),
                               QStringLiteral("unknown value \"%1\"").arg(name));
                    routing.roles.append(role);
                }
                routing.departments = bodyStrings(request, QStringLiteral("departments"), r);
                routing.departments.removeAll(QString());
                routing.departments.removeDuplicates();
                if (!r.ok())
                    return ApiSupport::badRequest(r);
                return ApiSupport::respond(
                    service->setChannelRouting(ApiSupport::idAt(request, 0), routing));
            },
            true));
    server.route("GET", channelPath + QStringLiteral("icon"),
                 api.authed([service](const HttpRequest &request, const Agent &) {
                     const std::optional<ChannelIconFile> icon =
                         service->channelIcon(ApiSupport::idAt(request, 0));
                     if (!icon)
                         return HttpResponse::error(404, QStringLiteral("not_found"),
                                                    QStringLiteral("This channel has no icon."));
                     HttpResponse response;
                     response.contentType = icon->mime;
                     response.body = icon->data;
                     return response;
                 }));
    server.route("POST", channelPath + QStringLiteral("icon"),
                 api.authedJson(
                     [service](const HttpRequest &request, const Agent &, JsonReader &r) {
                         const QString fileName = r.string(QStringLiteral("file_name"), true);
                         const QString data = r.string(QStringLiteral("data"), true);
                         const auto decoded = QByteArray::fromBase64Encoding(
                             data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                         if (r.ok() && !decoded)
                             r.fail(QStringLiteral("data"), QStringLiteral("not base64"));
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(service->setChannelIcon(
                             ApiSupport::idAt(request, 0), fileName, *decoded));
                     },
                     true));
    addPeopleRoutes(server, api, admin);
}

} // namespace parley::hub
