#include "core/whatsapp/graphtemplates.h"

#include "core/whatsapp/limits.h"
#include "core/whatsapp/requestcheck.h"
#include "core/whatsapp/wirereader.h"

#include <QRegularExpression>

namespace parley::whatsapp {
namespace {

using detail::RequestCheck;

bool isBodyComponent(const QJsonObject &component)
{
    return component.value(QLatin1String("type"))
               .toString()
               .compare(QLatin1String("body"), Qt::CaseInsensitive) == 0;
}

void checkName(const QString &name, RequestCheck &check)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9_]+$"));
    if (name.isEmpty())
        check.missing(QStringLiteral("name"));
    else if (name.size() > maxTemplateNameLength || !allowed.match(name).hasMatch())
        check.invalidParameter(
            QStringLiteral("Template name may only contain lowercase letters, digits and "
                           "underscores, at most %1 characters.")
                .arg(maxTemplateNameLength));
}

void readBody(WireReader &component, TemplateCreateRequest *request, RequestCheck &check)
{
    request->bodyText = component.string(QStringLiteral("text"));
    const QJsonArray rows =
        component.child(QStringLiteral("example")).array(QStringLiteral("body_text"));
    for (const QJsonValue &value : rows.at(0).toArray())
        request->bodyExample << value.toString();
    if (request->bodyText.isEmpty())
        check.missing(QStringLiteral("components['body']['text']"));
    check.atMost(QStringLiteral("components['body']['text']"), request->bodyText,
                 maxTemplateBodyLength);
}

} // namespace

QJsonObject templateCreateRequestJson(const TemplateCreateRequest &request)
{
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("body")},
                     {QStringLiteral("text"), request.bodyText}};
    if (!request.bodyExample.isEmpty())
        body.insert(QStringLiteral("example"),
                    QJsonObject{{QStringLiteral("body_text"),
                                 QJsonArray{QJsonArray::fromStringList(request.bodyExample)}}});
    // Meta's order: HEADER, BODY, FOOTER, BUTTONS.
    QJsonArray components;
    for (const QJsonValue &other : request.otherComponents) {
        if (other.toObject()
                .value(QLatin1String("type"))
                .toString()
                .compare(QLatin1String("header"), Qt::CaseInsensitive) == 0)
            components.append(other);
    }
    components.append(body);
    for (const QJsonValue &other : request.otherComponents) {
        if (other.toObject()
                .value(QLatin1String("type"))
                .toString()
                .compare(QLatin1String("header"), Qt::CaseInsensitive) != 0)
            components.append(other);
    }
    QJsonObject json{{QStringLiteral("name"), request.name},
                     {QStringLiteral("language"), request.language},
                     {QStringLiteral("category"), request.category.toUpper()},
                     {QStringLiteral("components"), components}};
    if (!request.parameterFormat.isEmpty())
        json.insert(QStringLiteral("parameter_format"), request.parameterFormat);
    return json;
}

QJsonObject templateEditRequestJson(const TemplateCreateRequest &request)
{
    QJsonArray components;
    for (const QJsonValue &value :
         templateCreateRequestJson(request).value(QLatin1String("components")).toArray()) {
        QJsonObject component = value.toObject();
        component.insert(QStringLiteral("type"),
                         component.value(QLatin1String("type")).toString().toUpper());
        components.append(component);
    }
    return {{QStringLiteral("category"), request.category.toUpper()},
            {QStringLiteral("components"), components}};
}

