#pragma once

#include "core/protocol/jsonreader.h"
#include "hub/api/httptypes.h"
#include "hub/service/conversationservice.h"

#include <QJsonObject>

#include <optional>

namespace parley::hub {

// Shared by the route files: authentication, body parsing and turning results into responses.
class ApiSupport {
public:
    explicit ApiSupport(HubContext &context) : m_ctx(context) {}

    std::optional<Agent> agentForToken(const QString &token);
    std::optional<Agent> authenticate(const HttpRequest &request);

    // Wraps a handler that needs a logged-in agent (401 otherwise) and, when `adminOnly`, an
    // admin (403 otherwise).
    HttpHandler authed(std::function<HttpResponse(const HttpRequest &, const Agent &)> handler,
                       bool adminOnly = false);

    // As authed(), for a request with a JSON object body: a body that is not one is answered
    // 400 malformed_json before the handler runs; the handler reads its fields from `body` and
    // answers badRequest(body) when one was wrong.
    HttpHandler authedJson(
        std::function<HttpResponse(const HttpRequest &, const Agent &, JsonReader &body)> handler,
        bool adminOnly = false);
    static HttpResponse badRequest(const JsonReader &body);
    // As authed(), for a handler that answers later through `respond` (a Graph call).
    AsyncHttpHandler authedAsync(
        std::function<void(const HttpRequest &, const Agent &, HttpRespond respond)> handler,
        bool adminOnly = false);
    // As authedJson(), for a handler that answers later through `respond`.
    AsyncHttpHandler authedJsonAsync(
        std::function<void(const HttpRequest &, const Agent &, JsonReader &body, HttpRespond)>
            handler,
        bool adminOnly = false);

    static bool parseBody(const HttpRequest &request, QJsonObject *body, HttpResponse *error);
    // parseBody() and then the type's fromJson(): false with a 400 `bad_request` naming the
    // problem in `error` when the body is not a `T`.
    template <typename T>
    static bool decodeBody(const HttpRequest &request, T *value, HttpResponse *error)
    {
        QJsonObject body;
        if (!parseBody(request, &body, error))
            return false;
        QString problem;
        if (fromJson(body, value, &problem))
            return true;
        *error = HttpResponse::error(400, QStringLiteral("bad_request"), problem);
        return false;
    }
    static HttpResponse respond(const CommandResult &result);
    static Id idAt(const HttpRequest &request, int capture);

private:
    // The 401 or 403 of authed(), or nothing with `agent` set.
    std::optional<HttpResponse> refusal(const HttpRequest &request, bool adminOnly,
                                        std::optional<Agent> *agent);

    HubContext &m_ctx;
};

} // namespace parley::hub
