// POST and GET /<WABA_ID>/message_templates (whatsapp-cloud-api.md §8).
#include "sim/graphroutes.h"

#include "core/rules/templatecomponentrules.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/graphtemplatecomponents.h"
#include "core/whatsapp/graphtemplates.h"
#include "core/whatsapp/wirereader.h"
#include "sim/graphsupport.h"
#include "sim/templatereviewer.h"
#include "sim/templatestore.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace parley::sim {
namespace {

constexpr int defaultPageSize = 25;
constexpr int maxPageSize = 100;

// Paging cursors are opaque to clients; here they are the base64 of a position in the list.
QString cursorFor(int position)
{
    return QString::fromLatin1(QByteArray::number(position).toBase64());
}

int positionOf(const QString &cursor)
{
    return qMax(0, QByteArray::fromBase64(cursor.toLatin1()).toInt());
}

// Graph's refusals of template management come from its Graph layer: message "Invalid
// parameter", a subcode, error_user_title / error_user_msg for people and, for a field of the
// request, error_data as a plain string naming it. Meta's "Template management" page asks for
// sample values ("example") for every variable; its review rejects a template without them.
HttpResponse templateRefusal(SimContext &ctx, int subcode, const QString &title,
                             const QString &userMessage, const QString &blamedField = QString())
{
    whatsapp::GraphError error = whatsapp::graphError(100);
    error.message = QStringLiteral("Invalid parameter");
    error.subcode = subcode;
    error.userTitle = title;
    error.userMessage = userMessage;
    if (!blamedField.isEmpty()) {
        error.details = QStringLiteral("{\"blame_field_specs\":[[\"%1\"]]}").arg(blamedField);
        error.detailsAsString = true;
    }
    return graphErrorResponse(ctx, error, 400);
}

// One sample value per variable of the body, none blank: templates/components ("Body",
// example.body_text) and template-management.
std::optional<HttpResponse> refuseExamples(SimContext &ctx,
                                           const whatsapp::TemplateCreateRequest &submitted)
{
    const int variables = int(templatePlaceholders(submitted.bodyText).size());
    const int examples = int(submitted.bodyExample.size());
    if (variables == 0)
        return std::nullopt;
    if (examples == 0)
        return templateRefusal(ctx, 2388043,
                               QStringLiteral("Message template \"components\" param is missing "
                                              "expected field(s)"),
                               QStringLiteral("component of type BODY is missing expected "
                                              "field(s) (example)"),
                               QStringLiteral("components"));
    bool blank = false;
    for (const QString &example : submitted.bodyExample)
        blank = blank || example.trimmed().isEmpty();
    if (examples != variables || blank)
        return templateRefusal(
            ctx, 2388043,
            QStringLiteral("Number of parameters does not match the expected number of params"),
            QStringLiteral("The body has %1 variable(s) and example.body_text gives %2 sample "
                           "value(s); give one non-empty sample per variable.")
                .arg(variables)
                .arg(examples),
            QStringLiteral("components"));
    return std::nullopt;
}

// The header, footer and buttons as Graph checks them: their shape (unknown types, wrong
// value types) and Meta's limits (core/rules/templatecomponentrules), answered with 100 and the
// rule's words, like Graph's "Invalid parameter" with an error_user_msg.
std::optional<HttpResponse> refuseComponents(SimContext &ctx,
                                             const whatsapp::TemplateCreateRequest &submitted)
{
    MessageTemplate parts;
    whatsapp::GraphError error;
    if (!whatsapp::parseGraphTemplateComponents(submitted.otherComponents, &parts, &error))
        return graphErrorResponse(ctx, error);
    const RuleErrors broken = validateTemplateComponents(parts);
    if (broken.isEmpty())
        return std::nullopt;
    return templateRefusal(ctx, 2388040, QStringLiteral("Invalid template components"),
                           broken.first().message(), QStringLiteral("components"));
}

HttpResponse create(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    if (request.captures.value(0) != ctx.options.wabaId)
        return unknownObject(ctx, request, request.captures.value(0));
    if (auto failure = injectedFailure(ctx, QStringLiteral("message_templates")))
        return *failure;
    QJsonObject json;
    QString problem;
    if (!whatsapp::parseJsonObject(request.body, &json, &problem))
        return graphErrorResponse(ctx, 100, problem);
    whatsapp::TemplateCreateRequest submitted;
    whatsapp::GraphError error;
    if (!whatsapp::parseTemplateCreateRequest(json, &submitted, &error))
        return graphErrorResponse(ctx, error);
    if (ctx.templates.find(submitted.name, submitted.language))
        return templateRefusal(
            ctx, 2388024, QStringLiteral("Content in This Language Already Exists"),
            QStringLiteral("There is already %1 content for this template (%2). You can create "
                           "a new template and try again.")
                .arg(submitted.language, submitted.name));
    if (auto refusal = refuseExamples(ctx, submitted))
        return *refusal;
    if (auto refusal = refuseComponents(ctx, submitted))
        return *refusal;
    const SimTemplate &created = ctx.templates.add(submitted, ctx.now());
    ctx.reviewer->submit(created.id);
    whatsapp::TemplateCreateResponse response{created.id, created.status, created.category()};
    return HttpResponse::json(whatsapp::templateCreateResponseJson(response));
}

// POST /<TEMPLATE_ID>: Meta replaces the category and/or components of an approved or rejected
// template and reviews it again. Here the edited template goes back to PENDING until then.
HttpResponse edit(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    SimTemplate *edited = ctx.templates.byId(request.captures.value(0));
    if (!edited)
        return unknownObject(ctx, request, request.captures.value(0));
    if (edited->status == QLatin1String("PENDING"))
        return graphErrorResponse(ctx, 100,
                                  QStringLiteral("The template is in review and cannot be edited "
                                                 "until the review ends."));
    QJsonObject changes;
    QString problem;
    if (!whatsapp::parseJsonObject(request.body, &changes, &problem))
        return graphErrorResponse(ctx, 100, problem);
    QJsonObject merged = whatsapp::templateCreateRequestJson(edited->request);
    const QString category = changes.value(QLatin1String("category")).toString().toUpper();
    if (!category.isEmpty()) {
        if (edited->status == QLatin1String("APPROVED") && category != edited->category())
            return graphErrorResponse(ctx, 100,
                                      QStringLiteral("The category of an approved template "
                                                     "cannot be edited."));
        merged.insert(QStringLiteral("category"), category);
    }
    if (changes.contains(QLatin1String("components")))
        merged.insert(QStringLiteral("components"), changes.value(QLatin1String("components")));
    whatsapp::TemplateCreateRequest revised;
    whatsapp::GraphError error;
    if (!whatsapp::parseTemplateCreateRequest(merged, &revised, &error))
        return graphErrorResponse(ctx, error);
    if (auto refusal = refuseExamples(ctx, revised))
        return *refusal;
    if (auto refusal = refuseComponents(ctx, revised))
        return *refusal;
    edited->request = revised;
    edited->bodyParameters = templatePlaceholders(revised.bodyText);
    edited->status = QStringLiteral("PENDING");
    edited->rejectionReason.clear();
    ctx.reviewer->submit(edited->id);
    return HttpResponse::json(whatsapp::successResponseJson());
}

HttpResponse list(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    if (request.captures.value(0) != ctx.options.wabaId)
        return unknownObject(ctx, request, request.captures.value(0));
    const QUrlQuery &query = request.query;
    const QList<SimTemplate> matching =
        ctx.templates.list(query.queryItemValue(QStringLiteral("status")).toUpper(),
                           query.queryItemValue(QStringLiteral("name")));
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    limit = limit <= 0 ? defaultPageSize : qMin(limit, maxPageSize);
    const int start =
        qMin(int(matching.size()), positionOf(query.queryItemValue(QStringLiteral("after"))));
    const int end = qMin(int(matching.size()), start + limit);

    QJsonArray data;
    for (int i = start; i < end; ++i)
        data.append(matching.at(i).toJson());
    QJsonObject cursors{{QStringLiteral("before"), cursorFor(start)},
                        {QStringLiteral("after"), cursorFor(end)}};
    QJsonObject paging{{QStringLiteral("cursors"), cursors}};
    if (end < matching.size()) {
        QUrlQuery next = query;
        next.removeAllQueryItems(QStringLiteral("after"));
        next.addQueryItem(QStringLiteral("after"), cursorFor(end));
        next.removeAllQueryItems(QStringLiteral("limit"));
        next.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        paging.insert(QStringLiteral("next"), requestBaseUrl(ctx, request) + request.path +
                                                  QLatin1Char('?') +
                                                  next.toString(QUrl::FullyEncoded));
    }
    return HttpResponse::json({{QStringLiteral("data"), data}, {QStringLiteral("paging"), paging}});
}

// DELETE /<WABA_ID>/message_templates?name=<NAME>[&hsm_id=<ID>] (§8): every language of the
// name, or only the one with that id. A name the account does not hold is Graph's 100.
HttpResponse remove(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    if (request.captures.value(0) != ctx.options.wabaId)
        return unknownObject(ctx, request, request.captures.value(0));
    if (auto failure = injectedFailure(ctx, QStringLiteral("message_templates")))
        return *failure;
    const QString name = request.query.queryItemValue(QStringLiteral("name"));
    const QString hsmId = request.query.queryItemValue(QStringLiteral("hsm_id"));
    if (name.isEmpty())
        return graphErrorResponse(ctx, 100, QStringLiteral("The parameter name is required."));
    if (ctx.templates.remove(name, hsmId) == 0)
        return templateRefusal(
            ctx, 2593002, QStringLiteral("Message template not found"),
            QStringLiteral("There is no message template named %1%2 in this "
                           "account.")
                .arg(name, hsmId.isEmpty() ? QString() : QStringLiteral(" (id %1)").arg(hsmId)));
    return HttpResponse::json(whatsapp::successResponseJson());
}

} // namespace

void addTemplateRoutes(http::HttpServer &server, SimContext &ctx)
{
    const QString path = graphVersion + QStringLiteral("/([^/]+)/message_templates");
    server.route("POST", path, [&ctx](const HttpRequest &request) { return create(ctx, request); });
    server.route("GET", path, [&ctx](const HttpRequest &request) { return list(ctx, request); });
    server.route("DELETE", path,
                 [&ctx](const HttpRequest &request) { return remove(ctx, request); });
    server.route("POST", graphVersion + QStringLiteral("/(\\d+)"),
                 [&ctx](const HttpRequest &request) { return edit(ctx, request); });
}

} // namespace parley::sim
