#include "sim/controlroutes.h"

#include "core/whatsapp/wirereader.h"
#include "sim/customerside.h"
#include "sim/webhooksender.h"

#include <QJsonArray>
#include <QUrl>

namespace parley::sim {
namespace {

using http::HttpRequest;
using http::HttpResponse;

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("invalid"), message);
}

bool readBody(const HttpRequest &request, QJsonObject *json, HttpResponse *refusal)
{
    QString problem;
    if (whatsapp::parseJsonObject(request.body, json, &problem))
        return true;
    *refusal = badRequest(problem);
    return false;
}

CustomerWrite writeFromJson(const QJsonObject &json)
{
    CustomerWrite write;
    write.from = json.value(QLatin1String("from")).toString();
    write.name = json.value(QLatin1String("name")).toString();
    write.text = json.value(QLatin1String("text")).toString();
    write.replyTo = json.value(QLatin1String("reply_to")).toString();
    const QJsonValue timestamp = json.value(QLatin1String("timestamp"));
    write.at =
        (timestamp.isString() ? timestamp.toString().toLongLong() : timestamp.toInteger()) * 1000;
    const QJsonObject media = json.value(QLatin1String("media")).toObject();
    if (!media.isEmpty()) {
        write.type = media.value(QLatin1String("type")).toString(QStringLiteral("image"));
        write.mimeType = media.value(QLatin1String("mime_type")).toString();
        write.filename = media.value(QLatin1String("filename")).toString();
        write.data =
            QByteArray::fromBase64(media.value(QLatin1String("data_base64")).toString().toLatin1());
        write.voice = media.value(QLatin1String("voice")).toBool();
        if (media.contains(QLatin1String("caption")))
            write.text = media.value(QLatin1String("caption")).toString();
    }
    const QJsonObject button = json.value(QLatin1String("button")).toObject();
    if (!button.isEmpty()) {
        write.type = QStringLiteral("button");
        write.buttonPayload = button.value(QLatin1String("payload")).toString();
        write.text = button.value(QLatin1String("text")).toString();
    }
    const QJsonObject reaction = json.value(QLatin1String("reaction")).toObject();
    if (!reaction.isEmpty()) {
        write.type = QStringLiteral("reaction");
        write.reactionTo = reaction.value(QLatin1String("message_id")).toString();
        write.emoji = reaction.value(QLatin1String("emoji")).toString();
    }
    return write;
}

HttpResponse inbound(SimContext &ctx, const HttpRequest &request)
{
    QJsonObject json;
    HttpResponse refusal;
    if (!readBody(request, &json, &refusal))
        return refusal;
    QString problem;
    const std::optional<whatsapp::InboundMessage> message =
        customerWrites(ctx, writeFromJson(json), &problem);
    if (!message)
        return badRequest(problem);
    QJsonObject reply{{QStringLiteral("wamid"), message->wamid},
                      {QStringLiteral("wa_id"), message->from},
                      {QStringLiteral("timestamp"), message->timestamp / 1000}};
    if (!message->media.id.isEmpty())
        reply.insert(QStringLiteral("media_id"), message->media.id);
    return HttpResponse::json(reply);
}

HttpResponse failNext(SimContext &ctx, const HttpRequest &request)
{
    QJsonObject json;
    HttpResponse refusal;
    if (!readBody(request, &json, &refusal))
        return refusal;
    const int count = json.value(QLatin1String("count")).toInt(1);
    if (count <= 0) {
        ctx.failure.reset();
        return HttpResponse::json({{QStringLiteral("armed"), 0}});
    }
    const int code = json.value(QLatin1String("code")).toInt();
    const int httpStatus = json.value(QLatin1String("http_status")).toInt();
    if (code <= 0 && httpStatus <= 0)
        return badRequest(
            QStringLiteral("give a Graph error \"code\", an \"http_status\", or both"));
    InjectedFailure failure;
    if (code > 0) {
        failure.error = whatsapp::graphError(code, json.value(QLatin1String("details")).toString());
        failure.httpStatus = httpStatus > 0 ? httpStatus : whatsapp::graphErrorHttpStatus(code);
    } else {
        // Graph's answer when it is having a bad moment: code 2, an unknown code to the hub, so
        // the HTTP status decides.
        failure.error = whatsapp::graphError(2, json.value(QLatin1String("details")).toString());
        failure.error.message = QStringLiteral("An unexpected error has occurred. Please retry "
                                               "your request later.");
        failure.httpStatus = httpStatus;
    }
    // Graph's other shapes (grapherrors.h): error_data as a plain string, a subcode, and the
    // words for people in error_user_title / error_user_msg.
    failure.error.detailsAsString = json.value(QLatin1String("error_data_string")).toBool();
    failure.error.subcode = json.value(QLatin1String("subcode")).toInt();
    failure.error.userTitle = json.value(QLatin1String("user_title")).toString();
    failure.error.userMessage = json.value(QLatin1String("user_msg")).toString();
    if (json.contains(QLatin1String("message")))
        failure.error.message = json.value(QLatin1String("message")).toString();
    if (json.contains(QLatin1String("endpoint")))
        failure.endpoint = json.value(QLatin1String("endpoint")).toString();
    failure.remaining = count;
    ctx.failure = failure;
    return HttpResponse::json({{QStringLiteral("armed"), count},
                               {QStringLiteral("code"), failure.error.code},
                               {QStringLiteral("http_status"), failure.httpStatus}});
}

