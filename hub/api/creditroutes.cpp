#include "hub/api/creditroutes.h"

#include "core/protocol/jsonreader.h"

namespace parley::hub {

void addCreditRoutes(HttpServer &server, ApiSupport &api, BillingService &billing)
{
    BillingService *service = &billing;
    constexpr bool adminOnly = true;
    server.route(
        "GET", QStringLiteral("/api/v1/credits"),
        api.authed([service](const HttpRequest &,
                             const Agent &) { return ApiSupport::respond(service->summary()); },
                   adminOnly));
    server.route("GET", QStringLiteral("/api/v1/credits/ledger"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         const int limit =
                             request.query.queryItemValue(QStringLiteral("limit")).toInt();
                         return ApiSupport::respond(service->ledger(
                             limit > 0 ? limit : 100,
                             request.query.queryItemValue(QStringLiteral("before")).toLongLong(),
                             request.query.queryItemValue(QStringLiteral("kind"))));
                     },
                     adminOnly));
    server.route("POST", QStringLiteral("/api/v1/credits/purchases"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &agent) {
                         QJsonObject body;
                         HttpResponse error;
                         if (!ApiSupport::parseBody(request, &body, &error))
                             return error;
                         JsonReader r(body);
                         const qint64 packs = r.integer(QStringLiteral("packs"), true);
                         if (!r.ok())
                             return HttpResponse::error(400, QStringLiteral("bad_request"),
                                                        r.error());
                         return ApiSupport::respond(service->buy(agent, packs));
                     },
                     adminOnly));
    server.route("POST", QStringLiteral("/api/v1/credits/auto-recharge"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         QJsonObject body;
                         HttpResponse error;
                         if (!ApiSupport::parseBody(request, &body, &error))
                             return error;
                         JsonReader r(body);
                         AutoRechargeSettings settings;
                         settings.enabled = r.boolean(QStringLiteral("enabled"));
                         settings.minimumBalance = r.integer(QStringLiteral("minimum_balance"));
                         settings.creditsToAdd = r.integer(QStringLiteral("credits_to_add"));
                         if (!r.ok())
                             return HttpResponse::error(400, QStringLiteral("bad_request"),
                                                        r.error());
                         return ApiSupport::respond(service->setAutoRecharge(settings));
                     },
                     adminOnly));
    server.route("GET", QStringLiteral("/api/v1/credits/trial"),
                 api.authed(
                     [service](const HttpRequest &, const Agent &) {
                         return ApiSupport::respond(service->trial().summary());
                     },
                     adminOnly));
    server.route("POST", QStringLiteral("/api/v1/credits/trial"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         QJsonObject body;
                         HttpResponse error;
                         if (!ApiSupport::parseBody(request, &body, &error))
                             return error;
                         return ApiSupport::respond(service->trial().setState(
                             body.value(QStringLiteral("state")).toString()));
                     },
                     adminOnly));
    server.route("POST", QStringLiteral("/api/v1/credits/plan"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         QJsonObject body;
                         HttpResponse error;
                         if (!ApiSupport::parseBody(request, &body, &error))
                             return error;
                         return ApiSupport::respond(
                             service->setPlan(body.value(QStringLiteral("plan")).toString()));
                     },
                     adminOnly));
}

} // namespace parley::hub
