#include "hub/service/graphclient.h"

#include <QJsonDocument>

namespace parley::hub {

bool GraphClient::Reply::neverSent() const
{
    return httpStatus == 0 && (networkError == QNetworkReply::ConnectionRefusedError ||
                               networkError == QNetworkReply::HostNotFoundError ||
                               networkError == QNetworkReply::TemporaryNetworkFailureError ||
                               networkError == QNetworkReply::NetworkSessionFailedError);
}

void GraphClient::post(const ChannelConfig &channel, const QString &path, const QJsonObject &body,
                       std::function<void(const Reply &)> done)
{
    QNetworkRequest request(QUrl(channel.graphUrl + QLatin1Char('/') + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + channel.accessToken.toUtf8());
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Reply result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        result.networkError = reply->error();
        result.networkErrorText = reply->errorString();
        done(result);
    });
}

} // namespace parley::hub
