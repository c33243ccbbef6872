#include "core/protocol/commands.h"
#include "core/protocol/entitycodec.h"
#include "hub/api/agentroutes.h"
#include "hub/auth/credentials.h"

namespace parley::hub {
namespace {

constexpr qint64 sessionLifetimeMs = 30LL * 24 * 3600 * 1000;

} // namespace

void addSessionRoutes(HttpServer &server, HubContext &ctx, ApiSupport &api)
{
    server.route("POST", QStringLiteral("/api/v1/login"), [&ctx](const HttpRequest &request) {
        QJsonObject body;
        HttpResponse error;
        if (!ApiSupport::parseBody(request, &body, &error))
            return error;
        LoginRequest login;
        QString problem;
        if (!fromJson(body, &login, &problem))
            return HttpResponse::error(400, QStringLiteral("bad_request"), problem);
        QString hash;
        const std::optional<Agent> agent = ctx.agents.byLogin(login.login, &hash);
        // The same answer for an unknown login and a wrong password: no probing for logins.
        if (!agent || !agent->active || !verifyPassword(hash, login.password))
            return HttpResponse::error(401, QStringLiteral("login_failed"),
                                       QStringLiteral("The login or the password is wrong."));
        LoginReply reply;
        reply.token = newSessionToken();
        reply.expiresAt = ctx.now() + sessionLifetimeMs;
        reply.agent = *agent;
        if (!ctx.agents.addSession(sessionTokenHash(reply.token), agent->id, reply.expiresAt))
            return HttpResponse::error(500, QStringLiteral("store_failed"),
                                       QStringLiteral("The session could not be saved."));
        return HttpResponse::json(toJson(reply));
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

    server.route("GET", QStringLiteral("/api/v1/sync"),
                 api.authed([&ctx](const HttpRequest &request, const Agent &) {
                     bool sinceOk = true;
                     bool limitOk = true;
                     const QString sinceText =
                         request.query.queryItemValue(QStringLiteral("since"));
                     const QString limitText =
                         request.query.queryItemValue(QStringLiteral("limit"));
                     const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&sinceOk);
                     const int limit = limitText.isEmpty() ? 500 : limitText.toInt(&limitOk);
                     if (!sinceOk || !limitOk || since < 0 || limit < 1)
                         return HttpResponse::error(400, QStringLiteral("bad_request"),
                                                    QStringLiteral("since must be a sequence "
                                                                   "number and limit 1 to 5000."));
                     return HttpResponse::json(toJson(ctx.events.after(since, qMin(limit, 5000))));
                 }));
}

} // namespace parley::hub
