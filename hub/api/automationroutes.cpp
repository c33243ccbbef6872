#include "hub/api/automationroutes.h"

namespace parley::hub {

std::unique_ptr<AutomationService> addAutomationRoutes(HttpServer &server, ApiSupport &api,
                                                       HubContext &context,
                                                       TemplateService &templates,
                                                       RecordService &records)
{
    auto automations = std::make_unique<AutomationService>(context, templates);
    AutomationService *service = automations.get();
    records.setCreatedHook(
        [service](const Agent &agent, const Record &record, const QString &phone) {
            return service->recordCreated(agent, record, phone);
        });
    server.route(
        "GET", QStringLiteral("/api/v1/automations"),
        api.authed([service](const HttpRequest &,
                             const Agent &) { return ApiSupport::respond(service->list()); },
                   true));
    server.route("POST", QStringLiteral("/api/v1/automations"),
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &admin, JsonReader &r) {
                         if (!r.has(QStringLiteral("module")))
                             r.fail(QStringLiteral("module"), QStringLiteral("required"));
                         const Module module =
                             r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
                         const Id templateId = r.id(QStringLiteral("template_id"), true);
                         const Id channelId = r.id(QStringLiteral("channel_id"), true);
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(
                             service->create(admin, module, templateId, channelId));
                     },
                     true));
    server.route("DELETE", QStringLiteral("/api/v1/automations/(\\d+)"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         return ApiSupport::respond(service->remove(ApiSupport::idAt(request, 0)));
                     },
                     true));
    return automations;
}

} // namespace parley::hub
