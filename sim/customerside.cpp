#include "sim/customerside.h"

#include "sim/placeholdermedia.h"
#include "sim/simids.h"
#include "sim/webhooksender.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace parley::sim {
namespace {

bool isMediaType(const QString &type)
{
    static const QStringList types = {QStringLiteral("image"), QStringLiteral("video"),
                                      QStringLiteral("audio"), QStringLiteral("document"),
                                      QStringLiteral("sticker")};
    return types.contains(type);
}

// Meta lets a customer press only a quick reply that the template message they were sent has:
// `text` must be the label of one of them.
bool templateOffersQuickReply(const SimContext &ctx, const QString &waId, const QString &wamid,
                              const QString &text)
{
    const SentMessage *sent = ctx.sent.find(wamid);
    if (!sent || sent->waId != waId || sent->request.type != QLatin1String("template"))
        return false;
    const SimTemplate *t =
        ctx.templates.find(sent->request.templateName, sent->request.templateLanguage);
    if (!t)
        return false;
    for (const TemplateButton &button : t->parts().buttons) {
        if (button.type == TemplateButtonType::QuickReply && button.text == text)
            return true;
    }
    return false;
}

// Stores the customer's file the way Meta does before the webhook leaves: the hub gets an id and
// fetches the bytes through GET /<MEDIA_ID> and the download URL.
whatsapp::InboundMedia storeMedia(SimContext &ctx, const CustomerWrite &write, const QString &waId)
{
    PlaceholderFile file;
    if (write.data.isEmpty())
        file = placeholderFile(write.type, write.mimeType, qHash(waId) ^ quint32(ctx.now()));
    else
        file = {write.data,
                write.mimeType.isEmpty() ? QStringLiteral("application/octet-stream")
                                         : write.mimeType,
                QString()};
    if (!write.filename.isEmpty())
        file.filename = write.filename;
    whatsapp::InboundMedia media;
    media.id = ctx.media.add(file.bytes, file.mimeType, file.filename, true, ctx.now());
    const StoredMedia *stored = ctx.media.find(media.id);
    media.mimeType = stored->mimeType;
    // Webhooks carry the digest in base64, GET /<MEDIA_ID> in hex, as Meta's examples show.
    media.sha256 =
        QString::fromLatin1(QByteArray::fromHex(stored->sha256Hex.toLatin1()).toBase64());
    media.filename = stored->filename;
    media.caption = write.text;
    media.url = ctx.media.downloadUrl(ctx.baseUrl, media.id, ctx.now());
    media.voice = write.voice;
    return media;
}

// Meta's contacts[] card (§2.1): names, and the phone with its wa_id.
QJsonArray contactCard(const CustomerWrite &write)
{
    const QString first = write.contactName.section(QLatin1Char(' '), 0, 0);
    const QString last = write.contactName.section(QLatin1Char(' '), 1);
    QJsonObject name{{QStringLiteral("formatted_name"), write.contactName},
                     {QStringLiteral("first_name"), first}};
    if (!last.isEmpty())
        name.insert(QStringLiteral("last_name"), last);
    const QString waId = waIdFromInput(write.contactPhone);
    QJsonObject phone{{QStringLiteral("phone"), write.contactPhone},
                      {QStringLiteral("type"), QStringLiteral("CELL")}};
    if (isPlausibleWaId(waId))
        phone.insert(QStringLiteral("wa_id"), waId);
    return {
        QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("phones"), QJsonArray{phone}}}};
}

} // namespace

std::optional<whatsapp::InboundMessage> customerWrites(SimContext &ctx, const CustomerWrite &write,
                                                       QString *error)
{
    const QString waId = waIdFromInput(write.from);
    if (!isPlausibleWaId(waId)) {
        *error = QStringLiteral("\"from\" must be a phone number of 8 to 15 digits, not starting "
                                "with 0");
        return std::nullopt;
    }
    whatsapp::InboundMessage message;
    message.type = write.type;
    if (write.type == QLatin1String("text")) {
        if (write.text.trimmed().isEmpty()) {
            *error = QStringLiteral("a text message needs \"text\"");
            return std::nullopt;
        }
        message.text = write.text;
    } else if (write.type == QLatin1String("button")) {
        // Meta's shape for a template's quick reply: the payload and title, in context of the
        // template message (`reply_to`).
        if (write.text.trimmed().isEmpty() || write.replyTo.isEmpty()) {
            *error = QStringLiteral("a button press needs its \"text\" and the template's "
                                    "wamid in \"reply_to\"");
            return std::nullopt;
        }
        if (!templateOffersQuickReply(ctx, waId, write.replyTo, write.text)) {
            *error = QStringLiteral("the template message %1 sent to %2 has no quick-reply "
                                    "button \"%3\"")
                         .arg(write.replyTo, waId, write.text);
            return std::nullopt;
        }
        message.reply.type = write.type;
        message.reply.id = write.buttonPayload.isEmpty() ? write.text : write.buttonPayload;
        message.reply.title = write.text;
        message.text = write.text;
    } else if (write.type == QLatin1String("reaction")) {
        if (write.reactionTo.isEmpty()) {
            *error = QStringLiteral("a reaction needs the wamid it reacts to");
            return std::nullopt;
        }
        message.reaction = {write.reactionTo, write.emoji};
        message.text = write.emoji;
    } else if (isMediaType(write.type)) {
        message.media = storeMedia(ctx, write, waId);
        message.text = write.text;
    } else if (write.type == QLatin1String("location")) {
        if (write.latitude < -90 || write.latitude > 90 || write.longitude < -180 ||
            write.longitude > 180) {
            *error = QStringLiteral("a location needs a latitude and a longitude");
            return std::nullopt;
        }
        message.location = {write.latitude, write.longitude, write.placeName, write.address,
                            QString()};
    } else if (write.type == QLatin1String("contacts")) {
        if (write.contactName.isEmpty() || write.contactPhone.isEmpty()) {
            *error = QStringLiteral("a contact card needs a name and a phone");
            return std::nullopt;
        }
        message.contactNames = {write.contactName};
        message.details.insert(QStringLiteral("contacts"), contactCard(write));
    } else if (write.type == QLatin1String("edit") || write.type == QLatin1String("revoke")) {
        if (write.original.isEmpty() ||
            (write.type == QLatin1String("edit") && write.text.trimmed().isEmpty())) {
            *error = QStringLiteral("an edit needs the wamid it changes and the new text; a "
                                    "deletion the wamid it deletes");
            return std::nullopt;
        }
        message.originalMessageId = write.original;
        if (write.type == QLatin1String("edit")) {
            message.editedType = QStringLiteral("text");
            message.text = write.text;
        }
    } else {
        *error = QStringLiteral("unknown message type \"%1\"").arg(write.type);
        return std::nullopt;
    }
    message.origin = ctx.origin();
    message.from = waId;
    message.profileName = write.name.isEmpty() ? ctx.customers.profileName(waId) : write.name;
    message.wamid = newWamid(waId);
    message.timestamp = write.at > 0 ? write.at : ctx.now();
    if (!write.replyTo.isEmpty())
        message.context = {ctx.options.displayNumber, write.replyTo, false, false};
    ctx.customers.customerWrote(waId, message.profileName, message.timestamp, message.wamid);
    ctx.webhooks->enqueue(message);
    return message;
}

} // namespace parley::sim
