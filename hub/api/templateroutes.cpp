#include "hub/api/templateroutes.h"

#include "core/protocol/jsonreader.h"

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
            if (!r.ok())
                return ApiSupport::badRequest(r);
            return ApiSupport::respond(service->send(agent, ApiSupport::idAt(request, 0),
                                                     templateId, idempotencyKey(request)));
        }));
    server.route(
        "POST", QStringLiteral("/api/v1/conversations"),
        api.authedJson([service](const HttpRequest &request, const Agent &agent, JsonReader &r) {
            const Id channelId = r.id(QStringLiteral("channel_id"), true);
            const QString number = r.string(QStringLiteral("customer_number"), true);
            const QString name = r.string(QStringLiteral("customer_name"));
            const Id templateId = r.id(QStringLiteral("template_id"), true);
            const Id recordId = r.id(QStringLiteral("record_id"));
            if (!r.ok())
                return ApiSupport::badRequest(r);
            return ApiSupport::respond(service->startChat(
                agent, channelId, number, name, templateId, idempotencyKey(request), recordId));
        }));
}

} // namespace parley::hub
