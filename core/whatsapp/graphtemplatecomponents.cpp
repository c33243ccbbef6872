#include "core/whatsapp/graphtemplatecomponents.h"

#include "core/whatsapp/requestcheck.h"

#include <QSet>

namespace parley::whatsapp {
namespace {

using detail::RequestCheck;

// A URL button's sample for Meta is the whole address with the sample suffix in place of {{1}}.
QString sampleUrl(const TemplateButton &button)
{
    QString url = button.value;
    url.chop(templateSuffixVariable().size());
    return url + button.example;
}

QJsonObject headerJson(const TemplateHeader &header)
{
    QJsonObject json{{QStringLiteral("type"), QStringLiteral("HEADER")},
                     {QStringLiteral("format"), templateHeaderFormatName(header.format)}};
    if (header.format == TemplateHeaderFormat::Text) {
        json.insert(QStringLiteral("text"), header.text);
        if (header.text.contains(templateSuffixVariable()))
            json.insert(QStringLiteral("example"),
                        QJsonObject{{QStringLiteral("header_text"), QJsonArray{header.example}}});
    } else {
        json.insert(QStringLiteral("example"),
                    QJsonObject{{QStringLiteral("header_handle"), QJsonArray{header.example}}});
    }
    return json;
}

QJsonObject buttonJson(const TemplateButton &button)
{
    QJsonObject json{{QStringLiteral("type"), templateButtonTypeName(button.type)},
                     {QStringLiteral("text"), button.text}};
    if (button.type == TemplateButtonType::Url) {
        json.insert(QStringLiteral("url"), button.value);
        if (button.value.endsWith(templateSuffixVariable()))
            json.insert(QStringLiteral("example"), QJsonArray{sampleUrl(button)});
    } else if (button.type == TemplateButtonType::PhoneNumber) {
        json.insert(QStringLiteral("phone_number"), button.value);
    }
    return json;
}

// Strict string reading: a present value of another type is Graph's 100.
QString stringField(const QJsonObject &json, const char *key, const QString &where,
                    RequestCheck &check)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isString())
        check.invalidParameter(
            QStringLiteral("Param %1['%2'] must be a string.").arg(where, QLatin1String(key)));
    return value.toString();
}

QString firstExample(const QJsonValue &value)
{
    const QJsonArray samples = value.toArray();
    return samples.isEmpty() ? QString() : samples.first().toString();
}

void readHeader(const QJsonObject &json, TemplateHeader *header, RequestCheck &check)
{
    const QString where = QStringLiteral("components['header']");
    const QString format = stringField(json, "format", where, check);
    if (format.isEmpty())
        check.missing(where + QStringLiteral("['format']"));
    else if (!templateHeaderFormatFromName(format, &header->format) ||
             header->format == TemplateHeaderFormat::None)
        check.invalidParameter(QStringLiteral("Invalid header format \"%1\"").arg(format));
    header->text = stringField(json, "text", where, check);
    const QJsonObject example = json.value(QLatin1String("example")).toObject();
    header->example = header->format == TemplateHeaderFormat::Text
                          ? firstExample(example.value(QLatin1String("header_text")))
                          : firstExample(example.value(QLatin1String("header_handle")));
}

void readButtons(const QJsonObject &json, QList<TemplateButton> *buttons, RequestCheck &check)
{
    const QJsonValue list = json.value(QLatin1String("buttons"));
    if (!list.isArray()) {
        check.missing(QStringLiteral("components['buttons']['buttons']"));
        return;
    }
    const QJsonArray items = list.toArray();
    for (int i = 0; i < items.size() && !check.failed(); ++i) {
        const QString where = QStringLiteral("buttons[%1]").arg(i);
        const QJsonObject item = items.at(i).toObject();
        TemplateButton button;
        const QString type = stringField(item, "type", where, check);
        if (type.isEmpty())
            check.missing(where + QStringLiteral("['type']"));
        else if (!templateButtonTypeFromName(type, &button.type))
            check.invalidParameter(QStringLiteral("Invalid button type \"%1\"").arg(type));
        button.text = stringField(item, "text", where, check);
        if (button.type == TemplateButtonType::Url) {
            button.value = stringField(item, "url", where, check);
            // Back from Meta's whole sample address to the suffix Parley keeps.
            QString prefix = button.value;
            prefix.chop(templateSuffixVariable().size());
            const QString sample = firstExample(item.value(QLatin1String("example")));
            if (button.value.endsWith(templateSuffixVariable()) && sample.startsWith(prefix))
                button.example = sample.mid(prefix.size());
        } else if (button.type == TemplateButtonType::PhoneNumber) {
            button.value = stringField(item, "phone_number", where, check);
        }
        buttons->append(button);
    }
}

} // namespace

QJsonArray graphTemplateComponents(const MessageTemplate &t)
{
    QJsonArray components;
    if (t.header.format != TemplateHeaderFormat::None)
        components.append(headerJson(t.header));
    if (!t.footer.isEmpty())
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                      {QStringLiteral("text"), t.footer}});
    if (!t.buttons.isEmpty()) {
        QJsonArray buttons;
        for (const TemplateButton &button : t.buttons)
            buttons.append(buttonJson(button));
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                                      {QStringLiteral("buttons"), buttons}});
    }
    return components;
}

bool parseGraphTemplateComponents(const QJsonArray &components, MessageTemplate *t,
                                  GraphError *error)
{
    RequestCheck check(error);
    QSet<QString> seen;
    for (const QJsonValue &value : components) {
        if (check.failed())
            break;
        const QJsonObject component = value.toObject();
        const QString type = component.value(QLatin1String("type")).toString().toUpper();
        if (type == QLatin1String("BODY"))
            continue;
        if (seen.contains(type)) {
            check.invalidParameter(
                QStringLiteral("A template has at most one %1 component.").arg(type));
            break;
        }
        seen.insert(type);
        if (type == QLatin1String("HEADER"))
            readHeader(component, &t->header, check);
        else if (type == QLatin1String("FOOTER"))
            t->footer =
                stringField(component, "text", QStringLiteral("components['footer']"), check);
        else if (type == QLatin1String("BUTTONS"))
            readButtons(component, &t->buttons, check);
        else
            check.invalidParameter(QStringLiteral("Invalid component type \"%1\"").arg(type));
    }
    return !check.failed();
}

} // namespace parley::whatsapp
