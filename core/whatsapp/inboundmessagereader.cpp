#include "core/whatsapp/mediasafety.h"
#include "core/whatsapp/webhookreading.h"

#include <QJsonValue>

namespace parley::whatsapp::detail {
namespace {

bool isMediaType(const QString &type)
{
    static const QStringList mediaTypes = {QStringLiteral("image"), QStringLiteral("video"),
                                           QStringLiteral("document"), QStringLiteral("audio"),
                                           QStringLiteral("sticker")};
    return mediaTypes.contains(type);
}

QString profileNameFor(const QString &waId, const QJsonArray &contacts)
{
    for (const QJsonValue &contact : contacts) {
        const QJsonObject object = contact.toObject();
        if (object.value(QLatin1String("wa_id")).toString() == waId)
            return object.value(QLatin1String("profile"))
                .toObject()
                .value(QLatin1String("name"))
                .toString();
    }
    return {};
}

void readMedia(WireReader &media, InboundMessage *message)
{
    message->media.id = media.string(QStringLiteral("id"));
    // A customer chooses the file name and the MIME type; they reach headers and file dialogs
    // later, so no control character or line break is ever kept.
    message->media.mimeType = cleanMimeType(media.string(QStringLiteral("mime_type")));
    message->media.sha256 = media.string(QStringLiteral("sha256"));
    message->media.filename = cleanFileName(media.string(QStringLiteral("filename")));
    message->media.caption = media.string(QStringLiteral("caption"));
    message->media.url = media.string(QStringLiteral("url"));
    message->media.voice = media.boolean(QStringLiteral("voice"));
    message->media.animated = media.boolean(QStringLiteral("animated"));
    message->text = message->media.caption;
}

void readLocation(WireReader &location, InboundMessage *message)
{
    InboundLocation &out = message->location;
    // Meta always sends both coordinates; a location without them would point at 0,0.
    out.latitude = location.number(QStringLiteral("latitude"), true);
    out.longitude = location.number(QStringLiteral("longitude"), true);
    out.name = location.string(QStringLiteral("name"));
    out.address = location.string(QStringLiteral("address"));
    out.url = location.string(QStringLiteral("url"));
    QStringList lines;
    if (!out.name.isEmpty())
        lines << out.name;
    if (!out.address.isEmpty())
        lines << out.address;
    message->text = lines.join(QLatin1Char('\n'));
}

void readInteractive(WireReader &interactive, InboundMessage *message)
{
    InboundReply &reply = message->reply;
    reply.type = interactive.string(QStringLiteral("type"), true);
    if (!interactive.ok() || !interactive.has(reply.type))
        return;
    WireReader answer = interactive.child(reply.type);
    if (reply.type == QLatin1String("nfm_reply")) {
        reply.id = answer.string(QStringLiteral("name"));
        reply.title = answer.string(QStringLiteral("body"));
        reply.responseJson = answer.string(QStringLiteral("response_json"));
    } else {
        reply.id = answer.string(QStringLiteral("id"));
        reply.title = answer.string(QStringLiteral("title"));
        reply.description = answer.string(QStringLiteral("description"));
    }
    message->text = reply.title;
}

void readContacts(WireReader &parent, InboundMessage *message)
{
    for (WireReader &contact : parent.children(QStringLiteral("contacts"))) {
        WireReader name = contact.child(QStringLiteral("name"));
        const QString formatted = name.string(QStringLiteral("formatted_name"));
        if (!formatted.isEmpty())
            message->contactNames << formatted;
    }
    message->text = message->contactNames.join(QStringLiteral(", "));
}

void readContext(WireReader &context, MessageContext *out)
{
    out->from = context.string(QStringLiteral("from"));
    out->messageId = context.string(QStringLiteral("id"));
    out->forwarded = context.boolean(QStringLiteral("forwarded"));
    out->frequentlyForwarded = context.boolean(QStringLiteral("frequently_forwarded"));
}

// The type-specific object, when present (see parseWebhook on why it may be missing).
void readTypeObject(WireReader &message, InboundMessage *out)
{
    const QString &type = out->type;
    if (type == QLatin1String("contacts")) {
        readContacts(message, out);
        return;
    }
    if (!message.has(type))
        return;
    WireReader body = message.child(type);
    if (type == QLatin1String("text")) {
        out->text = body.string(QStringLiteral("body"));
    } else if (isMediaType(type)) {
        readMedia(body, out);
    } else if (type == QLatin1String("location")) {
        readLocation(body, out);
    } else if (type == QLatin1String("interactive")) {
        readInteractive(body, out);
    } else if (type == QLatin1String("button")) {
        out->reply.type = type;
        out->reply.id = body.string(QStringLiteral("payload"));
        out->reply.title = body.string(QStringLiteral("text"));
        out->text = out->reply.title;
    } else if (type == QLatin1String("reaction")) {
        out->reaction.messageId = body.string(QStringLiteral("message_id"), true);
        out->reaction.emoji = body.string(QStringLiteral("emoji"));
        out->text = out->reaction.emoji;
    } else if (type == QLatin1String("order")) {
        out->text = body.string(QStringLiteral("text"));
    } else if (type == QLatin1String("system")) {
        out->text = body.string(QStringLiteral("body"));
    }
}

} // namespace

QList<WebhookError> readWebhookErrors(WireReader &parent, const QString &key)
{
    QList<WebhookError> errors;
    for (WireReader &item : parent.children(key)) {
        WebhookError error;
        error.code = static_cast<int>(item.integer(QStringLiteral("code"), true));
        error.title = item.string(QStringLiteral("title"));
        error.message = item.string(QStringLiteral("message"));
        error.details = item.child(QStringLiteral("error_data")).string(QStringLiteral("details"));
        error.href = item.string(QStringLiteral("href"));
        errors.append(error);
    }
    return errors;
}

InboundMessage readInboundMessage(WireReader &message, const WebhookOrigin &origin,
                                  const QJsonArray &contacts)
{
    InboundMessage out;
    out.origin = origin;
    out.raw = message.json();
    out.wamid = message.string(QStringLiteral("id"), true);
    out.from = message.string(QStringLiteral("from"), true);
    out.timestamp = message.seconds(QStringLiteral("timestamp"), true);
    out.type = message.string(QStringLiteral("type"), true);
    if (!message.ok())
        return out;
    out.profileName = profileNameFor(out.from, contacts);
    readTypeObject(message, &out);
    if (message.has(QStringLiteral("context"))) {
        WireReader context = message.child(QStringLiteral("context"));
        readContext(context, &out.context);
    }
    out.errors = readWebhookErrors(message, QStringLiteral("errors"));
    return out;
}

} // namespace parley::whatsapp::detail
