#include "sim/templatestore.h"

#include "core/whatsapp/graphtemplatecomponents.h"
#include "sim/simids.h"

#include <QJsonArray>

namespace parley::sim {

const QRegularExpression &templatePlaceholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    return pattern;
}

QStringList templatePlaceholders(const QString &text)
{
    QStringList names;
    for (const QRegularExpressionMatch &match : templatePlaceholderPattern().globalMatch(text)) {
        if (!names.contains(match.captured(1)))
            names.append(match.captured(1));
    }
    return names;
}

namespace {

// As Graph lists them: component types in upper case ("BODY"), whatever case they came in.
QJsonArray componentsJson(const whatsapp::TemplateCreateRequest &request)
{
    QJsonArray components;
    for (const QJsonValue &value : whatsapp::templateCreateRequestJson(request)
                                       .value(QLatin1String("components"))
                                       .toArray()) {
        QJsonObject component = value.toObject();
        component.insert(QStringLiteral("type"),
                         component.value(QLatin1String("type")).toString().toUpper());
        components.append(component);
    }
    return components;
}

} // namespace

QJsonObject SimTemplate::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), request.name},
                     {QStringLiteral("language"), request.language},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("category"), request.category},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("parameter_format"), request.parameterFormat.isEmpty()
                                                              ? QStringLiteral("POSITIONAL")
                                                              : request.parameterFormat.toUpper()},
                     {QStringLiteral("components"), componentsJson(request)}};
    if (status == QLatin1String("REJECTED"))
        json.insert(QStringLiteral("rejected_reason"), rejectionReason);
    return json;
}

SimTemplate &TemplateStore::add(const whatsapp::TemplateCreateRequest &request, TimestampMs now)
{
    SimTemplate created;
    created.id = newGraphObjectId();
    created.request = request;
    created.bodyParameters = templatePlaceholders(request.bodyText);
    created.createdAt = now;
    m_templates.append(created);
    return m_templates.last();
}

const SimTemplate *TemplateStore::find(const QString &name, const QString &language) const
{
    for (const SimTemplate &candidate : m_templates) {
        if (candidate.name() == name && candidate.language() == language)
            return &candidate;
    }
    return nullptr;
}

SimTemplate *TemplateStore::byId(const QString &id)
{
    for (SimTemplate &candidate : m_templates) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

int TemplateStore::remove(const QString &name, const QString &hsmId)
{
    return int(m_templates.removeIf([&](const SimTemplate &candidate) {
        return candidate.name() == name && (hsmId.isEmpty() || candidate.id == hsmId);
    }));
}

MessageTemplate SimTemplate::parts() const
{
    MessageTemplate t;
    whatsapp::GraphError ignored; // checked when it was created
    whatsapp::parseGraphTemplateComponents(request.otherComponents, &t, &ignored);
    return t;
}

QList<SimTemplate> TemplateStore::list(const QString &status, const QString &name) const
{
    QList<SimTemplate> matching;
    for (const SimTemplate &candidate : m_templates) {
        if ((status.isEmpty() || candidate.status == status) &&
            (name.isEmpty() || candidate.name() == name))
            matching.append(candidate);
    }
    return matching;
}

} // namespace parley::sim
