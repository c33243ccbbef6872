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
                     HttpResponse error;
                     if (!ApiSupport::decodeBody(request, &draft, &error))
                         return error;
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
                     HttpResponse error;
                     if (!ApiSupport::decodeBody(request, &change, &error))
                         return error;
                     if (change.isEmpty())
                         return HttpResponse::error(400, QStringLiteral("bad_request"),
                                                    QStringLiteral("Nothing to change."));
                     return ApiSupport::respond(
                         service->update(agent, ApiSupport::idAt(request, 0), change));
                 }));
}

} // namespace parley::hub