bool parseTemplateCreateRequest(const QJsonObject &json, TemplateCreateRequest *request,
                                GraphError *error)
{
    static const QStringList categories = {QStringLiteral("AUTHENTICATION"),
                                           QStringLiteral("MARKETING"), QStringLiteral("UTILITY")};
    RequestCheck check(error);
    QString readerError;
    WireReader reader(json, QString(), &readerError);
    request->name = reader.string(QStringLiteral("name"));
    request->language = reader.string(QStringLiteral("language"));
    request->category = reader.string(QStringLiteral("category")).toUpper();
    request->parameterFormat = reader.string(QStringLiteral("parameter_format"));
    checkName(request->name, check);
    if (request->language.isEmpty())
        check.missing(QStringLiteral("language"));
    if (request->category.isEmpty())
        check.missing(QStringLiteral("category"));
    else if (!categories.contains(request->category))
        check.invalidParameter(QStringLiteral("Invalid category \"%1\"").arg(request->category));
    if (!request->parameterFormat.isEmpty() &&
        request->parameterFormat != QLatin1String("positional") &&
        request->parameterFormat != QLatin1String("named"))
        check.invalidParameter(
            QStringLiteral("Invalid parameter_format \"%1\"").arg(request->parameterFormat));

    int bodies = 0;
    for (WireReader &component : reader.children(QStringLiteral("components"))) {
        if (!isBodyComponent(component.json())) {
            request->otherComponents.append(component.json());
            continue;
        }
        if (++bodies == 1)
            readBody(component, request, check);
    }
    if (bodies == 0)
        check.missing(QStringLiteral("components['body']"));
    else if (bodies > 1)
        check.invalidParameter(QStringLiteral("A template has exactly one BODY component."));

    if (!readerError.isEmpty()) {
        *error = graphError(100, readerError);
        return false;
    }
    return !check.failed();
}

QJsonObject templateCreateResponseJson(const TemplateCreateResponse &response)
{
    return {{QStringLiteral("id"), response.id},
            {QStringLiteral("status"), response.status},
            {QStringLiteral("category"), response.category}};
}

bool parseTemplateCreateResponse(const QJsonObject &json, TemplateCreateResponse *response,
                                 QString *error)
{
    QString firstError;
    WireReader reader(json, QString(), &firstError);
    response->id = reader.string(QStringLiteral("id"), true);
    response->status = reader.string(QStringLiteral("status"), true);
    response->category = reader.string(QStringLiteral("category"));
    if (!firstError.isEmpty())
        *error = firstError;
    return firstError.isEmpty();
}

QJsonObject templateListResponseJson(const TemplateListPage &page)
{
    QJsonArray data;
    for (const TemplateSummary &summary : page.templates) {
        QJsonObject item{{QStringLiteral("name"), summary.name},
                         {QStringLiteral("category"), summary.category},
                         {QStringLiteral("status"), summary.status},
                         {QStringLiteral("id"), summary.id}};
        if (!summary.language.isEmpty())
            item.insert(QStringLiteral("language"), summary.language);
        data.append(item);
    }
    QJsonObject paging{
        {QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), page.before},
                                                {QStringLiteral("after"), page.after}}}};
    if (!page.next.isEmpty())
        paging.insert(QStringLiteral("next"), page.next);
    return {{QStringLiteral("data"), data}, {QStringLiteral("paging"), paging}};
}

bool parseTemplateListResponse(const QJsonObject &json, TemplateListPage *page, QString *error)
{
    QString firstError;
    WireReader reader(json, QString(), &firstError);
    for (WireReader &item : reader.children(QStringLiteral("data"), true)) {
        TemplateSummary summary;
        summary.id = item.string(QStringLiteral("id"), true);
        summary.name = item.string(QStringLiteral("name"));
        summary.language = item.string(QStringLiteral("language"));
        summary.category = item.string(QStringLiteral("category"));
        summary.status = item.string(QStringLiteral("status"));
        page->templates.append(summary);
    }
    WireReader paging = reader.child(QStringLiteral("paging"));
    WireReader cursors = paging.child(QStringLiteral("cursors"));
    page->before = cursors.string(QStringLiteral("before"));
    page->after = cursors.string(QStringLiteral("after"));
    page->next = paging.string(QStringLiteral("next"));
    if (!firstError.isEmpty())
        *error = firstError;
    return firstError.isEmpty();
}

} // namespace parley::whatsapp
