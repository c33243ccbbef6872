#pragma once

#include "hub/store/channelrepository.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>

#include <functional>

namespace parley::hub {

// Calls to the Graph API in a channel's name: `{graph_url}/{path}` with its bearer token. The
// token goes only to URLs built from the channel's Graph base and version, and to the media
// download URL Graph itself named (downloadMedia); redirects are never followed, so no answer
// can send it elsewhere.
class GraphClient : public QObject {
    Q_OBJECT
public:
    struct Reply {
        int httpStatus = 0; // 0: no HTTP answer
        QJsonObject json;
        QByteArray raw;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorText; // Qt's words with every URL in them replaced by "WhatsApp"
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
    // GET of a Graph path (JSON), e.g. "<MEDIA_ID>" or "<PHONE_NUMBER_ID>/whatsapp_business_profile
    // ?fields=about". Every path segment must pass whatsapp::isValidGraphPathSegment (no "..",
    // no URL): anything else is answered at once with networkError ProtocolInvalidOperation
    // and nothing is sent. The same holds for post().
    void get(const ChannelConfig &channel, const QString &path,
             std::function<void(const Reply &)> done);
    // DELETE of a Graph path, e.g. "<WABA_ID>/message_templates?name=…" (same path rules).
    void deleteResource(const ChannelConfig &channel, const QString &path,
                        std::function<void(const Reply &)> done);
    // The second hop of a media fetch: GET of the `url` Graph answered for a media id (bytes in
    // `raw`), with the bearer token as Meta requires, only when
    // whatsapp::isAllowedMediaDownloadUrl accepts it for the channel's Graph base; otherwise
    // refused like a bad path.
    void downloadMedia(const ChannelConfig &channel, const QString &url,
                       std::function<void(const Reply &)> done);

    static constexpr int timeoutMs = 30000;
    // `text` with every URL replaced by "WhatsApp".
    static QString withoutUrls(const QString &text);

private:
    void finish(QNetworkReply *reply, std::function<void(const Reply &)> done);
    // `{graph_url}/{path}`; an invalid URL when `path` is not made of valid segments.
    static QUrl graphUrl(const ChannelConfig &channel, const QString &path);
    QNetworkRequest request(const ChannelConfig &channel, const QUrl &url) const;
    // Answers `done` with a refusal on the next event loop turn, as a network error would.
    void refuse(const QString &why, std::function<void(const Reply &)> done);

    QNetworkAccessManager m_network;
};

} // namespace parley::hub
