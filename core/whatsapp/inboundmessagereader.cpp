#include "core/whatsapp/mediasafety.h"
#include "core/whatsapp/webhookreading.h"

#include "core/whatsapp/limits.h"

#include <QJsonDocument>
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

// The contacts[] entry of the sender: matched by phone, else by user id.
QJsonObject senderContact(const InboundMessage &message, const QJsonArray &contacts)
{
    for (const QJsonValue &contact : contacts) {
        const QJsonObject object = contact.toObject();
        const QString waId = object.value(QLatin1String("wa_id")).toString();
        const QString userId = object.value(QLatin1String("user_id")).toString();
        if ((!message.from.isEmpty() && waId == message.from) ||
            (!message.fromUserId.isEmpty() && userId == message.fromUserId))
            return object;
    }
    return {};
}

// Copies the string fields `keys` of `from` into a JSON object (absent ones are left out).
QJsonObject strings(WireReader &from, const QStringList &keys)
{
    QJsonObject out;
    for (const QString &key : keys) {
        const QString value = from.string(key);
        if (!value.isEmpty())
            out.insert(key, value);
    }
    return out;
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
    checkText(media, QStringLiteral("caption"), message->media.caption, maxCaptionLength);
    if (message->media.voice)
        message->details.insert(QStringLiteral("voice"), true);
    if (message->media.animated)
        message->details.insert(QStringLiteral("animated"), true);
}

void readLocation(WireReader &location, InboundMessage *message)
{
    InboundLocation &out = message->location;
    // Meta always sends both coordinates; a location without them would point at 0,0.
    out.latitude = location.number(QStringLiteral("latitude"), true);
    out.longitude = location.number(QStringLiteral("longitude"), true);
    if (location.ok() &&
        (out.latitude < -90 || out.latitude > 90 || out.longitude < -180 || out.longitude > 180))
        location.fail(QStringLiteral("latitude"), QStringLiteral("not a place on Earth"));
    out.name = location.string(QStringLiteral("name"));
    out.address = location.string(QStringLiteral("address"));
    out.url = location.string(QStringLiteral("url"));
    QJsonObject json{{QStringLiteral("latitude"), out.latitude},
                     {QStringLiteral("longitude"), out.longitude}};
    if (!out.name.isEmpty())
        json.insert(QStringLiteral("name"), out.name);
    if (!out.address.isEmpty())
        json.insert(QStringLiteral("address"), out.address);
    if (!out.url.isEmpty())
        json.insert(QStringLiteral("url"), out.url);
    message->details.insert(QStringLiteral("location"), json);
    QStringList lines;
    if (!out.name.isEmpty())
        lines << out.name;
    if (!out.address.isEmpty())
        lines << out.address;
    if (lines.isEmpty())
        lines
            << QStringLiteral("%1, %2").arg(out.latitude, 0, 'f', 6).arg(out.longitude, 0, 'f', 6);
    message->text = lines.join(QLatin1Char('\n'));
}

void readInteractive(WireReader &interactive, InboundMessage *message)
{
    InboundReply &reply = message->reply;
    reply.type = interactive.string(QStringLiteral("type"), true);
    if (!interactive.ok() || !interactive.has(reply.type))
        return;
    WireReader answer = interactive.child(reply.type);
    QJsonObject json{{QStringLiteral("type"), reply.type}};
    if (reply.type == QLatin1String("nfm_reply")) {
        reply.id = answer.string(QStringLiteral("name"));
        reply.title = answer.string(QStringLiteral("body"));
        reply.responseJson = answer.string(QStringLiteral("response_json"));
        json.insert(QStringLiteral("name"), reply.id);
        json.insert(QStringLiteral("body"), reply.title);
        // The Flow's answers: response_json is a JSON object in a string.
        QJsonParseError error;
        const QJsonDocument answers = QJsonDocument::fromJson(reply.responseJson.toUtf8(), &error);
        if (!reply.responseJson.isEmpty() &&
            (error.error != QJsonParseError::NoError || !answers.isObject()))
            answer.fail(QStringLiteral("response_json"), QStringLiteral("not a JSON object"));
        json.insert(QStringLiteral("fields"), answers.object());
    } else {
        reply.id = answer.string(QStringLiteral("id"));
        reply.title = answer.string(QStringLiteral("title"));
        reply.description = answer.string(QStringLiteral("description"));
        json.insert(QStringLiteral("id"), reply.id);
        json.insert(QStringLiteral("title"), reply.title);
        if (!reply.description.isEmpty())
            json.insert(QStringLiteral("description"), reply.description);
    }
    message->details.insert(QStringLiteral("reply"), json);
    message->text = reply.title;
}

