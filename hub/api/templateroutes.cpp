#include "hub/api/templateroutes.h"

#include "core/protocol/jsonreader.h"
#include "core/protocol/templatecomponentcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parley::hub {
namespace {

// `examples`: optional, one sample value per field of the body for Meta's review
// (core/rules/templateexamples.h).
bool readTemplateRequest(const HttpRequest &request, MessageTemplate *t, QStringList *examples,
                         HttpResponse *error)
{
    QJsonObject body;
    if (!ApiSupport::parseBody(request, &body, error))
        return false;
    JsonReader r(body);
    t->name = r.string(QStringLiteral("name"));
    t->language = r.string(QStringLiteral("language"));
    const QString category = r.string(QStringLiteral("category")).toUpper();
    if (!templateCategoryFromName(category, &t->category))
        r.fail(QStringLiteral("category"), QStringLiteral("must be MARKETING or UTILITY"));
    t->module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    t->body = r.string(QStringLiteral("body"));
    t->channelId = r.id(QStringLiteral("channel_id"));
    QString problem;
    if (!readTemplateComponents(body, t, &problem))
        r.fail(QStringLiteral("components"), problem);
    const QJsonValue given = body.value(QLatin1String("examples"));
    if (given.isArray()) {
        for (const QJsonValue &value : given.toArray()) {
            if (!value.isString())
                r.fail(QStringLiteral("examples"), QStringLiteral("must be strings"));
            examples->append(value.toString());
        }
    } else if (!given.isUndefined() && !given.isNull()) {
        r.fail(QStringLiteral("examples"), QStringLiteral("not an array"));
    }
    if (r.ok())
        return true;
    *error = HttpResponse::error(400, QStringLiteral("bad_request"), r.error());
    return false;
}

// "header_value" and "url_values" of a template send (docs/api.md "Templates").
TemplateSendValues readSendValues(JsonReader &r, const QJsonObject &body)
{
    TemplateSendValues values;
    values.header = r.string(QStringLiteral("header_value"));
    const QJsonValue urls = body.value(QLatin1String("url_values"));
    if (urls.isArray() && urls.toArray().size() <= templateUrlButtonsMax) {
        for (const QJsonValue &value : urls.toArray()) {
            if (!value.isString())
                r.fail(QStringLiteral("url_values"), QStringLiteral("must be strings"));
            values.urlSuffixes.append(value.toString());
        }
    } else if (!urls.isUndefined() && !urls.isNull()) {
        r.fail(QStringLiteral("url_values"),
               QStringLiteral("at most %1 strings").arg(templateUrlButtonsMax));
    }
    return values;
}

// The body authedJson already checked is an object; read again for its arrays.
QJsonObject jsonBody(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString idempotencyKey(const HttpRequest &request)
{
    return QString::fromUtf8(request.header("Idempotency-Key"));
}

} // namespace

void addTemplateRoutes(HttpServer &server, ApiSupport &api, TemplateService &templates)
{
    TemplateService *service = &templates;
    server.route("GET", QStringLiteral("/api/v1/templates"),
                 api.authed([service](const HttpRequest &, const Agent &) {
                     return ApiSupport::respond(service->list());
                 }));
    server.route("POST", QStringLiteral("/api/v1/templates"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         MessageTemplate t;
                         QStringList examples;
                         HttpResponse error;
                         if (!readTemplateRequest(request, &t, &examples, &error))
                             return error;
                         return ApiSupport::respond(service->submit(t, examples));
                     },
                     true));
    server.route("POST", QStringLiteral("/api/v1/templates/(\\d+)"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         MessageTemplate t;
                         QStringList examples;
                         HttpResponse error;
                         if (!readTemplateRequest(request, &t, &examples, &error))
                             return error;
                         t.id = ApiSupport::idAt(request, 0);
                         return ApiSupport::respond(service->submit(t, examples));
                     },
                     true));
    server.route(
        "POST", QStringLiteral("/api/v1/conversations/(\\d+)/template"),
        api.authedJson([service](const HttpRequest &request, const Agent &agent, JsonReader &r) {
            const Id templateId = r.id(QStringLiteral("template_id"), true);
            const TemplateSendValues values = readSendValues(r, jsonBody(request));
            if (!r.ok())
                return ApiSupport::badRequest(r);
            return ApiSupport::respond(service->send(agent, ApiSupport::idAt(request, 0),
                                                     templateId, idempotencyKey(request), values));
        }));
    server.route(
        "POST", QStringLiteral("/api/v1/conversations"),
        api.authedJson([service](const HttpRequest &request, const Agent &agent, JsonReader &r) {
            const Id channelId = r.id(QStringLiteral("channel_id"), true);
            const QString number = r.string(QStringLiteral("customer_number"), true);
            const QString name = r.string(QStringLiteral("customer_name"));
            const Id templateId = r.id(QStringLiteral("template_id"), true);
            const Id recordId = r.id(QStringLiteral("record_id"));
            const TemplateSendValues values = readSendValues(r, jsonBody(request));
            if (!r.ok())
                return ApiSupport::badRequest(r);
            return ApiSupport::respond(service->startChat(agent, channelId, number, name,
                                                          templateId, idempotencyKey(request),
                                                          recordId, values));
        }));
    server.routeAsync(
        "DELETE", QStringLiteral("/api/v1/templates/(\\d+)"),
        api.authedAsync(
            [service](const HttpRequest &request, const Agent &, HttpRespond respond) {
                service->remove(ApiSupport::idAt(request, 0),
                                [respond](const CommandResult &result) {
                                    respond(ApiSupport::respond(result));
                                });
            },
            true));
}

} // namespace parley::hub
