#pragma once

#include <QJsonObject>
#include <QString>

namespace parley::whatsapp {

// Graph media endpoints (§7). Upload: POST /<PHONE_NUMBER_ID>/media → {"id": …}.
QJsonObject mediaUploadResponseJson(const QString &mediaId);
bool parseMediaUploadResponse(const QJsonObject &json, QString *mediaId, QString *error);

// GET /<MEDIA_ID> → where to download the file; the URL is valid for 5 minutes.
struct MediaUrlInfo {
    QString id;
    QString url;
    QString mimeType;
    QString sha256;
    qint64 fileSize = 0;
};

// file_size is written as a string, as in Meta's example ("303833").
QJsonObject mediaUrlResponseJson(const MediaUrlInfo &info);
// Takes file_size as a string or a number: Meta's docs show both.
bool parseMediaUrlResponse(const QJsonObject &json, MediaUrlInfo *info, QString *error);

} // namespace parley::whatsapp
