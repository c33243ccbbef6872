#include "core/protocol/commands.h"
#include "core/protocol/olderhistory.h"
#include "hub/api/agentroutes.h"
#include "hub/service/olderhistoryreads.h"

namespace parley::hub {
namespace {

const QString conversationPath = QStringLiteral("/api/v1/conversations/(\\d+)/");

// Parses the JSON body into a command struct; on failure, the 400 to answer with.
template <typename Command>
bool readCommand(const HttpRequest &request, Command *command, HttpResponse *error)
{
    QJsonObject body;
    if (!ApiSupport::parseBody(request, &body, error))
        return false;
    QString problem;
    if (fromJson(body, command, &problem))
        return true;
    *error = HttpResponse::error(400, QStringLiteral("bad_request"), problem);
    return false;
}

} // namespace

void addConversationRoutes(HttpServer &server, HubContext &context, ApiSupport &api,
                           ConversationService &conversations)
{
    // Older history of many conversations at once (docs/api.md, "Older history in bulk").
    server.route(
        "GET", QStringLiteral("/api/v1/older-history"),
        api.authed([&context](const HttpRequest &request, const Agent &agent) {
            QList<OlderHistoryCursor> cursors;
            QString problem;
            if (!parseOlderHistoryQuery(
                    request.query.queryItemValue(QStringLiteral("conversations")), &cursors,
                    &problem))
                return HttpResponse::error(400, QStringLiteral("bad_request"), problem);
            const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
            bool limitOk = limitText.isEmpty();
            const int limit = limitOk ? olderhistory::maxMessages : limitText.toInt(&limitOk);
            if (!limitOk || limit <= 0)
                return HttpResponse::error(400, QStringLiteral("bad_request"),
                                           QStringLiteral("limit: a positive number"));
            return HttpResponse::json(toJson(readOlderHistory(context, agent, cursors, limit)));
        }));
    server.route("POST", conversationPath + QStringLiteral("messages"),
                 api.authed([&conversations](const HttpRequest &request, const Agent &agent) {
                     SendTextRequest send;
                     HttpResponse error;
                     if (!readCommand(request, &send, &error))
                         return error;
                     return ApiSupport::respond(conversations.sendText(
                         agent, ApiSupport::idAt(request, 0), send.text,
                         QString::fromUtf8(request.header("Idempotency-Key")), send.replyTo,
                         send.previewUrl));
                 }));
    server.route("POST", conversationPath + QStringLiteral("reactions"),
                 api.authed([&conversations](const HttpRequest &request, const Agent &agent) {
                     SendReactionRequest reaction;
                     HttpResponse error;
                     if (!readCommand(request, &reaction, &error))
                         return error;
                     return ApiSupport::respond(conversations.react(
                         agent, ApiSupport::idAt(request, 0), reaction.messageId, reaction.emoji,
                         QString::fromUtf8(request.header("Idempotency-Key"))));
                 }));
    server.route(
        "GET", conversationPath + QStringLiteral("messages"),
        api.authed([&conversations](const HttpRequest &request, const Agent &agent) {
            const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
            const qint64 before =
                request.query.queryItemValue(QStringLiteral("before")).toLongLong();
            const Id beforeId =
                request.query.queryItemValue(QStringLiteral("before_id")).toLongLong();
            return ApiSupport::respond(conversations.messages(
                agent, ApiSupport::idAt(request, 0), limit > 0 ? limit : 50, before, beforeId));
        }));
    server.route("POST", conversationPath + QStringLiteral("notes"),
                 api.authed([&conversations](const HttpRequest &request, const Agent &agent) {
                     AddNoteRequest note;
                     HttpResponse error;
                     if (!readCommand(request, &note, &error))
                         return error;
                     return ApiSupport::respond(
                         conversations.addNote(agent, ApiSupport::idAt(request, 0), note.text));
                 }));
    server.route("POST", conversationPath + QStringLiteral("assign"),
                 api.authed([&conversations](const HttpRequest &request, const Agent &agent) {
                     AssignRequest assign;
                     HttpResponse error;
                     if (!readCommand(request, &assign, &error))
                         return error;
                     return ApiSupport::respond(
                         conversations.assign(agent, ApiSupport::idAt(request, 0), assign.ownerId));
                 }));
    server.route("POST", conversationPath + QStringLiteral("status"),
                 api.authed([&conversations](const HttpRequest &request, const Agent &agent) {
                     SetStatusRequest status;
                     HttpResponse error;
                     if (!readCommand(request, &status, &error))
                         return error;
                     return ApiSupport::respond(conversations.setStatus(
                         agent, ApiSupport::idAt(request, 0), status.status));
                 }));
    server.route("POST", conversationPath + QStringLiteral("department"),
                 api.authedJson([&conversations](const HttpRequest &request, const Agent &agent,
                                                 JsonReader &body) {
                     const QString department = body.string(QStringLiteral("department"), true);
                     if (!body.ok())
                         return ApiSupport::badRequest(body);
                     return ApiSupport::respond(conversations.moveToDepartment(
                         agent, ApiSupport::idAt(request, 0), department));
                 }));
    server.route("POST", conversationPath + QStringLiteral("read"),
                 api.authed([&conversations](const HttpRequest &request, const Agent &agent) {
                     return ApiSupport::respond(
                         conversations.markRead(agent, ApiSupport::idAt(request, 0)));
                 }));
}

} // namespace parley::hub
