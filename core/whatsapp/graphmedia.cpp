#include "core/whatsapp/graphmedia.h"

#include "core/whatsapp/wirereader.h"

namespace parley::whatsapp {

QJsonObject mediaUploadResponseJson(const QString &mediaId)
{
    return {{QStringLiteral("id"), mediaId}};
}

bool parseMediaUploadResponse(const QJsonObject &json, QString *mediaId, QString *error)
{
    QString firstError;
    WireReader reader(json, QString(), &firstError);
    *mediaId = reader.string(QStringLiteral("id"), true);
    if (!firstError.isEmpty())
        *error = firstError;
    return firstError.isEmpty();
}

QJsonObject mediaUrlResponseJson(const MediaUrlInfo &info)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("url"), info.url},
            {QStringLiteral("mime_type"), info.mimeType},
            {QStringLiteral("sha256"), info.sha256},
            {QStringLiteral("file_size"), QString::number(info.fileSize)},
            {QStringLiteral("id"), info.id}};
}

bool parseMediaUrlResponse(const QJsonObject &json, MediaUrlInfo *info, QString *error)
{
    QString firstError;
    WireReader reader(json, QString(), &firstError);
    info->id = reader.string(QStringLiteral("id"), true);
    info->url = reader.string(QStringLiteral("url"), true);
    info->mimeType = reader.string(QStringLiteral("mime_type"));
    info->sha256 = reader.string(QStringLiteral("sha256"));
    info->fileSize = reader.integer(QStringLiteral("file_size"));
    if (!firstError.isEmpty())
        *error = firstError;
    return firstError.isEmpty();
}

} // namespace parley::whatsapp
