#include "core/protocol/templatecomponentcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parley {
namespace {

constexpr int maxButtonsRead = 50;

QString stringAt(const QJsonObject &json, const char *key, const QString &where, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString() && error->isEmpty())
        *error = QStringLiteral("%1.%2: not a string").arg(where, QLatin1String(key));
    return value.toString();
}

bool readHeader(const QJsonValue &value, TemplateHeader *header, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("header: not an object");
        return false;
    }
    const QJsonObject json = value.toObject();
    const QString where = QStringLiteral("header");
    const QString format = stringAt(json, "format", where, error);
    if (!templateHeaderFormatFromName(format, &header->format) && error->isEmpty())
        *error = QStringLiteral("header.format: unknown value \"%1\"").arg(format);
    header->text = stringAt(json, "text", where, error);
    header->example = stringAt(json, "example", where, error);
    return error->isEmpty();
}

bool readButton(const QJsonValue &value, int index, TemplateButton *button, QString *error)
{
    const QString where = QStringLiteral("buttons[%1]").arg(index);
    if (!value.isObject()) {
        *error = where + QStringLiteral(": not an object");
        return false;
    }
    const QJsonObject json = value.toObject();
    const QString type = stringAt(json, "type", where, error);
    if (!templateButtonTypeFromName(type, &button->type) && error->isEmpty())
        *error = QStringLiteral("%1.type: unknown value \"%2\"").arg(where, type);
    button->text = stringAt(json, "text", where, error);
    if (button->type == TemplateButtonType::Url) {
        button->value = stringAt(json, "url", where, error);
        button->example = stringAt(json, "example", where, error);
    } else if (button->type == TemplateButtonType::PhoneNumber) {
        button->value = stringAt(json, "phone_number", where, error);
    }
    return error->isEmpty();
}

} // namespace

void writeTemplateComponents(const MessageTemplate &t, QJsonObject *json)
{
    if (t.header.format != TemplateHeaderFormat::None) {
        QJsonObject header{{QStringLiteral("format"), templateHeaderFormatName(t.header.format)}};
        if (t.header.format == TemplateHeaderFormat::Text)
            header.insert(QStringLiteral("text"), t.header.text);
        if (!t.header.example.isEmpty())
            header.insert(QStringLiteral("example"), t.header.example);
        json->insert(QStringLiteral("header"), header);
    }
    json->insert(QStringLiteral("footer"), t.footer);
    QJsonArray buttons;
    for (const TemplateButton &button : t.buttons) {
        QJsonObject item{{QStringLiteral("type"), templateButtonTypeName(button.type)},
                         {QStringLiteral("text"), button.text}};
        if (button.type == TemplateButtonType::Url) {
            item.insert(QStringLiteral("url"), button.value);
            if (!button.example.isEmpty())
                item.insert(QStringLiteral("example"), button.example);
        } else if (button.type == TemplateButtonType::PhoneNumber) {
            item.insert(QStringLiteral("phone_number"), button.value);
        }
        buttons.append(item);
    }
    if (!buttons.isEmpty())
        json->insert(QStringLiteral("buttons"), buttons);
}

QJsonObject templateComponentsJson(const MessageTemplate &t)
{
    QJsonObject json;
    writeTemplateComponents(t, &json);
    return json;
}

bool readTemplateComponents(const QJsonObject &json, MessageTemplate *t, QString *error)
{
    QString problem;
    t->header = {};
    t->buttons.clear();
    if (!readHeader(json.value(QLatin1String("header")), &t->header, &problem)) {
        *error = problem;
        return false;
    }
    t->footer = stringAt(json, "footer", QStringLiteral("template"), &problem);
    const QJsonValue buttons = json.value(QLatin1String("buttons"));
    if (!buttons.isUndefined() && !buttons.isNull()) {
        if (!buttons.isArray())
            problem = QStringLiteral("buttons: not an array");
        else if (buttons.toArray().size() > maxButtonsRead)
            problem = QStringLiteral("buttons: more than %1").arg(maxButtonsRead);
        const QJsonArray items = buttons.toArray();
        for (int i = 0; problem.isEmpty() && i < items.size(); ++i) {
            TemplateButton button;
            if (readButton(items.at(i), i, &button, &problem))
                t->buttons.append(button);
        }
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

QString templateComponentsText(const MessageTemplate &t)
{
    return QString::fromUtf8(
        QJsonDocument(templateComponentsJson(t)).toJson(QJsonDocument::Compact));
}

void readTemplateComponentsText(const QString &text, MessageTemplate *t)
{
    QString ignored;
    readTemplateComponents(QJsonDocument::fromJson(text.toUtf8()).object(), t, &ignored);
}

} // namespace parley
