#include "hub/service/graphclient.h"

#include <QHttpMultiPart>
#include <QJsonDocument>

namespace parley::hub {

bool GraphClient::Reply::neverSent() const
{
    return httpStatus == 0 && (networkError == QNetworkReply::ConnectionRefusedError ||
                               networkError == QNetworkReply::HostNotFoundError ||
                               networkError == QNetworkReply::TemporaryNetworkFailureError ||
                               networkError == QNetworkReply::NetworkSessionFailedError);
}

QNetworkRequest GraphClient::request(const ChannelConfig &channel, const QString &pathOrUrl) const
{
    const bool absolute = pathOrUrl.startsWith(QLatin1String("http://")) ||
                          pathOrUrl.startsWith(QLatin1String("https://"));
    QNetworkRequest request(
        QUrl(absolute ? pathOrUrl : channel.graphUrl + QLatin1Char('/') + pathOrUrl));
    request.setRawHeader("Authorization", "Bearer " + channel.accessToken.toUtf8());
    request.setTransferTimeout(timeoutMs);
    return request;
}

void GraphClient::finish(QNetworkReply *reply, std::function<void(const Reply &)> done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Reply result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.json = QJsonDocument::fromJson(result.raw).object();
        result.networkError = reply->error();
        result.networkErrorText = reply->errorString();
        done(result);
    });
}

void GraphClient::post(const ChannelConfig &channel, const QString &path, const QJsonObject &body,
                       std::function<void(const Reply &)> done)
{
    QNetworkRequest http = request(channel, path);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    finish(m_network.post(http, QJsonDocument(body).toJson(QJsonDocument::Compact)),
           std::move(done));
}

void GraphClient::uploadMedia(const ChannelConfig &channel, const QByteArray &bytes,
                              const QString &mimeType, const QString &fileName,
                              std::function<void(const Reply &)> done)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const auto field = [multipart](const QByteArray &name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"") + name + '"');
        part.setBody(value);
        multipart->append(part);
    };
    field("messaging_product", "whatsapp");
    field("type", mimeType.toUtf8());
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"") +
                       QString(fileName).remove(QLatin1Char('"')).toUtf8() + '"');
    file.setBody(bytes);
    multipart->append(file);
    QNetworkReply *reply = m_network.post(
        request(channel, channel.channel.phoneNumberId + QStringLiteral("/media")), multipart);
    multipart->setParent(reply);
    finish(reply, std::move(done));
}

void GraphClient::get(const ChannelConfig &channel, const QString &pathOrUrl,
                      std::function<void(const Reply &)> done)
{
    finish(m_network.get(request(channel, pathOrUrl)), std::move(done));
}

} // namespace parley::hub
