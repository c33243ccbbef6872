#pragma once

#include "core/http/httplimits.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QWebSocket;
class QWebSocketServer;

namespace parley::http {

class HttpConnection;

// The hub and the simulator talk HTTP only through this file: plain request and response values,
// a small router, and a server of our own on QTcpServer (docs/architecture.md, "HTTP server"):
// Qt HttpServer 6.4 buffered whole requests before any limit and had no timeouts.
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
// loop keeps serving other connections meanwhile. A response for a closed connection is dropped;
// a connection reads its next request only after this answer is written, so answers keep the
// order of the requests.
using HttpRespond = std::function<void(const HttpResponse &)>;
using AsyncHttpHandler = std::function<void(const HttpRequest &, HttpRespond respond)>;

// Counters for /metrics.
struct HttpServerStats {
    qint64 connectionsShed = 0;    // idle keep-alive connections closed to make room
    qint64 connectionsRefused = 0; // new connections closed at once: full and nothing idle
    qint64 timeouts = 0;           // idle, head or body timeouts
    qint64 requestsRefused = 0; // answered by the connection layer (400, 408, 411, 413, 431, …)
};

class HttpServer : public QObject {
    Q_OBJECT
public:
    explicit HttpServer(qint64 maxBodyBytes, QObject *parent = nullptr,
                        const HttpLimits &limits = HttpLimits());
    ~HttpServer() override;

    // `pattern` is matched against the whole path; its capture groups arrive in captures.
    // `maxBodyBytes` > 0 replaces the server's cap for this route (file uploads).
    void route(const QByteArray &method, const QString &pattern, HttpHandler handler,
               qint64 maxBodyBytes = 0);
    void routeAsync(const QByteArray &method, const QString &pattern, AsyncHttpHandler handler,
                    qint64 maxBodyBytes = 0);

    // Where each request's one log line goes (a JSON object); none by default.
    void setRequestLog(std::function<void(const QJsonObject &)> log) { m_log = std::move(log); }

    // Returns the bound port, 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);
    QList<quint16> serverPorts() const;

    const HttpLimits &limits() const { return m_limits; }
    const HttpServerStats &stats() const { return m_stats; }
    int openConnections() const;

    // WebSocket upgrades (GET with Upgrade: websocket), handshaken by QWebSocketServer.
    bool hasPendingWebSocketConnections() const;
    std::unique_ptr<QWebSocket> nextPendingWebSocketConnection();

signals:
    void newWebSocketConnection();

private:
    friend class HttpConnection;

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
    struct Match {
        const Route *route = nullptr;
        bool pathMatched = false;
        QStringList captures;
    };

    Match match(const QByteArray &method, const QString &path) const;
    // The body cap for a request, known from its head before any of the body is read.
    qint64 bodyCap(const QByteArray &method, const QString &path) const;
    // Answers now, or returns nothing after handing `respond` to an asynchronous route.
    std::optional<HttpResponse> dispatch(HttpRequest &request, HttpRespond respond);
    void log(const QByteArray &method, const QString &path, int status, qint64 bytesIn,
             qint64 bytesOut, qint64 nsecs);

    void acceptConnections();
    void acceptFailed();
    // Closes the connection idle the longest; false if none is idle.
    bool shedIdleConnection();
    void connectionFinished(HttpConnection *connection);
    void upgrade(HttpConnection *connection, QTcpSocket *socket);

    qint64 m_maxBodyBytes;
    HttpLimits m_limits;
    QList<Route> m_routes;
    // "METHOD path" → index of the plain route it matched: the answer of match() for the fixed
    // paths (webhooks, sync, login), so that those skip the patterns listed before them. Only
    // plain routes' paths go in, so it holds at most one entry per plain route; route() empties
    // it (an added route may come first for a path).
    mutable QHash<QString, qsizetype> m_plainMatches;
    std::function<void(const QJsonObject &)> m_log;
    QTcpServer *m_tcp;
    QWebSocketServer *m_webSockets;
    QList<HttpConnection *> m_connections;
    // Handed to QWebSocketServer, not yet taken by nextPendingWebSocketConnection().
    QList<QPointer<QTcpSocket>> m_upgrading;
    QList<QPointer<QTcpSocket>> m_upgraded; // WebSocket streams, counted against the cap
    HttpServerStats m_stats;
};

} // namespace parley::http
