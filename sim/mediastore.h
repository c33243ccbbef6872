#pragma once

#include "core/domain/ids.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace parley::sim {

// Media the business uploaded and media customers sent, kept in memory for the sim's lifetime
// (Meta keeps uploads 30 days and webhook media 7; a sim run is shorter).
struct StoredMedia {
    QString id;
    QString mimeType;
    QString filename;
    QByteArray bytes;
    QString sha256Hex;
    bool fromCustomer = false;
    TimestampMs storedAt = 0;
};

// What Meta's media upload accepts (whatsapp-cloud-api.md §7): the empty string when `mimeType`
// and `size` are fine, else the reason for a 131053 "Media upload error". MIME parameters
// ("audio/ogg; codecs=opus") are ignored.
QString mediaUploadProblem(const QString &mimeType, qint64 size);
// The message type a MIME type is sent as: "image", "video", "audio", "document", "sticker".
QString messageTypeForMime(const QString &mimeType);

class MediaStore {
public:
    MediaStore();

    QString add(const QByteArray &bytes, const QString &mimeType, const QString &filename,
                bool fromCustomer, TimestampMs now);
    const StoredMedia *find(const QString &id) const;
    bool remove(const QString &id) { return m_media.remove(id) > 0; }
    int count() const { return int(m_media.size()); }

    // Graph's download URL, valid for five minutes like Meta's lookaside links:
    // <base>/whatsapp_business/attachments/?mid=ID&ext=EXPIRY&hash=HMAC. Only the sim can mint
    // a hash, so a URL cannot be guessed from a media id.
    QString downloadUrl(const QString &baseUrl, const QString &id, TimestampMs now) const;
    // The media a download URL's query names, or nullptr when it is unknown, tampered or expired.
    const StoredMedia *resolveDownload(const QString &mid, const QString &ext, const QString &hash,
                                       TimestampMs now) const;

private:
    QString urlHash(const QString &mid, const QString &ext) const;

    QHash<QString, StoredMedia> m_media;
    QByteArray m_urlKey;
};

} // namespace parley::sim
