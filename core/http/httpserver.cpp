#include "core/http/httpserver.h"

#include "core/http/httpconnection.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcHttp, "parley.http")

namespace parley::http {
namespace {

// Descriptors kept free for the store, its journal, logs and outgoing Graph calls.
constexpr int reservedDescriptors = 64;

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::text(const QByteArray &text, int status, const QByteArray &contentType)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = text;
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}},
                status);
}

HttpServer::HttpServer(qint64 maxBodyBytes, QObject *parent, const HttpLimits &limits)
    : QObject(parent), m_maxBodyBytes(maxBodyBytes), m_limits(limits), m_tcp(new QTcpServer(this)),
      m_webSockets(
          new QWebSocketServer(QStringLiteral("parley"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    connect(m_tcp, &QTcpServer::acceptError, this, &HttpServer::acceptFailed);
    m_webSockets->setHandshakeTimeout(m_limits.headTimeoutMs);
    connect(m_webSockets, &QWebSocketServer::newConnection, this,
            &HttpServer::newWebSocketConnection);
}

HttpServer::~HttpServer() = default;

void HttpServer::route(const QByteArray &method, const QString &pattern, HttpHandler handler,
                       qint64 maxBodyBytes)
{
    const bool plain = std::none_of(pattern.cbegin(), pattern.cend(), [](QChar c) {
        return QStringView(u"\\^$.|?*+()[]{}").contains(c);
    });
    m_plainMatches.clear();
    m_routes.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)),
                     plain ? pattern : QString(), std::move(handler),
                     maxBodyBytes > 0 ? maxBodyBytes : m_maxBodyBytes, AsyncHttpHandler()});
}

void HttpServer::routeAsync(const QByteArray &method, const QString &pattern,
                            AsyncHttpHandler handler, qint64 maxBodyBytes)
{
    route(method, pattern, HttpHandler(), maxBodyBytes);
    m_routes.last().asyncHandler = std::move(handler);
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    // Past the descriptor limit accept() fails and nothing is answered; the cap stays below it
    // so that a full server sheds idle connections instead (LimitNOFILE, docs/operations.md).
    rlimit descriptors{};
    if (getrlimit(RLIMIT_NOFILE, &descriptors) == 0 && descriptors.rlim_cur != RLIM_INFINITY) {
        const int room = int(qMin<rlim_t>(descriptors.rlim_cur, 1 << 30)) - reservedDescriptors;
        if (m_limits.maxConnections > room) {
            qCWarning(lcHttp, "%d connections do not fit %d descriptors; at most %d are kept open",
                      m_limits.maxConnections, int(descriptors.rlim_cur), qMax(1, room));
            m_limits.maxConnections = qMax(1, room);
        }
    }
    if (!m_tcp->listen(address, port))
        return 0;
    return m_tcp->serverPort();
}

QList<quint16> HttpServer::serverPorts() const
{
    if (!m_tcp->isListening())
        return {};
    return {m_tcp->serverPort()};
}

int HttpServer::openConnections() const
{
    const auto streams = std::count_if(
        m_upgraded.cbegin(), m_upgraded.cend(), [](const QPointer<QTcpSocket> &socket) {
            return socket && socket->state() != QAbstractSocket::UnconnectedState;
        });
    return int(m_connections.size() + streams);
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (openConnections() >= m_limits.maxConnections && !shedIdleConnection()) {
            ++m_stats.connectionsRefused;
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->flush();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.append(new HttpConnection(socket, *this));
    }
}

void HttpServer::acceptFailed()
{
    // Qt pauses accepting after a hard error such as EMFILE; accepting again at once would
    // fail again in a busy loop. Make room if we can and try again a little later.
    const bool shed = shedIdleConnection();
    qCWarning(lcHttp, "accept failed: %s", qPrintable(m_tcp->errorString()));
    QTimer::singleShot(shed ? 50 : 500, m_tcp, &QTcpServer::resumeAccepting);
}

bool HttpServer::shedIdleConnection()
{
    HttpConnection *oldest = nullptr;
    for (HttpConnection *connection : std::as_const(m_connections)) {
        if (connection->isIdle() && (!oldest || connection->idleSinceMs() < oldest->idleSinceMs()))
            oldest = connection;
    }
    if (!oldest)
        return false;
    ++m_stats.connectionsShed;
    oldest->shed();
    return true;
}

