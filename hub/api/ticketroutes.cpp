#include "hub/api/ticketroutes.h"

namespace parley::hub {
namespace {

// The list's filters from the query; false with the response when one names nothing.
bool readFilter(const QUrlQuery &query, TicketRepository::Filter *filter, HttpResponse *error)
{
    const QString status = query.queryItemValue(QStringLiteral("status"));
    const QString priority = query.queryItemValue(QStringLiteral("priority"));
    const QString assignee = query.queryItemValue(QStringLiteral("assignee_id"));
    TicketStatus parsedStatus = TicketStatus::Open;
    TicketPriority parsedPriority = TicketPriority::Medium;
    bool assigneeOk = true;
    const qint64 assigneeId = assignee.isEmpty() ? 0 : assignee.toLongLong(&assigneeOk);
    const QString bad = !status.isEmpty() && !ticketStatusFromName(status, &parsedStatus)
                            ? QStringLiteral("status")
                        : !priority.isEmpty() && !ticketPriorityFromName(priority, &parsedPriority)
                            ? QStringLiteral("priority")
                        : !assigneeOk || assigneeId < 0 ? QStringLiteral("assignee_id")
                                                        : QString();
    if (!bad.isEmpty()) {
        *error = HttpResponse::error(400, QStringLiteral("bad_request"),
                                     QStringLiteral("%1: unknown value").arg(bad));
        return false;
    }
    if (!status.isEmpty())
        filter->status = parsedStatus;
    if (!priority.isEmpty())
        filter->priority = parsedPriority;
    if (!assignee.isEmpty())
        filter->assigneeId = assigneeId;
    return true;
}

} // namespace

void addTicketRoutes(HttpServer &server, ApiSupport &api, TicketService &tickets)
{
    TicketService *service = &tickets;
    server.route("GET", QStringLiteral("/api/v1/tickets"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     TicketRepository::Filter filter;
                     HttpResponse error;
                     if (!readFilter(request.query, &filter, &error))
                         return error;
                     const int limit =
                         request.query.queryItemValue(QStringLiteral("limit")).toInt();
                     return ApiSupport::respond(service->list(
                         agent, filter, limit > 0 ? limit : 100,
                         request.query.queryItemValue(QStringLiteral("before")).toLongLong()));
                 }));
    server.route("GET", QStringLiteral("/api/v1/tickets/(\\d+)"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     return ApiSupport::respond(service->get(agent, ApiSupport::idAt(request, 0)));
                 }));
    server.route("GET", QStringLiteral("/api/v1/conversations/(\\d+)/ticket"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     return ApiSupport::respond(
                         service->ofConversation(agent, ApiSupport::idAt(request, 0)));
                 }));
    server.route("POST", QStringLiteral("/api/v1/conversations/(\\d+)/ticket"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     NewTicket ticket;
                     HttpResponse error;
                     if (!ApiSupport::decodeBody(request, &ticket, &error))
                         return error;
                     return ApiSupport::respond(
                         service->convert(agent, ApiSupport::idAt(request, 0), ticket));
                 }));
    server.route("POST", QStringLiteral("/api/v1/tickets/(\\d+)"),
                 api.authed([service](const HttpRequest &request, const Agent &agent) {
                     TicketChange change;
                     HttpResponse error;
                     if (!ApiSupport::decodeBody(request, &change, &error))
                         return error;
                     if (change.isEmpty())
                         return HttpResponse::error(400, QStringLiteral("bad_request"),
                                                    QStringLiteral("Nothing to change."));
                     return ApiSupport::respond(
                         service->update(agent, ApiSupport::idAt(request, 0), change));
                 }));
    server.route(
        "POST", QStringLiteral("/api/v1/tickets/(\\d+)/comments"),
        api.authedJson([service](const HttpRequest &request, const Agent &agent, JsonReader &r) {
            const QString text = r.string(QStringLiteral("text"), true);
            if (!r.ok())
                return ApiSupport::badRequest(r);
            return ApiSupport::respond(service->comment(agent, ApiSupport::idAt(request, 0), text));
        }));
}

} // namespace parley::hub