// Each card keeps Meta's own shape (name, phones with wa_id, emails, org, addresses, urls,
// birthday); the kinds of its fields are checked so a hostile card is never served as data.
void readContacts(WireReader &parent, InboundMessage *message)
{
    QJsonArray cards;
    QStringList lines;
    for (WireReader &contact : parent.children(QStringLiteral("contacts"))) {
        WireReader name = contact.child(QStringLiteral("name"));
        const QString formatted = name.string(QStringLiteral("formatted_name"));
        strings(name, {QStringLiteral("first_name"), QStringLiteral("last_name"),
                       QStringLiteral("middle_name"), QStringLiteral("suffix"),
                       QStringLiteral("prefix")});
        QStringList phones;
        for (WireReader &phone : contact.children(QStringLiteral("phones"))) {
            strings(phone, {QStringLiteral("wa_id"), QStringLiteral("type")});
            phones << phone.string(QStringLiteral("phone"));
        }
        for (WireReader &email : contact.children(QStringLiteral("emails")))
            strings(email, {QStringLiteral("email"), QStringLiteral("type")});
        WireReader org = contact.child(QStringLiteral("org"));
        strings(org,
                {QStringLiteral("company"), QStringLiteral("department"), QStringLiteral("title")});
        contact.children(QStringLiteral("addresses"));
        contact.children(QStringLiteral("urls"));
        contact.string(QStringLiteral("birthday"));
        if (!formatted.isEmpty())
            message->contactNames << formatted;
        lines << (phones.isEmpty() ? formatted
                                   : QStringLiteral("%1 (%2)").arg(formatted, phones.join(", ")));
        cards.append(contact.json());
    }
    message->details.insert(QStringLiteral("contacts"), cards);
    message->text = lines.join(QLatin1Char('\n'));
}

void readOrder(WireReader &order, InboundMessage *message)
{
    QJsonObject json = strings(order, {QStringLiteral("catalog_id"), QStringLiteral("text")});
    QJsonArray items;
    QStringList lines;
    for (WireReader &item : order.children(QStringLiteral("product_items"))) {
        const QString product = item.string(QStringLiteral("product_retailer_id"), true);
        const qint64 quantity = item.integer(QStringLiteral("quantity"), true);
        const double price = item.number(QStringLiteral("item_price"));
        const QString currency = item.string(QStringLiteral("currency"));
        items.append(QJsonObject{{QStringLiteral("product_retailer_id"), product},
                                 {QStringLiteral("quantity"), quantity},
                                 {QStringLiteral("item_price"), price},
                                 {QStringLiteral("currency"), currency}});
        lines << QStringLiteral("%1 × %2 (%3 %4)")
                     .arg(quantity)
                     .arg(product)
                     .arg(price)
                     .arg(currency);
    }
    json.insert(QStringLiteral("items"), items);
    message->details.insert(QStringLiteral("order"), json);
    const QString note = order.string(QStringLiteral("text"));
    if (!note.isEmpty())
        lines.prepend(note);
    message->text = lines.join(QLatin1Char('\n'));
}

void readSystem(WireReader &system, InboundMessage *message)
{
    message->details.insert(
        QStringLiteral("system"),
        strings(system, {QStringLiteral("type"), QStringLiteral("body"), QStringLiteral("wa_id"),
                         QStringLiteral("new_wa_id"), QStringLiteral("customer"),
                         QStringLiteral("identity"), QStringLiteral("user_id")}));
    message->text = system.string(QStringLiteral("body"));
}

void readContext(WireReader &context, MessageContext *out)
{
    out->from = context.string(QStringLiteral("from"));
    out->messageId = context.string(QStringLiteral("id"));
    out->forwarded = context.boolean(QStringLiteral("forwarded"));
    out->frequentlyForwarded = context.boolean(QStringLiteral("frequently_forwarded"));
    if (out->messageId.size() > maxWamidLength)
        context.fail(QStringLiteral("id"), QStringLiteral("longer than 128 characters"));
}

