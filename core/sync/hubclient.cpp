#include "core/sync/hubclient.h"

#include "core/sync/filedownload.h"

#include <QJsonDocument>
#include <QNetworkReply>

#include <utility>

namespace parley {

HubClient::HubClient(QObject *parent) : QObject(parent) {}

void HubClient::setToken(const QString &token)
{
    m_token = token;
    releaseHeld();
}

void HubClient::releaseHeld()
{
    m_holding = false;
    // In the order they were made; a callback may make new calls meanwhile, which go out now.
    const QList<HeldCall> held = std::exchange(m_held, {});
    for (const HeldCall &call : held)
        dispatch(call.method, call.path, call.body, call.idempotencyKey, call.done);
}

void HubClient::login(const QString &login, const QString &password,
                      std::function<void(const Reply &, const LoginReply &)> done)
{
    // Never held: signing in is how a token comes.
    dispatch("POST", QStringLiteral("/api/v1/login"),
             QJsonDocument(toJson(LoginRequest{login, password})).toJson(QJsonDocument::Compact),
             {}, [this, done = std::move(done)](const Reply &reply) {
                 LoginReply session;
                 QString problem;
                 if (reply.ok() && fromJson(reply.json, &session, &problem))
                     m_token = session.token;
                 done(reply, session);
             });
}

void HubClient::get(const QString &path, Callback done)
{
    send("GET", path, {}, {}, std::move(done));
}

void HubClient::post(const QString &path, const QJsonObject &body, Callback done,
                     const QByteArray &idempotencyKey)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), idempotencyKey,
         std::move(done));
}

void HubClient::remove(const QString &path, Callback done)
{
    send("DELETE", path, {}, {}, std::move(done));
}

QNetworkRequest HubClient::request(const QString &path) const
{
    QUrl url = m_hub;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    // Without bytes for this long the call fails: a stalled hub, not a slow large file.
    request.setTransferTimeout(20000);
    return request;
}

FileDownload *HubClient::download(const QString &path, const QString &targetPath, qint64 maxBytes)
{
    QNetworkReply *reply = m_network.get(request(path));
    auto *download = new FileDownload(reply, targetPath, maxBytes, this);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401 &&
            !m_token.isEmpty())
            emit unauthorized();
    });
    return download;
}

void HubClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                     const QByteArray &idempotencyKey, Callback done)
{
    if (m_holding) {
        m_held.append({method, path, body, idempotencyKey, std::move(done)});
        return;
    }
    dispatch(method, path, body, idempotencyKey, std::move(done));
}

void HubClient::dispatch(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &idempotencyKey, Callback done)
{
    QNetworkRequest request = this->request(path);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        // Only the delta-seconds form (the hub's); a date or anything unreadable counts as none.
        const int retryAfter = reply->rawHeader("Retry-After").toInt();
        result.retryAfterSeconds = retryAfter > 0 && retryAfter <= 24 * 3600 ? retryAfter : 0;
        if (!result.ok()) {
            QString problem;
            if (!fromJson(result.json, &result.error, &problem))
                result.error = {result.status == 0 ? QStringLiteral("hub_unreachable")
                                                   : QStringLiteral("http_%1").arg(result.status),
                                reply->errorString()};
        }
        if (result.status == 401 && !m_token.isEmpty())
            emit unauthorized();
        if (done)
            done(result);
    });
}

} // namespace parley
