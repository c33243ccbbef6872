#include "hub/api/quoteroutes.h"

namespace parley::hub {

void addQuoteRoutes(HttpServer &server, ApiSupport &api, QuoteService &quotes)
{
    QuoteService *service = &quotes;
    server.route("GET", QStringLiteral("/api/v1/records/(\\d+)/quotes"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     return ApiSupport::respond(
                         service->listForRecord(agent, ApiSupport::idAt(request, 0)));
                 }));
    server.route("POST", QStringLiteral("/api/v1/records/(\\d+)/quotes"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     QuoteDraft draft;
                     QString problem;
                     QJsonObject body;
                     HttpResponse error;
                     if (!ApiSupport::parseBody(request, &body, &error))
                         return error;
                     if (!fromJson(body, &draft, &problem))
                         return HttpResponse::error(400, QStringLiteral("bad_request"), problem);
                     return ApiSupport::respond(
                         service->create(agent, ApiSupport::idAt(request, 0), draft));
                 }));
    server.route("GET", QStringLiteral("/api/v1/quotes/(\\d+)"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     return ApiSupport::respond(service->get(agent, ApiSupport::idAt(request, 0)));
                 }));
    server.route("POST", QStringLiteral("/api/v1/quotes/(\\d+)"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     QuoteChange change;
                     QString problem;
                     QJsonObject body;
                     HttpResponse error;
                     if (!ApiSupport::parseBody(request, &body, &error))
                         return error;
                     if (!fromJson(body, &change, &problem))
                         return HttpResponse::error(400, QStringLiteral("bad_request"), problem);
                     if (change.isEmpty())
                         return HttpResponse::error(400, QStringLiteral("bad_request"),
                                                    QStringLiteral("Nothing to change."));
                     return ApiSupport::respond(
                         service->update(agent, ApiSupport::idAt(request, 0), change));
                 }));
}

} // namespace parley::hub
