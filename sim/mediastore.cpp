#include "sim/mediastore.h"

#include "sim/simids.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace parley::sim {
namespace {

constexpr qint64 megabyte = 1024 * 1024;
constexpr qint64 downloadUrlLifetimeMs = 5 * 60 * 1000;

struct MediaKind {
    const char *mimeType;
    const char *messageType;
    qint64 maxBytes;
};

// §7, "Supported types/limits". Stickers are held to the animated limit.
const MediaKind mediaKinds[] = {
    {"audio/aac", "audio", 16 * megabyte},
    {"audio/amr", "audio", 16 * megabyte},
    {"audio/mpeg", "audio", 16 * megabyte},
    {"audio/mp4", "audio", 16 * megabyte},
    {"audio/ogg", "audio", 16 * megabyte},
    {"text/plain", "document", 100 * megabyte},
    {"application/pdf", "document", 100 * megabyte},
    {"application/vnd.ms-excel", "document", 100 * megabyte},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "document",
     100 * megabyte},
    {"application/msword", "document", 100 * megabyte},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document",
     100 * megabyte},
    {"application/vnd.ms-powerpoint", "document", 100 * megabyte},
    {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "document",
     100 * megabyte},
    {"image/jpeg", "image", 5 * megabyte},
    {"image/png", "image", 5 * megabyte},
    {"image/webp", "sticker", 500 * 1024},
    {"video/3gpp", "video", 16 * megabyte},
    {"video/mp4", "video", 16 * megabyte},
};

const MediaKind *kindFor(const QString &mimeType)
{
    const QString bare = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    for (const MediaKind &kind : mediaKinds) {
        if (bare == QLatin1String(kind.mimeType))
            return &kind;
    }
    return nullptr;
}

} // namespace

QString mediaUploadProblem(const QString &mimeType, qint64 size)
{
    const MediaKind *kind = kindFor(mimeType);
    if (!kind)
        return QStringLiteral("Upload attempted with an unsupported media type: %1").arg(mimeType);
    if (size == 0)
        return QStringLiteral("The uploaded file is empty.");
    if (size > kind->maxBytes)
        return QStringLiteral("The file is %1 bytes; %2 media may be at most %3 bytes.")
            .arg(size)
            .arg(QLatin1String(kind->messageType))
            .arg(kind->maxBytes);
    return {};
}

QString messageTypeForMime(const QString &mimeType)
{
    const MediaKind *kind = kindFor(mimeType);
    return kind ? QString::fromLatin1(kind->messageType) : QStringLiteral("document");
}

MediaStore::MediaStore() : m_urlKey(QByteArray::number(QRandomGenerator::global()->generate64())) {}

QString MediaStore::add(const QByteArray &bytes, const QString &mimeType, const QString &filename,
                        bool fromCustomer, TimestampMs now)
{
    StoredMedia media;
    media.id = newGraphObjectId();
    media.mimeType = mimeType;
    media.filename = filename;
    media.bytes = bytes;
    media.sha256Hex =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    media.fromCustomer = fromCustomer;
    media.storedAt = now;
    m_media.insert(media.id, media);
    return media.id;
}

const StoredMedia *MediaStore::find(const QString &id) const
{
    const auto it = m_media.constFind(id);
    return it == m_media.cend() ? nullptr : &it.value();
}

QString MediaStore::urlHash(const QString &mid, const QString &ext) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash((mid + QLatin1Char(':') + ext).toUtf8(), m_urlKey,
                                         QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

QString MediaStore::downloadUrl(const QString &baseUrl, const QString &id, TimestampMs now) const
{
    const QString ext = QString::number((now + downloadUrlLifetimeMs) / 1000);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mid"), id);
    query.addQueryItem(QStringLiteral("ext"), ext);
    query.addQueryItem(QStringLiteral("hash"), urlHash(id, ext));
    return baseUrl + QStringLiteral("/whatsapp_business/attachments/?") +
           query.toString(QUrl::FullyEncoded);
}

const StoredMedia *MediaStore::resolveDownload(const QString &mid, const QString &ext,
                                               const QString &hash, TimestampMs now) const
{
    if (hash != urlHash(mid, ext) || ext.toLongLong() * 1000 < now)
        return nullptr;
    return find(mid);
}

} // namespace parley::sim
