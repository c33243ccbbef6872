#include "sim/customerside.h"

#include "sim/placeholdermedia.h"
#include "sim/simids.h"
#include "sim/webhooksender.h"

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
