#include "hub/api/adminlists.h"
#include "hub/api/adminroutes.h"

namespace parley::hub {

void addPeopleRoutes(HttpServer &server, ApiSupport &api, AdminService &admin)
{
    AdminService *service = &admin;
    constexpr bool adminOnly = true;
    // Answered later: a new password is hashed on the PasswordChecker's threads.
    server.routeAsync("POST", QStringLiteral("/api/v1/agents/(\\d+)"),
                      api.authedJsonAsync(
                          [service](const HttpRequest &request, const Agent &, JsonReader &r,
                                    HttpRespond respond) {
                              AdminService::AgentChanges changes;
                              if (r.has(QStringLiteral("name")))
                                  changes.name = r.string(QStringLiteral("name"));
                              if (r.has(QStringLiteral("role")))
                                  changes.role = r.enumValue(QStringLiteral("role"), roleFromName,
                                                             Role::Agent);
                              if (r.has(QStringLiteral("department")))
                                  changes.department = r.string(QStringLiteral("department"));
                              if (r.has(QStringLiteral("active")))
                                  changes.active = r.boolean(QStringLiteral("active"));
                              if (r.has(QStringLiteral("password")))
                                  changes.password = r.string(QStringLiteral("password"));
                              if (r.has(QStringLiteral("groups")))
                                  changes.groups = bodyIds(request, QStringLiteral("groups"), r);
                              if (!r.ok())
                                  return respond(ApiSupport::badRequest(r));
                              service->updateAgentLater(ApiSupport::idAt(request, 0), changes,
                                                        [respond](const CommandResult &result) {
                                                            respond(ApiSupport::respond(result));
                                                        });
                          },
                          adminOnly));
    server.route("GET", QStringLiteral("/api/v1/groups"),
                 api.authed([service](const HttpRequest &, const Agent &) {
                     return ApiSupport::respond(service->listGroups());
                 }));
    server.route("POST", QStringLiteral("/api/v1/groups"),
                 api.authedJson(
                     [service](const HttpRequest &request, const Agent &, JsonReader &r) {
                         const QString name = r.string(QStringLiteral("name"));
                         const QList<Id> members = bodyIds(request, QStringLiteral("members"), r);
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(service->addGroup(name, members));
                     },
                     adminOnly));
    server.route("POST", QStringLiteral("/api/v1/groups/(\\d+)"),
                 api.authedJson(
                     [service](const HttpRequest &request, const Agent &, JsonReader &r) {
                         std::optional<QString> name;
                         std::optional<QList<Id>> members;
                         if (r.has(QStringLiteral("name")))
                             name = r.string(QStringLiteral("name"));
                         if (r.has(QStringLiteral("members")))
                             members = bodyIds(request, QStringLiteral("members"), r);
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(
                             service->updateGroup(ApiSupport::idAt(request, 0), name, members));
                     },
                     adminOnly));
    server.route("DELETE", QStringLiteral("/api/v1/groups/(\\d+)"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         return ApiSupport::respond(
                             service->removeGroup(ApiSupport::idAt(request, 0)));
                     },
                     adminOnly));
}

} // namespace parley::hub
