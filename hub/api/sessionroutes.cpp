#include "core/protocol/commands.h"
#include "core/protocol/entitycodec.h"
#include "hub/api/agentroutes.h"
#include "hub/auth/credentials.h"
#include "hub/auth/loginservice.h"
#include "hub/service/agentfeed.h"

namespace parley::hub {
namespace {

// Who a login attempt is counted against: the connection's peer, or, when that peer is a
// trusted reverse proxy, the last address of its X-Forwarded-For (the one the proxy appended;
// earlier ones are the client's own claims).
QString clientAddress(const HttpRequest &request, const LoginService &logins)
{
    if (logins.isTrustedProxy(request.peer)) {
        const QList<QByteArray> chain = request.header("X-Forwarded-For").split(',');
        const QHostAddress forwarded(QString::fromLatin1(chain.last().trimmed()));
        if (!forwarded.isNull())
            return forwarded.toString();
    }
    return request.peer.toString();
}

} // namespace

void addSessionRoutes(HttpServer &server, HubContext &ctx, ApiSupport &api, LoginService &logins)
{
    // Answered later: the password check runs on LoginService's threads.
    server.routeAsync(
        "POST", QStringLiteral("/api/v1/login"),
        [&logins](const HttpRequest &request, HttpRespond respond) {
            QJsonObject body;
            HttpResponse error;
            if (!ApiSupport::parseBody(request, &body, &error)) {
                respond(error);
                return;
            }
            LoginRequest login;
            QString problem;
            if (!fromJson(body, &login, &problem)) {
                respond(HttpResponse::error(400, QStringLiteral("bad_request"), problem));
                return;
            }
            logins.login(
                login, clientAddress(request, logins),
                [respond](const LoginService::Outcome &outcome) {
                    HttpResponse response = ApiSupport::respond(outcome.result);
                    if (outcome.retryAfterSeconds > 0)
                        response.headers.append(
                            {"Retry-After", QByteArray::number(outcome.retryAfterSeconds)});
                    respond(response);
                });
        });

    server.route("POST", QStringLiteral("/api/v1/logout"),
                 api.authed([&ctx](const HttpRequest &request, const Agent &) {
                     ctx.agents.removeSession(sessionTokenHash(
                         QString::fromLatin1(request.header("Authorization").mid(7))));
                     return HttpResponse::json({{QStringLiteral("ok"), true}});
                 }));

    server.route("GET", QStringLiteral("/api/v1/me"),
                 api.authed([](const HttpRequest &, const Agent &agent) {
                     return HttpResponse::json({{QStringLiteral("agent"), toJson(agent)}});
                 }));

    server.route(
        "GET", QStringLiteral("/api/v1/sync"),
        api.authed([&ctx](const HttpRequest &request, const Agent &agent) {
            bool sinceOk = true;
            bool limitOk = true;
            const QString sinceText = request.query.queryItemValue(QStringLiteral("since"));
            const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
            const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&sinceOk);
            const int limit = limitText.isEmpty() ? 500 : limitText.toInt(&limitOk);
            if (!sinceOk || !limitOk || since < 0 || limit < 1)
                return HttpResponse::error(400, QStringLiteral("bad_request"),
                                           QStringLiteral("since must be a sequence "
                                                          "number and limit 1 to 5000."));
            // Only what this agent may see, with its own unread (AgentFeed).
            return HttpResponse::json(
                toJson(AgentFeed(ctx).forAgent(agent, ctx.events.after(since, qMin(limit, 5000)))));
        }));
}

} // namespace parley::hub