void HttpServer::connectionFinished(HttpConnection *connection)
{
    if (m_connections.removeOne(connection))
        connection->deleteLater();
}

void HttpServer::upgrade(HttpConnection *connection, QTcpSocket *socket)
{
    socket->disconnect(connection);
    socket->setParent(this);
    connectionFinished(connection);
    // Counted while it lives (a QPointer: Qt's WebSocket code drops signal connections).
    m_upgraded.removeAll(nullptr);
    m_upgraded.append(socket);
    // A failed or timed-out handshake ends here; a socket taken by a QWebSocket is its own.
    // QWebSocketServer does the same before the handshake; QWebSocket lets go of a deleted one.
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_upgrading.removeAll(socket);
        socket->deleteLater();
    });
    // Live frames are small: without this, Nagle's algorithm holds each one until the
    // client's delayed ACK, adding up to 40 ms. QWebSocket cannot set it after the upgrade.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_upgrading.append(socket);
    m_webSockets->handleConnection(socket);
}

bool HttpServer::hasPendingWebSocketConnections() const
{
    return m_webSockets->hasPendingConnections();
}

std::unique_ptr<QWebSocket> HttpServer::nextPendingWebSocketConnection()
{
    QWebSocket *webSocket = m_webSockets->nextPendingConnection();
    if (!webSocket)
        return {};
    webSocket->setParent(nullptr);
    // The TCP socket goes with its WebSocket: whoever ends the stream frees the descriptor.
    m_upgrading.removeAll(nullptr);
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_upgrading)) {
        if (socket->peerPort() == webSocket->peerPort() &&
            socket->peerAddress() == webSocket->peerAddress()) {
            socket->setParent(webSocket);
            // Qt's WebSocket code may take the socket out of the family; it goes with the stream.
            QPointer<QTcpSocket> guard(socket);
            connect(webSocket, &QObject::destroyed, this, [guard] {
                if (guard)
                    guard->deleteLater();
            });
            m_upgrading.removeAll(socket);
            break;
        }
    }
    return std::unique_ptr<QWebSocket>(webSocket);
}

HttpServer::Match HttpServer::match(const QByteArray &method, const QString &path) const
{
    Match found;
    const QString key = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    if (const auto known = m_plainMatches.constFind(key); known != m_plainMatches.cend()) {
        found.route = &m_routes.at(*known);
        found.pathMatched = true;
        return found;
    }
    for (const Route &route : m_routes) {
        if (!route.literal.isEmpty() && route.literal != path)
            continue;
        QRegularExpressionMatch groups;
        if (route.literal.isEmpty()) {
            groups = route.pattern.match(path);
            if (!groups.hasMatch())
                continue;
        }
        found.pathMatched = true;
        if (route.method != method)
            continue;
        found.route = &route;
        if (route.literal.isEmpty())
            found.captures = groups.capturedTexts().mid(1);
        else
            m_plainMatches.insert(key, &route - m_routes.constData());
        return found;
    }
    return found;
}

qint64 HttpServer::bodyCap(const QByteArray &method, const QString &path) const
{
    const Match found = match(method, path);
    return found.route ? found.route->maxBodyBytes : m_maxBodyBytes;
}

std::optional<HttpResponse> HttpServer::dispatch(HttpRequest &request, HttpRespond respond)
{
    const Match found = match(request.method, request.path);
    if (!found.route) {
        if (found.pathMatched)
            return HttpResponse::error(
                405, QStringLiteral("method_not_allowed"),
                QStringLiteral("%1 is not allowed here.").arg(QString::fromLatin1(request.method)));
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("No such resource: %1").arg(request.path));
    }
    request.captures = found.captures;
    if (found.route->asyncHandler) {
        found.route->asyncHandler(request, std::move(respond));
        return std::nullopt;
    }
    return found.route->handler(request);
}

void HttpServer::log(const QByteArray &method, const QString &path, int status, qint64 bytesIn,
                     qint64 bytesOut, qint64 nsecs)
{
    if (!m_log)
        return;
    m_log({{QStringLiteral("method"), QString::fromLatin1(method)},
           {QStringLiteral("path"), path},
           {QStringLiteral("status"), status},
           {QStringLiteral("bytes_in"), bytesIn},
           {QStringLiteral("bytes_out"), bytesOut},
           {QStringLiteral("ms"), double(nsecs / 1000) / 1000.0}});
}

} // namespace parley::http
