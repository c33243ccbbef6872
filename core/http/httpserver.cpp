#include "core/http/httpserver.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>

#include <algorithm>

namespace parley::http {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

qint64 declaredOrActualSize(const QHttpServerRequest &request)
{
    return qMax(request.value("content-length").toLongLong(), qint64(request.body().size()));
}

HttpResponse tooLarge(qint64 cap)
{
    return HttpResponse::error(413, QStringLiteral("too_large"),
                               QStringLiteral("The body is larger than %1 bytes.").arg(cap));
}

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

namespace {

QJsonObject logLine(const QByteArray &method, const QString &path, const HttpResponse &response,
                    qint64 bytesIn, qint64 nsecs)
{
    return {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), path},
            {QStringLiteral("status"), response.status},
            {QStringLiteral("bytes_in"), bytesIn},
            {QStringLiteral("bytes_out"), response.body.size()},
            {QStringLiteral("ms"), double(nsecs / 1000) / 1000.0}};
}

// HTTP/1.1 by hand, for an answer given after handleRequest() returned.
void writeRaw(QTcpSocket *socket, const HttpResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) +
                     (response.status < 400 ? " OK\r\n" : " Error\r\n");
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
}

} // namespace

HttpServer::HttpServer(qint64 maxBodyBytes, QObject *parent)
    : QAbstractHttpServer(parent), m_maxBodyBytes(maxBodyBytes)
{}

void HttpServer::route(const QByteArray &method, const QString &pattern, HttpHandler handler,
                       qint64 maxBodyBytes)
{
    const bool plain = std::none_of(pattern.cbegin(), pattern.cend(), [](QChar c) {
        return QStringView(u"\\^$.|?*+()[]{}").contains(c);
    });
    m_routes.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)),
                     plain ? pattern : QString(), std::move(handler),
                     maxBodyBytes > 0 ? maxBodyBytes : m_maxBodyBytes, AsyncHttpHandler()});
}

void HttpServer::routeAsync(const QByteArray &method, const QString &pattern,
                            AsyncHttpHandler handler)
{
    route(method, pattern, HttpHandler());
    m_routes.last().asyncHandler = std::move(handler);
}

std::optional<HttpResponse> HttpServer::dispatch(const QHttpServerRequest &request,
                                                 HttpRespond respond)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (!route.literal.isEmpty() && route.literal != r.path)
            continue;
        const QRegularExpressionMatch match =
            route.literal.isEmpty() ? route.pattern.match(r.path) : QRegularExpressionMatch();
        if (route.literal.isEmpty() && !match.hasMatch())
            continue;
        pathMatched = true;
        if (route.method != r.method)
            continue;
        // Qt has already buffered the body; the cap keeps a giant one from reaching a parser or
        // the store. The reverse proxy in front should refuse it earlier (docs/operations.md).
        if (declaredOrActualSize(request) > route.maxBodyBytes)
            return tooLarge(route.maxBodyBytes);
        if (route.literal.isEmpty())
            r.captures = match.capturedTexts().mid(1);
        if (route.asyncHandler) {
            route.asyncHandler(r, std::move(respond));
            return std::nullopt;
        }
        return route.handler(r);
    }
    if (declaredOrActualSize(request) > m_maxBodyBytes)
        return tooLarge(m_maxBodyBytes);
    if (pathMatched)
        return HttpResponse::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed here.").arg(QString::fromLatin1(r.method)));
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("No such resource: %1").arg(r.path));
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 upgrades a WebSocket request after a handler claims it: claim it without writing
    // a response, and the socket arrives through newWebSocketConnection().
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        // Live frames are small: without this, Nagle's algorithm holds each one until the
        // client's delayed ACK, adding up to 40 ms. QWebSocket cannot set it after the upgrade.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    // The request object does not outlive this call, so a late answer is written to the socket
    // directly; clients wait for it before sending the next request on the connection.
    QPointer<QTcpSocket> connection(socket);
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    const qint64 bytesIn = request.body().size();
    HttpRespond respond = [this, connection, method, path, bytesIn,
                           timer](const HttpResponse &response) {
        if (!connection)
            return;
        writeRaw(connection, response);
        if (m_log)
            m_log(logLine(method, path, response, bytesIn, timer.nsecsElapsed()));
    };
    const std::optional<HttpResponse> response = dispatch(request, std::move(respond));
    if (!response)
        return true;
    send(request, socket, *response);
    if (m_log)
        m_log(logLine(method, path, *response, bytesIn, timer.nsecsElapsed()));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket,
         HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Not found.")));
}

void HttpServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                      const HttpResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(response.body);
}

} // namespace parley::http