HttpResponse setWebhook(SimContext &ctx, const HttpRequest &request)
{
    QJsonObject json;
    HttpResponse refusal;
    if (!readBody(request, &json, &refusal))
        return refusal;
    const QUrl url(json.value(QLatin1String("url")).toString());
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return badRequest(QStringLiteral("\"url\" must be an http or https URL"));
    ctx.webhooks->setUrl(url.toString());
    return HttpResponse::json(ctx.webhooks->stateJson());
}

HttpResponse state(SimContext &ctx)
{
    QJsonArray templates;
    for (const SimTemplate &t : ctx.templates.list())
        templates.append(t.toJson());
    QJsonObject failure;
    if (ctx.failure)
        failure = {{QStringLiteral("code"), ctx.failure->error.code},
                   {QStringLiteral("http_status"), ctx.failure->httpStatus},
                   {QStringLiteral("remaining"), ctx.failure->remaining}};
    return HttpResponse::json(
        {{QStringLiteral("phone_number_id"), ctx.options.phoneNumberId},
         {QStringLiteral("waba_id"), ctx.options.wabaId},
         {QStringLiteral("display_phone_number"), ctx.options.displayNumber},
         {QStringLiteral("customers"), ctx.customers.toJson(ctx.now())},
         {QStringLiteral("templates"), templates},
         {QStringLiteral("media_count"), ctx.media.count()},
         {QStringLiteral("sent_count"), ctx.sent.count()},
         {QStringLiteral("read_count"), ctx.reads.count()},
         {QStringLiteral("graph"), QJsonObject{{QStringLiteral("requests"), ctx.counters.requests},
                                               {QStringLiteral("refused"), ctx.counters.refused},
                                               {QStringLiteral("injected"), ctx.counters.injected},
                                               {QStringLiteral("fail_next"), failure}}},
         {QStringLiteral("webhook"), ctx.webhooks->stateJson()}});
}

} // namespace

void addControlRoutes(http::HttpServer &server, SimContext &ctx)
{
    server.route("GET", QStringLiteral("/healthz"), [](const HttpRequest &) {
        return HttpResponse::json({{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    server.route("POST", QStringLiteral("/sim/inbound"),
                 [&ctx](const HttpRequest &request) { return inbound(ctx, request); });
    server.route("GET", QStringLiteral("/sim/sent"), [&ctx](const HttpRequest &request) {
        const QString to = request.query.queryItemValue(QStringLiteral("to"));
        return HttpResponse::json({{QStringLiteral("messages"), ctx.sent.toJson(to)}});
    });
    server.route("GET", QStringLiteral("/sim/read"), [&ctx](const HttpRequest &request) {
        const QString from = request.query.queryItemValue(QStringLiteral("from"));
        return HttpResponse::json({{QStringLiteral("reads"), ctx.reads.toJson(from)}});
    });
    server.route("GET", QStringLiteral("/sim/state"),
                 [&ctx](const HttpRequest &) { return state(ctx); });
    server.route("POST", QStringLiteral("/sim/fail-next"),
                 [&ctx](const HttpRequest &request) { return failNext(ctx, request); });
    server.route("POST", QStringLiteral("/sim/webhook"),
                 [&ctx](const HttpRequest &request) { return setWebhook(ctx, request); });
    server.route("POST", QStringLiteral("/sim/webhook/duplicate-next"),
                 [&ctx](const HttpRequest &) {
                     ctx.webhooks->duplicateNext();
                     return HttpResponse::json({{QStringLiteral("duplicate_next"), true}});
                 });
    server.route("GET", QStringLiteral("/sim/number"), [&ctx](const HttpRequest &) {
        return HttpResponse::json(ctx.registration.stateJson());
    });
    server.route("POST", QStringLiteral("/sim/number/reset"), [&ctx](const HttpRequest &) {
        ctx.registration.reset();
        return HttpResponse::json(ctx.registration.stateJson());
    });
    server.route("POST", QStringLiteral("/sim/token"), [&ctx](const HttpRequest &request) {
        QJsonObject json;
        HttpResponse refusal;
        if (!readBody(request, &json, &refusal))
            return refusal;
        const QString token = json.value(QLatin1String("access_token")).toString().trimmed();
        if (token.isEmpty() || token == ctx.options.accessToken)
            return badRequest(QStringLiteral("give a new \"access_token\""));
        ctx.expiredToken = ctx.options.accessToken;
        ctx.options.accessToken = token;
        return HttpResponse::json({{QStringLiteral("rotated"), true}});
    });
}

} // namespace parley::sim
