#include "hub/api/creditroutes.h"

#include "core/protocol/isotime.h"
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
    server.route(
        "GET", QStringLiteral("/api/v1/credits/ledger"),
        api.authed(
            [service](const HttpRequest &request, const Agent &) {
                const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
                TimestampMs bounds[2] = {0, 0};
                const QString names[2] = {QStringLiteral("from"), QStringLiteral("to")};
                for (int i = 0; i < 2; ++i) {
                    const QString text = request.query.queryItemValue(names[i], QUrl::FullyDecoded);
                    if (!text.isEmpty() && !fromIsoUtc(text, &bounds[i]))
                        return HttpResponse::error(
                            400, QStringLiteral("bad_request"),
                            QStringLiteral("%1: not an ISO-8601 instant").arg(names[i]));
                }
                return ApiSupport::respond(service->ledger(
                    limit > 0 ? limit : 100,
                    request.query.queryItemValue(QStringLiteral("before")).toLongLong(),
                    request.query.queryItemValue(QStringLiteral("kind")), bounds[0], bounds[1]));
            },
            adminOnly));
    server.route("POST", QStringLiteral("/api/v1/credits/purchases"),
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &agent, JsonReader &r) {
                         const qint64 packs = r.integer(QStringLiteral("packs"), true);
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(service->buy(agent, packs));
                     },
                     adminOnly));
    server.route("POST", QStringLiteral("/api/v1/credits/auto-recharge"),
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &, JsonReader &r) {
                         AutoRechargeSettings settings;
                         settings.enabled = r.boolean(QStringLiteral("enabled"));
                         settings.minimumBalance = r.integer(QStringLiteral("minimum_balance"));
                         settings.creditsToAdd = r.integer(QStringLiteral("credits_to_add"));
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
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
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &, JsonReader &r) {
                         return ApiSupport::respond(
                             service->trial().setState(r.string(QStringLiteral("state"))));
                     },
                     adminOnly));
    // The rate table (issue #14 item 7): every agent may read what a message costs; only admins
    // change it. Every value is checked by core's applyRateEdit() before it is stored.
    server.route("GET", QStringLiteral("/api/v1/credits/rates"),
                 api.authed([service](const HttpRequest &, const Agent &) {
                     return ApiSupport::respond(service->rates());
                 }));
    server.route("POST", QStringLiteral("/api/v1/credits/rates"),
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &agent, JsonReader &r) {
                         const QString plan = r.string(QStringLiteral("plan"), true);
                         RateEdit edit;
                         edit.prefix = r.string(QStringLiteral("prefix"), true);
                         edit.category = r.string(QStringLiteral("category"), true);
                         edit.priceMicros = r.integer(QStringLiteral("price_micros"), true);
                         edit.country = r.string(QStringLiteral("country"));
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(service->setRate(agent, plan, edit));
                     },
                     adminOnly));
    server.route("POST", QStringLiteral("/api/v1/credits/rates/reset"),
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &agent, JsonReader &r) {
                         const QString plan = r.string(QStringLiteral("plan"), true);
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(service->resetRates(agent, plan));
                     },
                     adminOnly));
    server.route("GET", QStringLiteral("/api/v1/credits/rates/changes"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         const int limit =
                             request.query.queryItemValue(QStringLiteral("limit")).toInt();
                         return ApiSupport::respond(service->rateChanges(limit > 0 ? limit : 100));
                     },
                     adminOnly));
    server.route("POST", QStringLiteral("/api/v1/credits/plan"),
                 api.authedJson(
                     [service](const HttpRequest &, const Agent &, JsonReader &r) {
                         return ApiSupport::respond(
                             service->setPlan(r.string(QStringLiteral("plan"))));
                     },
                     adminOnly));
}

} // namespace parley::hub
