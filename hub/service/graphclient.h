#pragma once

#include "hub/store/channelrepository.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>

#include <functional>

namespace parley::hub {

// Calls to the Graph API in a channel's name: `{graph_url}/{path}` with its bearer token.
class GraphClient : public QObject {
    Q_OBJECT
public:
    struct Reply {
        int httpStatus = 0; // 0: no HTTP answer
        QJsonObject json;
        QByteArray raw;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorText;
        // True when the request cannot have reached Graph (refused, host not found), so a
        // retry cannot duplicate it.
        bool neverSent() const;
    };

    explicit GraphClient(QObject *parent = nullptr) : QObject(parent) {}

    void post(const ChannelConfig &channel, const QString &path, const QJsonObject &body,
              std::function<void(const Reply &)> done);
    // POST /<PHONE_NUMBER_ID>/media as Meta takes it: multipart with messaging_product, type
    // and the file.
    void uploadMedia(const ChannelConfig &channel, const QByteArray &bytes, const QString &mimeType,
                     const QString &fileName, std::function<void(const Reply &)> done);
    // GET of a Graph path (JSON) or of a full URL (bytes in `raw`), with the bearer token.
    void get(const ChannelConfig &channel, const QString &pathOrUrl,
             std::function<void(const Reply &)> done);

    static constexpr int timeoutMs = 30000;

private:
    void finish(QNetworkReply *reply, std::function<void(const Reply &)> done);
    QNetworkRequest request(const ChannelConfig &channel, const QString &pathOrUrl) const;

    QNetworkAccessManager m_network;
};

} // namespace parley::hub