// The object named after `type` in `message` (see parseWebhook on why it may be missing).
void readTypeObject(WireReader &message, const QString &type, InboundMessage *out)
{
    if (type == QLatin1String("contacts")) {
        readContacts(message, out);
        return;
    }
    if (!message.has(type))
        return;
    WireReader body = message.child(type);
    if (type == QLatin1String("text")) {
        out->text = body.string(QStringLiteral("body"));
        checkText(body, QStringLiteral("body"), out->text, maxTextBodyLength);
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
        out->details.insert(QStringLiteral("reply"),
                            QJsonObject{{QStringLiteral("type"), type},
                                        {QStringLiteral("payload"), out->reply.id},
                                        {QStringLiteral("text"), out->reply.title}});
    } else if (type == QLatin1String("reaction")) {
        out->reaction.messageId = body.string(QStringLiteral("message_id"), true);
        out->reaction.emoji = body.string(QStringLiteral("emoji"));
        out->text = out->reaction.emoji;
        checkWamid(body, QStringLiteral("message_id"), out->reaction.messageId);
        if (out->reaction.emoji.size() > 32) // one emoji, with modifiers and joiners
            body.fail(QStringLiteral("emoji"), QStringLiteral("longer than one emoji"));
    } else if (type == QLatin1String("order")) {
        readOrder(body, out);
    } else if (type == QLatin1String("system")) {
        readSystem(body, out);
    } else if (type == QLatin1String("unsupported")) {
        out->details.insert(QStringLiteral("unsupported_type"),
                            body.string(QStringLiteral("type")));
    } else if (type == QLatin1String("edit") || type == QLatin1String("revoke")) {
        out->originalMessageId = body.string(QStringLiteral("original_message_id"), true);
        checkWamid(body, QStringLiteral("original_message_id"), out->originalMessageId);
        if (type == QLatin1String("edit")) {
            WireReader edited = body.child(QStringLiteral("message"), true);
            out->editedType = edited.string(QStringLiteral("type"), true);
            if (body.ok() && (out->editedType == QLatin1String("edit") ||
                              out->editedType == QLatin1String("revoke")))
                edited.fail(QStringLiteral("type"), QStringLiteral("an edit of an edit"));
            else if (body.ok())
                readTypeObject(edited, out->editedType, out);
        }
    }
}

QJsonArray errorsJson(const QList<WebhookError> &errors)
{
    QJsonArray out;
    for (const WebhookError &error : errors)
        out.append(QJsonObject{{QStringLiteral("code"), error.code},
                               {QStringLiteral("title"), error.title},
                               {QStringLiteral("message"), error.message},
                               {QStringLiteral("details"), error.details}});
    return out;
}

} // namespace

WebhookError readWebhookError(WireReader &item)
{
    WebhookError error;
    error.code = static_cast<int>(item.integer(QStringLiteral("code"), true));
    error.title = item.string(QStringLiteral("title"));
    error.message = item.string(QStringLiteral("message"));
    error.details = item.child(QStringLiteral("error_data")).string(QStringLiteral("details"));
    error.href = item.string(QStringLiteral("href"));
    return error;
}

QList<WebhookError> readWebhookErrors(WireReader &parent, const QString &key)
{
    QList<WebhookError> errors;
    for (WireReader &item : parent.children(key))
        errors.append(readWebhookError(item));
    return errors;
}

InboundMessage readInboundMessage(WireReader &message, const WebhookOrigin &origin,
                                  const QJsonArray &contacts, TimestampMs now)
{
    InboundMessage out;
    out.origin = origin;
    out.raw = message.json();
    out.wamid = message.string(QStringLiteral("id"), true);
    out.from = message.string(QStringLiteral("from"));
    out.fromUserId = message.string(QStringLiteral("from_user_id"));
    if (out.from.isEmpty() && out.fromUserId.isEmpty() && message.ok())
        message.fail(QStringLiteral("from"), QStringLiteral("missing, and no from_user_id"));
    out.timestamp = message.seconds(QStringLiteral("timestamp"), true);
    out.type = message.string(QStringLiteral("type"), true);
    if (!message.ok())
        return out;
    checkWamid(message, QStringLiteral("id"), out.wamid);
    checkCustomerIds(message, QStringLiteral("from"), out.from, out.fromUserId);
    checkTimestamp(message, QStringLiteral("timestamp"), out.timestamp, now);
    const QJsonObject contact = senderContact(out, contacts);
    const QJsonObject profile = contact.value(QLatin1String("profile")).toObject();
    out.profileName = profile.value(QLatin1String("name")).toString();
    out.username = profile.value(QLatin1String("username")).toString();
    if (out.fromUserId.isEmpty())
        out.fromUserId = contact.value(QLatin1String("user_id")).toString();
    checkCustomerIds(message, QStringLiteral("from"), out.from, out.fromUserId);
    readTypeObject(message, out.type, &out);
    if (message.has(QStringLiteral("context"))) {
        WireReader context = message.child(QStringLiteral("context"));
        readContext(context, &out.context);
    }
    if (message.has(QStringLiteral("referral"))) {
        WireReader referral = message.child(QStringLiteral("referral"));
        out.details.insert(
            QStringLiteral("referral"),
            strings(referral, {QStringLiteral("source_url"), QStringLiteral("source_id"),
                               QStringLiteral("source_type"), QStringLiteral("headline"),
                               QStringLiteral("body"), QStringLiteral("media_type"),
                               QStringLiteral("image_url"), QStringLiteral("video_url"),
                               QStringLiteral("thumbnail_url"), QStringLiteral("ctwa_clid")}));
    }
    out.errors = readWebhookErrors(message, QStringLiteral("errors"));
    if (!out.errors.isEmpty())
        out.details.insert(QStringLiteral("errors"), errorsJson(out.errors));
    return out;
}

} // namespace parley::whatsapp::detail
