#include "hub/api/apisupport.h"

#include "hub/auth/credentials.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace parley::hub {

std::optional<Agent> ApiSupport::agentForToken(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    return m_ctx.agents.bySession(sessionTokenHash(token), m_ctx.now());
}

std::optional<Agent> ApiSupport::authenticate(const HttpRequest &request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    return agentForToken(QString::fromLatin1(header.mid(7)));
}

HttpHandler
ApiSupport::authed(std::function<HttpResponse(const HttpRequest &, const Agent &)> handler,
                   bool adminOnly)
{
    return [this, handler = std::move(handler), adminOnly](const HttpRequest &request) {
        std::optional<Agent> agent;
        if (std::optional<HttpResponse> refused = refusal(request, adminOnly, &agent))
            return *refused;
        return handler(request, *agent);
    };
}

AsyncHttpHandler ApiSupport::authedAsync(
    std::function<void(const HttpRequest &, const Agent &, HttpRespond)> handler, bool adminOnly)
{
    return [this, handler = std::move(handler), adminOnly](const HttpRequest &request,
                                                           HttpRespond respond) {
        std::optional<Agent> agent;
        if (std::optional<HttpResponse> refused = refusal(request, adminOnly, &agent))
            return respond(*refused);
        handler(request, *agent, std::move(respond));
    };
}

std::optional<HttpResponse> ApiSupport::refusal(const HttpRequest &request, bool adminOnly,
                                                std::optional<Agent> *agent)
{
    *agent = authenticate(request);
    if (!*agent)
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                   QStringLiteral("Log in again: the session is missing or "
                                                  "has expired."));
    if (adminOnly && !canAdminister((*agent)->role))
        return HttpResponse::error(403, QStringLiteral("forbidden_admin_only"),
                                   QStringLiteral("Only admins may do this."));
    return std::nullopt;
}

HttpHandler ApiSupport::authedJson(
    std::function<HttpResponse(const HttpRequest &, const Agent &, JsonReader &)> handler,
    bool adminOnly)
{
    return authed(
        [handler = std::move(handler)](const HttpRequest &request, const Agent &agent) {
            QJsonObject json;
            HttpResponse error;
            if (!parseBody(request, &json, &error))
                return error;
            JsonReader body(json);
            return handler(request, agent, body);
        },
        adminOnly);
}

AsyncHttpHandler ApiSupport::authedJsonAsync(
    std::function<void(const HttpRequest &, const Agent &, JsonReader &, HttpRespond)> handler,
    bool adminOnly)
{
    return authedAsync(
        [handler = std::move(handler)](const HttpRequest &request, const Agent &agent,
                                       HttpRespond respond) {
            QJsonObject json;
            HttpResponse error;
            if (!parseBody(request, &json, &error))
                return respond(error);
            JsonReader body(json);
            handler(request, agent, body, std::move(respond));
        },
        adminOnly);
}

HttpResponse ApiSupport::badRequest(const JsonReader &body)
{
    return HttpResponse::error(400, QStringLiteral("bad_request"), body.error());
}

bool ApiSupport::parseBody(const HttpRequest &request, QJsonObject *body, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = HttpResponse::error(
            400, QStringLiteral("malformed_json"),
            QStringLiteral("The body is not a JSON object: %1").arg(parseError.errorString()));
        return false;
    }
    *body = document.object();
    return true;
}

HttpResponse ApiSupport::respond(const CommandResult &result)
{
    if (!result.ok() && result.body.isEmpty())
        return HttpResponse::error(result.status, result.code, result.message);
    if (!result.ok()) {
        // A failure's body adds fields to its error object (WhatsApp's own title and message).
        QJsonObject error = result.body;
        error.insert(QStringLiteral("code"), result.code);
        error.insert(QStringLiteral("message"), result.message);
        return HttpResponse::json({{QStringLiteral("error"), error}}, result.status);
    }
    return HttpResponse::json(result.body, result.status);
}

Id ApiSupport::idAt(const HttpRequest &request, int capture)
{
    return request.captures.value(capture).toLongLong();
}

} // namespace parley::hub
