// inboundMessageJson(), declared in webhookbuilder.h: the messages[] item the simulator sends.
#include "core/whatsapp/webhookbuilder.h"

#include "core/whatsapp/webhookwriting.h"

#include <QJsonArray>

namespace parley::whatsapp {
namespace {

QJsonObject mediaJson(const QString &type, const InboundMedia &media)
{
    QJsonObject json{{QStringLiteral("id"), media.id},
                     {QStringLiteral("mime_type"), media.mimeType},
                     {QStringLiteral("sha256"), media.sha256}};
    if (!media.caption.isEmpty())
        json.insert(QStringLiteral("caption"), media.caption);
    if (!media.url.isEmpty())
        json.insert(QStringLiteral("url"), media.url);
    if (type == QLatin1String("document"))
        json.insert(QStringLiteral("filename"), media.filename);
    if (type == QLatin1String("audio"))
        json.insert(QStringLiteral("voice"), media.voice);
    if (type == QLatin1String("sticker"))
        json.insert(QStringLiteral("animated"), media.animated);
    return json;
}

QJsonObject locationJson(const InboundLocation &location)
{
    QJsonObject json{{QStringLiteral("latitude"), location.latitude},
                     {QStringLiteral("longitude"), location.longitude}};
    if (!location.name.isEmpty())
        json.insert(QStringLiteral("name"), location.name);
    if (!location.address.isEmpty())
        json.insert(QStringLiteral("address"), location.address);
    if (!location.url.isEmpty())
        json.insert(QStringLiteral("url"), location.url);
    return json;
}

QJsonObject interactiveJson(const InboundReply &reply)
{
    QJsonObject answer;
    if (reply.type == QLatin1String("nfm_reply")) {
        answer = {{QStringLiteral("name"), reply.id},
                  {QStringLiteral("body"), reply.title},
                  {QStringLiteral("response_json"), reply.responseJson}};
    } else {
        answer = {{QStringLiteral("id"), reply.id}, {QStringLiteral("title"), reply.title}};
        if (!reply.description.isEmpty())
            answer.insert(QStringLiteral("description"), reply.description);
    }
    return {{QStringLiteral("type"), reply.type}, {reply.type, answer}};
}

QJsonArray contactsJson(const QStringList &names, const QJsonObject &details)
{
    if (details.value(QLatin1String("contacts")).isArray())
        return details.value(QLatin1String("contacts")).toArray();
    QJsonArray contacts;
    for (const QString &name : names)
        contacts.append(QJsonObject{
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted_name"), name}}}});
    return contacts;
}

QJsonObject contextJson(const MessageContext &context)
{
    QJsonObject json;
    if (!context.from.isEmpty())
        json.insert(QStringLiteral("from"), context.from);
    if (!context.messageId.isEmpty())
        json.insert(QStringLiteral("id"), context.messageId);
    if (context.forwarded)
        json.insert(QStringLiteral("forwarded"), true);
    if (context.frequentlyForwarded)
        json.insert(QStringLiteral("frequently_forwarded"), true);
    return json;
}

// The object named after `type`, or an empty value for types without a modelled object.
QJsonValue typeObjectJson(const InboundMessage &message, const QString &type)
{
    if (type == QLatin1String("text"))
        return QJsonObject{{QStringLiteral("body"), message.text}};
    if (type == QLatin1String("image") || type == QLatin1String("video") ||
        type == QLatin1String("document") || type == QLatin1String("audio") ||
        type == QLatin1String("sticker"))
        return mediaJson(type, message.media);
    if (type == QLatin1String("location"))
        return locationJson(message.location);
    if (type == QLatin1String("contacts"))
        return contactsJson(message.contactNames, message.details);
    if (type == QLatin1String("interactive"))
        return interactiveJson(message.reply);
    if (type == QLatin1String("button"))
        return QJsonObject{{QStringLiteral("payload"), message.reply.id},
                           {QStringLiteral("text"), message.reply.title}};
    if (type == QLatin1String("reaction"))
        return QJsonObject{{QStringLiteral("message_id"), message.reaction.messageId},
                           {QStringLiteral("emoji"), message.reaction.emoji}};
    if (type == QLatin1String("revoke"))
        return QJsonObject{{QStringLiteral("original_message_id"), message.originalMessageId}};
    if (type == QLatin1String("edit")) {
        QJsonObject edited{{QStringLiteral("type"), message.editedType}};
        const QJsonValue content = typeObjectJson(message, message.editedType);
        if (!content.isUndefined())
            edited.insert(message.editedType, content);
        return QJsonObject{{QStringLiteral("original_message_id"), message.originalMessageId},
                           {QStringLiteral("message"), edited}};
    }
    const QJsonValue fromRaw = message.raw.value(type);
    return fromRaw.isUndefined() || fromRaw.isNull() ? QJsonValue(QJsonValue::Undefined) : fromRaw;
}

} // namespace

QJsonObject inboundMessageJson(const InboundMessage &message)
{
    QJsonObject json{{QStringLiteral("id"), message.wamid},
                     {QStringLiteral("timestamp"), detail::secondsString(message.timestamp)},
                     {QStringLiteral("type"), message.type}};
    if (!message.from.isEmpty())
        json.insert(QStringLiteral("from"), message.from);
    if (!message.fromUserId.isEmpty())
        json.insert(QStringLiteral("from_user_id"), message.fromUserId);
    const QJsonValue typeObject = typeObjectJson(message, message.type);
    if (!typeObject.isUndefined())
        json.insert(message.type, typeObject);
    const QJsonObject context = contextJson(message.context);
    if (!context.isEmpty())
        json.insert(QStringLiteral("context"), context);
    if (!message.errors.isEmpty())
        json.insert(QStringLiteral("errors"), detail::webhookErrorsJson(message.errors));
    const QJsonValue referral = message.details.value(QLatin1String("referral"));
    if (referral.isObject())
        json.insert(QStringLiteral("referral"), referral);
    return json;
}

} // namespace parley::whatsapp
