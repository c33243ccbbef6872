#include "hub/service/graphclient.h"

#include "core/whatsapp/mediasafety.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace parley::hub {

bool GraphClient::Reply::neverSent() const
{
    return httpStatus == 0 && (networkError == QNetworkReply::ConnectionRefusedError ||
                               networkError == QNetworkReply::HostNotFoundError ||
                               networkError == QNetworkReply::TemporaryNetworkFailureError ||
                               networkError == QNetworkReply::NetworkSessionFailedError);
}

QString GraphClient::withoutUrls(const QString &text)
{
    // Qt's texts name the URL ("Error transferring http://…/v23.0/… - server replied: …"); a
    // channel's Graph URL and ids are not for agents (docs/api.md), and a media URL may carry a
    // signed query.
    static const QRegularExpression url(QStringLiteral("\\b[a-zA-Z][a-zA-Z0-9+.-]*://\\S+"));
    QString cleaned = text;
    cleaned.replace(url, QStringLiteral("WhatsApp"));
    return cleaned;
}

QUrl GraphClient::graphUrl(const ChannelConfig &channel, const QString &path)
{
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    const QString route = question < 0 ? path : path.left(question);
    const QStringList segments = route.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (!whatsapp::isValidGraphPathSegment(segment))
            return {};
    }
    // The base is the admin's setting (scheme, host, port and version); the path only ever adds
    // segments below it.
    QUrl url(channel.graphUrl);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + segments.join(QLatin1Char('/')));
    if (question >= 0)
        url.setQuery(QUrlQuery(path.mid(question + 1)));
    return url;
}

QNetworkRequest GraphClient::request(const ChannelConfig &channel, const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + channel.accessToken.toUtf8());
    // A redirect would carry the token to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return request;
}

void GraphClient::refuse(const QString &why, std::function<void(const Reply &)> done)
{
    Reply refusal;
    refusal.networkError = QNetworkReply::ProtocolInvalidOperationError;
    refusal.networkErrorText = why;
    QTimer::singleShot(0, this, [refusal, done = std::move(done)] { done(refusal); });
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
        result.networkErrorText = withoutUrls(reply->errorString());
        done(result);
    });
}

void GraphClient::post(const ChannelConfig &channel, const QString &path, const QJsonObject &body,
                       std::function<void(const Reply &)> done)
{
    const QUrl url = graphUrl(channel, path);
    if (url.isEmpty()) {
        refuse(QStringLiteral("not a Graph path: %1").arg(path), std::move(done));
        return;
    }
    QNetworkRequest http = request(channel, url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    finish(m_network.post(http, QJsonDocument(body).toJson(QJsonDocument::Compact)),
           std::move(done));
}

void GraphClient::uploadMedia(const ChannelConfig &channel, const QByteArray &bytes,
                              const QString &mimeType, const QString &fileName,
                              std::function<void(const Reply &)> done)
{
    const QUrl url = graphUrl(channel, channel.channel.phoneNumberId + QStringLiteral("/media"));
    if (url.isEmpty()) {
        refuse(QStringLiteral("not a Graph phone number id: %1").arg(channel.channel.phoneNumberId),
               std::move(done));
        return;
    }
    // The MIME type comes from core's attachment rules; the file name from an agent, cleaned at
    // intake and here again, so no CR, LF or quote can add a header line to the part.
    const QByteArray type = whatsapp::servedMimeType(mimeType);
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const auto field = [multipart](const QByteArray &name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"") + name + '"');
        part.setBody(value);
        multipart->append(part);
    };
    field("messaging_product", "whatsapp");
    field("type", type);
    QHttpPart file;
    file.setRawHeader("Content-Type", type);
    file.setRawHeader("Content-Disposition", QByteArray("form-data; name=\"file\"; filename=\"") +
                                                 whatsapp::formDataFileName(fileName) + '"');
    file.setBody(bytes);
    multipart->append(file);
    QNetworkReply *reply = m_network.post(request(channel, url), multipart);
    multipart->setParent(reply);
    finish(reply, std::move(done));
}

void GraphClient::get(const ChannelConfig &channel, const QString &path,
                      std::function<void(const Reply &)> done)
{
    const QUrl url = graphUrl(channel, path);
    if (url.isEmpty()) {
        refuse(QStringLiteral("not a Graph path: %1").arg(path), std::move(done));
        return;
    }
    finish(m_network.get(request(channel, url)), std::move(done));
}

void GraphClient::deleteResource(const ChannelConfig &channel, const QString &path,
                                 std::function<void(const Reply &)> done)
{
    const QUrl url = graphUrl(channel, path);
    if (url.isEmpty()) {
        refuse(QStringLiteral("not a Graph path: %1").arg(path), std::move(done));
        return;
    }
    finish(m_network.deleteResource(request(channel, url)), std::move(done));
}

void GraphClient::downloadMedia(const ChannelConfig &channel, const QString &url,
                                std::function<void(const Reply &)> done)
{
    const QUrl target(url, QUrl::StrictMode);
    if (!whatsapp::isAllowedMediaDownloadUrl(target, QUrl(channel.graphUrl))) {
        refuse(QStringLiteral("media URL on a host that may not have the token: %1")
                   .arg(target.host()),
               std::move(done));
        return;
    }
    finish(m_network.get(request(channel, target)), std::move(done));
}

} // namespace parley::hub
