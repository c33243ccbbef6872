#include "core/whatsapp/graphrequestshape.h"

#include <QJsonArray>
#include <QStringList>

namespace parley::whatsapp {
namespace {

// One documented object: the keys it may have, and those of them it must have.
struct Shape {
    QStringList allowed;
    QStringList required;
};

// The per-type objects of a send. Sources, all on developers.facebook.com/documentation/
// business-messaging/whatsapp/messages/: text-messages (body, preview_url), image-messages,
// video-messages and document-messages (id|link, caption; document adds filename),
// audio-messages (id|link, voice: no caption), sticker-messages (id|link), location-messages,
// contacts-messages, interactive-*-messages, reaction-messages; templates/overview for template.
// id/link are checked by the reader (exactly one of them), not here.
const QHash<QString, Shape> &typeShapes()
{
    static const QHash<QString, Shape> shapes = {
        {QStringLiteral("text"), {{"body", "preview_url"}, {"body"}}},
        {QStringLiteral("image"), {{"id", "link", "caption"}, {}}},
        {QStringLiteral("video"), {{"id", "link", "caption"}, {}}},
        {QStringLiteral("document"), {{"id", "link", "caption", "filename"}, {}}},
        {QStringLiteral("audio"), {{"id", "link", "voice"}, {}}},
        {QStringLiteral("sticker"), {{"id", "link"}, {}}},
        {QStringLiteral("location"),
         {{"latitude", "longitude", "name", "address"}, {"latitude", "longitude"}}},
        {QStringLiteral("interactive"),
         {{"type", "header", "body", "footer", "action"}, {"type", "action"}}},
        {QStringLiteral("template"), {{"name", "language", "components"}, {"name", "language"}}},
        {QStringLiteral("reaction"), {{"message_id", "emoji"}, {"message_id", "emoji"}}},
    };
    return shapes;
}

// contacts is an array of these (contacts-messages).
const Shape contactShape{{"addresses", "birthday", "emails", "name", "org", "phones", "urls"},
                         {"name"}};
// template.components[] and their parameters[] (templates/overview, "Sending templates").
const Shape componentShape{{"type", "sub_type", "index", "parameters"}, {"type"}};
const Shape parameterShape{{"type", "text", "parameter_name", "currency", "date_time", "image",
                            "document", "video", "location", "payload", "coupon_code", "action",
                            "product", "limited_time_offer", "tap_target_configuration"},
                           {"type"}};
const Shape languageShape{{"code", "policy"}, {"code"}};
const Shape contextShape{{"message_id"}, {"message_id"}};
const Shape typingShape{{"type"}, {"type"}};

const QStringList sendKeys = {"messaging_product", "recipient_type",          "to", "type",
                              "context",           "biz_opaque_callback_data"};
const QStringList markReadKeys = {"messaging_product", "status", "message_id", "typing_indicator"};

bool unexpectedKey(const QString &key, const QString &param, GraphError *error)
{
    *error = graphError(100);
    error->message =
        QStringLiteral("(#100) Unexpected key \"%1\" on param \"%2\".").arg(key, param);
    return false;
}

bool missingKey(const QString &key, const QString &param, GraphError *error)
{
    *error =
        graphError(131008, QStringLiteral("The parameter %1['%2'] is required.").arg(param, key));
    return false;
}

// `value` (the param `param`) as an object of `shape`. A value that is not an object is left to
// the reader, which names the wrong type.
bool checkObject(const QJsonValue &value, const QString &param, const Shape &shape,
                 GraphError *error)
{
    if (!value.isObject())
        return true;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!shape.allowed.contains(it.key()))
            return unexpectedKey(it.key(), param, error);
    }
    for (const QString &key : shape.required) {
        if (!object.contains(key))
            return missingKey(key, param, error);
    }
    return true;
}

bool checkEach(const QJsonValue &value, const QString &param, const Shape &shape, GraphError *error)
{
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!checkObject(items.at(i), QStringLiteral("%1[%2]").arg(param).arg(i), shape, error))
            return false;
    }
    return true;
}

bool checkTemplate(const QJsonObject &json, GraphError *error)
{
    const QJsonObject object = json.value(QLatin1String("template")).toObject();
    if (!checkObject(object.value(QLatin1String("language")), QStringLiteral("language"),
                     languageShape, error))
        return false;
    const QJsonArray components = object.value(QLatin1String("components")).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString param = QStringLiteral("components[%1]").arg(i);
        if (!checkObject(components.at(i), param, componentShape, error) ||
            !checkEach(components.at(i).toObject().value(QLatin1String("parameters")),
                       param + QStringLiteral("['parameters']"), parameterShape, error))
            return false;
    }
    return true;
}

bool checkSend(const QJsonObject &json, GraphError *error)
{
    const QString type = json.value(QLatin1String("type")).toString();
    const bool contacts = type == QLatin1String("contacts");
    const auto shape = typeShapes().constFind(type);
    const bool documented = contacts || shape != typeShapes().constEnd();
    // The top level: the common keys and the object named by `type`, nothing else. Another
    // type's object ("document" on an image send) is as unexpected as a made-up key.
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!sendKeys.contains(it.key()) && !(documented && it.key() == type))
            return unexpectedKey(it.key(), QStringLiteral("message"), error);
    }
    if (!checkObject(json.value(QLatin1String("context")), QStringLiteral("context"), contextShape,
                     error))
        return false;
    const QString to = json.value(QLatin1String("to")).toString();
    if (!to.isEmpty() && !isValidRecipientFormat(to)) {
        *error = graphError(131009, QStringLiteral("Parameter to: \"%1\" is not a phone number "
                                                   "in a format WhatsApp accepts.")
                                        .arg(to));
        return false;
    }
    const QString recipientType = json.value(QLatin1String("recipient_type")).toString();
    if (!recipientType.isEmpty() && recipientType != QLatin1String("individual") &&
        recipientType != QLatin1String("group")) {
        *error = graphError(131009, QStringLiteral("Parameter recipient_type: must be "
                                                   "\"individual\" or \"group\"."));
        return false;
    }
    if (contacts)
        return checkEach(json.value(type), type, contactShape, error);
    if (!documented)
        return true; // the reader answers 131009 for an unknown type, or 131008 for none
    if (!json.contains(type))
        return missingKey(QStringLiteral("body"), type, error);
    if (!checkObject(json.value(type), type, *shape, error))
        return false;
    return type != QLatin1String("template") || checkTemplate(json, error);
}

} // namespace

bool checkMessagesRequestShape(const QJsonObject &json, GraphError *error)
{
    if (!json.contains(QLatin1String("status")))
        return checkSend(json, error);
    // Mark as read (mark-message-as-read), optionally with a typing indicator.
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!markReadKeys.contains(it.key()))
            return unexpectedKey(it.key(), QStringLiteral("message"), error);
    }
    return checkObject(json.value(QLatin1String("typing_indicator")),
                       QStringLiteral("typing_indicator"), typingShape, error);
}

bool isValidRecipientFormat(const QString &to)
{
    int digits = 0;
    for (qsizetype i = 0; i < to.size(); ++i) {
        const QChar c = to.at(i);
        if (c.unicode() >= '0' && c.unicode() <= '9')
            ++digits;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
                 c != QLatin1Char(' '))
            return false;
    }
    return digits > 0;
}

QString recipientE164(const QString &waId)
{
    return waId.startsWith(QLatin1Char('+')) ? waId : QLatin1Char('+') + waId;
}

} // namespace parley::whatsapp
