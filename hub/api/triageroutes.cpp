#include "hub/api/triageroutes.h"

#include "hub/store/readreceiptsettings.h"

namespace parley::hub {
namespace {

template <typename Body> bool readBody(const HttpRequest &request, Body *body, HttpResponse *error)
{
    QJsonObject json;
    if (!ApiSupport::parseBody(request, &json, error))
        return false;
    QString problem;
    if (fromJson(json, body, &problem))
        return true;
    *error = HttpResponse::error(400, QStringLiteral("bad_request"), problem);
    return false;
}

} // namespace

void addReadReceiptRoutes(HttpServer &server, HubContext &ctx, ApiSupport &api)
{
    const QString path = QStringLiteral("/api/v1/channels/(\\d+)/read-receipts");
    const auto answer = [&ctx](Id channelId) {
        if (!ctx.channels.byId(channelId))
            return HttpResponse::error(404, QStringLiteral("not_found"),
                                       QStringLiteral("There is no channel %1.").arg(channelId));
        return HttpResponse::json(
            {{QStringLiteral("sent_by"),
              readReceiptRuleName(ReadReceiptSettings(ctx.db).rule(channelId))}});
    };
    server.route("GET", path, api.authed([answer](const HttpRequest &request, const Agent &) {
        return answer(ApiSupport::idAt(request, 0));
    }));
    server.route("POST", path,
                 api.authedJson(
                     [&ctx, answer](const HttpRequest &request, const Agent &, JsonReader &body) {
                         ReadReceiptRule rule = ReadReceiptRule::Owner;
                         const QString name = body.string(QStringLiteral("sent_by"), true);
                         if (body.ok() && !readReceiptRuleFromName(name, &rule))
                             body.fail(QStringLiteral("sent_by"),
                                       QStringLiteral("unknown value \"%1\"").arg(name));
                         if (!body.ok())
                             return ApiSupport::badRequest(body);
                         const Id channelId = ApiSupport::idAt(request, 0);
                         if (ctx.channels.byId(channelId) &&
                             !ReadReceiptSettings(ctx.db).setRule(channelId, rule))
                             return HttpResponse::error(
                                 500, QStringLiteral("store_failed"),
                                 QStringLiteral("The hub could not save the change."));
                         return answer(channelId);
                     },
                     true));
}

void addTriageRoutes(HttpServer &server, ApiSupport &api, TriageService &triage)
{
    server.route("GET", QStringLiteral("/api/v1/labels"),
                 api.authed([&triage](const HttpRequest &, const Agent &) {
                     return ApiSupport::respond(triage.labels());
                 }));
    server.route("POST", QStringLiteral("/api/v1/labels"),
                 api.authed(
                     [&triage](const HttpRequest &request, const Agent &) {
                         Label label;
                         HttpResponse error;
                         if (!readBody(request, &label, &error))
                             return error;
                         return ApiSupport::respond(triage.addLabel(label));
                     },
                     true));
    server.route("POST", QStringLiteral("/api/v1/labels/(\\d+)"),
                 api.authed(
                     [&triage](const HttpRequest &request, const Agent &) {
                         Label label;
                         HttpResponse error;
                         if (!readBody(request, &label, &error))
                             return error;
                         return ApiSupport::respond(
                             triage.updateLabel(ApiSupport::idAt(request, 0), label));
                     },
                     true));
    server.route("DELETE", QStringLiteral("/api/v1/labels/(\\d+)"),
                 api.authed(
                     [&triage](const HttpRequest &request, const Agent &) {
                         return ApiSupport::respond(
                             triage.removeLabel(ApiSupport::idAt(request, 0)));
                     },
                     true));
    server.route("GET", QStringLiteral("/api/v1/labels/(\\d+)/usage"),
                 api.authed(
                     [&triage](const HttpRequest &request, const Agent &) {
                         return ApiSupport::respond(
                             triage.labelUsage(ApiSupport::idAt(request, 0)));
                     },
                     true));
    server.route("POST", QStringLiteral("/api/v1/conversations/(\\d+)/triage"),
                 api.authed([&triage](const HttpRequest &request, const Agent &agent) {
                     ConversationChanges changes;
                     HttpResponse error;
                     if (!readBody(request, &changes, &error))
                         return error;
                     return ApiSupport::respond(
                         triage.change(agent, ApiSupport::idAt(request, 0), changes));
                 }));
    server.route("POST", QStringLiteral("/api/v1/conversations/bulk"),
                 api.authed([&triage](const HttpRequest &request, const Agent &agent) {
                     BulkChangeRequest bulk;
                     HttpResponse error;
                     if (!readBody(request, &bulk, &error))
                         return error;
                     return ApiSupport::respond(triage.changeMany(agent, bulk));
                 }));
}

} // namespace parley::hub
