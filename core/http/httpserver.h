#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace parley::http {

// Qt HttpServer 6.4 is a technical preview whose API changes in 6.8, so the hub talks to it only
// through this file: plain request and response values and a small router.
struct HttpRequest {
    QByteArray method; // "GET", "POST", …
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QStringList captures; // the route pattern's groups
    QHostAddress peer;    // the connection's remote address (a reverse proxy's, behind one)

    QByteArray header(const QByteArray &name) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse text(const QByteArray &text, int status = 200,
                             const QByteArray &contentType = "text/plain; charset=utf-8");
    // {"error": {"code": …, "message": …}}, the agent API's one error shape.
    static HttpResponse error(int status, const QString &code, const QString &message);
};

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;
// A handler that answers later (after a Graph call, say) by calling `respond` once, so the event
// loop keeps serving other requests meanwhile. A response for a closed connection is dropped.
using HttpRespond = std::function<void(const HttpResponse &)>;
using AsyncHttpHandler = std::function<void(const HttpRequest &, HttpRespond respond)>;

class HttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit HttpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

    // `pattern` is matched against the whole path; its capture groups arrive in captures.
    // `maxBodyBytes` > 0 replaces the server's cap for this route (file uploads).
    void route(const QByteArray &method, const QString &pattern, HttpHandler handler,
               qint64 maxBodyBytes = 0);
    void routeAsync(const QByteArray &method, const QString &pattern, AsyncHttpHandler handler);

    // Where each request's one log line goes (a JSON object); none by default.
    void setRequestLog(std::function<void(const QJsonObject &)> log) { m_log = std::move(log); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
        // The path itself when the pattern has no regular-expression syntax: most routes are
        // plain paths, and a string compare is far cheaper than a match on every request.
        QString literal;
        HttpHandler handler;
        qint64 maxBodyBytes;
        AsyncHttpHandler asyncHandler; // set instead of `handler` by routeAsync()
    };

    // Answers now, or returns nothing after handing `respond` to an asynchronous route.
    std::optional<HttpResponse> dispatch(const QHttpServerRequest &request, HttpRespond respond);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);

    qint64 m_maxBodyBytes;
    QList<Route> m_routes;
    std::function<void(const QJsonObject &)> m_log;
};

} // namespace parley::http
