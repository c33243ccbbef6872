#pragma once

#include "core/protocol/commands.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace parley {

class FileDownload;

// The desktop's REST calls to the hub (login and commands), asynchronous so that the UI thread
// never waits on the network. Data comes back through the sync stream into the mirror; a
// command's reply only says whether the hub took it.
class HubClient : public QObject {
    Q_OBJECT
public:
    struct Reply {
        int status = 0; // 0: the hub could not be reached
        QJsonObject json;
        QByteArray body;  // as the hub sent it: for replies that are not JSON (CSV exports)
        ErrorReply error; // filled when status is not 2xx
        int retryAfterSeconds = 0; // a 429's or 503's Retry-After, when the hub sent one
        bool ok() const { return status >= 200 && status < 300; }
    };
    using Callback = std::function<void(const Reply &)>;

    explicit HubClient(QObject *parent = nullptr);

    void setHub(const QUrl &hub) { m_hub = hub; }
    QUrl hub() const { return m_hub; }
    // Releases the calls held by holdUntilToken(), now with this token.
    void setToken(const QString &token);
    QString token() const { return m_token; }
    // The window may open before the keychain has answered (DesktopApp): calls made meanwhile
    // wait here instead of reaching the hub without a token, and go out at setToken(), or at
    // releaseHeld() when there is no token to give them (the hub then answers 401). login() and
    // download() never wait.
    void holdUntilToken() { m_holding = true; }
    void releaseHeld();
    bool isHolding() const { return m_holding; }

    void login(const QString &login, const QString &password,
               std::function<void(const Reply &, const LoginReply &)> done);
    void get(const QString &path, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done,
              const QByteArray &idempotencyKey = {});
    void remove(const QString &path, Callback done);
    // GET `path` streamed into the file `targetPath` (see FileDownload): for files, whose bytes
    // must not pass through memory whole. A body longer than `maxBytes` fails the download.
    FileDownload *download(const QString &path, const QString &targetPath, qint64 maxBytes);

signals:
    // Any call answered 401: the session is over.
    void unauthorized();

private:
    QNetworkRequest request(const QString &path) const;
    struct HeldCall {
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray idempotencyKey;
        Callback done;
    };
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              const QByteArray &idempotencyKey, Callback done);
    void dispatch(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QByteArray &idempotencyKey, Callback done);

    QNetworkAccessManager m_network;
    QUrl m_hub;
    QString m_token;
    bool m_holding = false;
    QList<HeldCall> m_held;
};

} // namespace parley
