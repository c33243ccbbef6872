#include "hub/api/recordroutes.h"

#include "core/protocol/jsonreader.h"

namespace parley::hub {
namespace {

bool readText(const HttpRequest &request, PredefinedText *text, bool *moduleGiven,
              HttpResponse *error)
{
    QJsonObject body;
    if (!ApiSupport::parseBody(request, &body, error))
        return false;
    JsonReader r(body);
    text->name = r.string(QStringLiteral("name"));
    text->body = r.string(QStringLiteral("body"));
    *moduleGiven = r.has(QStringLiteral("module"));
    text->module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    if (r.ok())
        return true;
    *error = HttpResponse::error(400, QStringLiteral("bad_request"), r.error());
    return false;
}

} // namespace

void addRecordRoutes(HttpServer &server, ApiSupport &api, RecordService &records)
{
    RecordService *service = &records;
    server.route(
        "GET", QStringLiteral("/api/v1/records"),
        api.authed([service](const HttpRequest &request, const Agent &agent) {
            std::optional<Module> module;
            Module parsed = Module::Leads;
            if (moduleFromName(request.query.queryItemValue(QStringLiteral("module")), &parsed))
                module = parsed;
            const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
            return ApiSupport::respond(service->listRecords(
                agent, module, request.query.queryItemValue(QStringLiteral("search")),
                limit > 0 ? limit : 100,
                request.query.queryItemValue(QStringLiteral("before")).toLongLong()));
        }));
    server.route("POST", QStringLiteral("/api/v1/records"),
                 api.authedJson([service](const HttpRequest &, const Agent &agent, JsonReader &r) {
                     const Module module =
                         r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
                     const QVariantMap fields = r.object(QStringLiteral("fields")).toVariantMap();
                     if (!r.ok())
                         return ApiSupport::badRequest(r);
                     return ApiSupport::respond(service->createRecord(agent, module, fields));
                 }));
    server.route(
        "POST", QStringLiteral("/api/v1/records/(\\d+)"),
        api.authedJson([service](const HttpRequest &request, const Agent &agent, JsonReader &r) {
            const QVariantMap fields = r.object(QStringLiteral("fields")).toVariantMap();
            const Id owner = r.id(QStringLiteral("owner_id"));
            if (!r.ok())
                return ApiSupport::badRequest(r);
            return ApiSupport::respond(
                service->updateRecord(agent, ApiSupport::idAt(request, 0), fields, owner));
        }));
    server.route("POST", QStringLiteral("/api/v1/records/(\\d+)/merge"),
                 api.authedJson(
                     [service](const HttpRequest &request, const Agent &agent, JsonReader &r) {
                         const Id duplicate = r.id(QStringLiteral("duplicate_id"), true);
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(
                             service->mergeRecords(agent, ApiSupport::idAt(request, 0), duplicate));
                     },
                     true));
    server.route("GET", QStringLiteral("/api/v1/records/(\\d+)/activities"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     return ApiSupport::respond(
                         service->listActivities(agent, ApiSupport::idAt(request, 0)));
                 }));
    server.route(
        "POST", QStringLiteral("/api/v1/records/(\\d+)/activities"),
        api.authedJson([service](const HttpRequest &request, const Agent &agent, JsonReader &r) {
            Activity activity;
            if (!r.has(QStringLiteral("kind")))
                r.fail(QStringLiteral("kind"), QStringLiteral("missing"));
            activity.kind =
                r.enumValue(QStringLiteral("kind"), activityKindFromName, ActivityKind::Task);
            activity.title = r.string(QStringLiteral("title"), true);
            activity.dueAt = r.time(QStringLiteral("due_at"));
            activity.conversationId = r.id(QStringLiteral("conversation_id"));
            activity.ownerId = r.id(QStringLiteral("owner_id"));
            if (!r.ok())
                return ApiSupport::badRequest(r);
            return ApiSupport::respond(
                service->createActivity(agent, ApiSupport::idAt(request, 0), activity));
        }));
    server.route(
        "POST", QStringLiteral("/api/v1/activities/(\\d+)"),
        api.authedJson([service](const HttpRequest &request, const Agent &agent, JsonReader &r) {
            RecordService::ActivityChange change;
            if (r.has(QStringLiteral("title")))
                change.title = r.string(QStringLiteral("title"));
            if (r.has(QStringLiteral("due_at")))
                change.dueAt = r.time(QStringLiteral("due_at"));
            if (r.has(QStringLiteral("done")))
                change.done = r.boolean(QStringLiteral("done"));
            if (r.has(QStringLiteral("owner_id")))
                change.ownerId = r.id(QStringLiteral("owner_id"));
            if (!r.ok())
                return ApiSupport::badRequest(r);
            return ApiSupport::respond(
                service->updateActivity(agent, ApiSupport::idAt(request, 0), change));
        }));
    server.route("GET", QStringLiteral("/api/v1/predefined-texts"),
                 api.authed([service](const HttpRequest &, const Agent &) {
                     return ApiSupport::respond(service->listTexts());
                 }));
    server.route("POST", QStringLiteral("/api/v1/predefined-texts"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     PredefinedText text;
                     bool moduleGiven = false;
                     HttpResponse error;
                     if (!readText(request, &text, &moduleGiven, &error))
                         return error;
                     return ApiSupport::respond(service->createText(agent, text));
                 }));
    server.route("POST", QStringLiteral("/api/v1/predefined-texts/(\\d+)"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     PredefinedText text;
                     bool moduleGiven = false;
                     HttpResponse error;
                     if (!readText(request, &text, &moduleGiven, &error))
                         return error;
                     text.id = ApiSupport::idAt(request, 0);
                     return ApiSupport::respond(service->updateText(agent, text, moduleGiven));
                 }));
    server.route("DELETE", QStringLiteral("/api/v1/predefined-texts/(\\d+)"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     return ApiSupport::respond(
                         service->deleteText(agent, ApiSupport::idAt(request, 0)));
                 }));
}

} // namespace parley::hub
