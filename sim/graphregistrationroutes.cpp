// POST /<PHONE_NUMBER_ID>/request_code, /verify_code and /register (R1.10).
#include "sim/graphroutes.h"

#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/graphregistration.h"
#include "core/whatsapp/wirereader.h"
#include "sim/graphsupport.h"

#include <QRandomGenerator>
#include <QUrlQuery>

namespace parley::sim {
namespace {

// Graph takes the edge's parameters as a JSON body or in the query string (Meta's examples use
// the query); both read the same way here.
bool params(SimContext &ctx, const HttpRequest &request, QJsonObject *json,
            std::optional<HttpResponse> *refusal)
{
    if (!request.body.trimmed().isEmpty()) {
        QString problem;
        if (whatsapp::parseJsonObject(request.body, json, &problem))
            return true;
        *refusal = graphErrorResponse(ctx, 100, problem);
        return false;
    }
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        json->insert(key, value);
    return true;
}

// The token, the number and an armed failure ("registration"), as every Graph edge checks them.
std::optional<HttpResponse> refused(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return refusal;
    if (request.captures.value(0) != ctx.options.phoneNumberId)
        return unknownObject(ctx, request, request.captures.value(0));
    return injectedFailure(ctx, QStringLiteral("registration"));
}

HttpResponse answer(SimContext &ctx, const std::optional<whatsapp::GraphError> &error)
{
    if (error)
        return graphErrorResponse(ctx, *error);
    return HttpResponse::json(whatsapp::successResponseJson());
}

HttpResponse requestCode(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refused(ctx, request))
        return *refusal;
    QJsonObject json;
    std::optional<HttpResponse> refusal;
    if (!params(ctx, request, &json, &refusal))
        return *refusal;
    whatsapp::CodeMethod method;
    QString language;
    whatsapp::GraphError error;
    if (!whatsapp::readRequestCode(json, &method, &language, &error))
        return graphErrorResponse(ctx, error);
    const QString code =
        QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(1000000), 6, 10, QChar('0'));
    return answer(ctx, ctx.registration.requestCode(method, language, code));
}

HttpResponse verifyCode(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refused(ctx, request))
        return *refusal;
    QJsonObject json;
    std::optional<HttpResponse> refusal;
    if (!params(ctx, request, &json, &refusal))
        return *refusal;
    QString code;
    whatsapp::GraphError error;
    if (!whatsapp::readVerifyCode(json, &code, &error))
        return graphErrorResponse(ctx, error);
    return answer(ctx, ctx.registration.verifyCode(code));
}

HttpResponse registerNumber(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refused(ctx, request))
        return *refusal;
    QJsonObject json;
    std::optional<HttpResponse> refusal;
    if (!params(ctx, request, &json, &refusal))
        return *refusal;
    QString pin;
    whatsapp::GraphError error;
    if (!whatsapp::readRegister(json, &pin, &error))
        return graphErrorResponse(ctx, error);
    return answer(ctx, ctx.registration.registerWithPin(pin));
}

} // namespace

void addRegistrationRoutes(http::HttpServer &server, SimContext &ctx)
{
    const QString number = graphVersion + QStringLiteral("/([^/]+)/");
    server.route("POST", number + QStringLiteral("request_code"),
                 [&ctx](const HttpRequest &request) { return requestCode(ctx, request); });
    server.route("POST", number + QStringLiteral("verify_code"),
                 [&ctx](const HttpRequest &request) { return verifyCode(ctx, request); });
    server.route("POST", number + QStringLiteral("register"),
                 [&ctx](const HttpRequest &request) { return registerNumber(ctx, request); });
}

} // namespace parley::sim
