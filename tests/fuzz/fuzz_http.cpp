// The request and route layer of the hub and simulator (core/http), through its public API only:
// a server with literal, pattern, size-capped and asynchronous routes on loopback, and each input
// written raw to a fresh connection, which is then half-closed so the server sees its end.

#include "fuzzsupport.h"

#include "core/http/httpserver.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <sys/socket.h>

#include <cstddef>
#include <cstdint>

using namespace parley;
using namespace parley::http;

namespace {

http::HttpServer *server = nullptr;
quint16 port = 0;

void addRoutes(http::HttpServer &s)
{
    s.route("GET", QStringLiteral("/health"),
            [](const HttpRequest &) { return HttpResponse::text("ok"); });
    s.route("POST", QStringLiteral("/api/v1/conversations/(\\d+)/messages"),
            [](const HttpRequest &request) {
                return HttpResponse::json(
                    {{QStringLiteral("conversation"), request.captures.value(0)},
                     {QStringLiteral("key"), QString::fromUtf8(request.header("Idempotency-Key"))},
                     {QStringLiteral("query"), request.query.toString()},
                     {QStringLiteral("bytes"), qint64(request.body.size())}},
                    201);
            });
    s.route(
        "POST", QStringLiteral("/api/v1/attachments"),
        [](const HttpRequest &request) {
            return HttpResponse::text(QByteArray::number(request.body.size()));
        },
        4096);
    s.routeAsync("GET", QStringLiteral("/later/([a-z]+)"),
                 [](const HttpRequest &request, HttpRespond respond) {
                     const QString word = request.captures.value(0);
                     QTimer::singleShot(0, [respond, word] {
                         respond(HttpResponse::error(409, QStringLiteral("later"), word));
                     });
                 });
    s.setRequestLog([](const QJsonObject &line) {
        fuzz::require(line.contains(QStringLiteral("status")), "a request log line has no status");
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::startApplication((*argv)[0]);
    server = new http::HttpServer(1024);
    addRoutes(*server);
    // An upgrade to WebSocket is accepted and dropped, as the hub's stream would close a
    // connection that never signs in.
    QObject::connect(server, &http::HttpServer::newWebSocketConnection, server, [] {
        while (server->hasPendingWebSocketConnections())
            server->nextPendingWebSocketConnection().reset();
    });
    port = server->listen(QHostAddress::LocalHost, 0);
    fuzz::require(port != 0, "the server could not listen on loopback");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QTcpSocket client;
    QEventLoop loop;
    QObject::connect(&client, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QTcpSocket::connected, &client, [&client, &bytes] {
        client.write(bytes);
        while (client.bytesToWrite() > 0 && client.waitForBytesWritten(1000)) {
        }
        // The end of the request: the server reads what it got and then sees the stream close.
        ::shutdown(int(client.socketDescriptor()), SHUT_WR);
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(5000); // a connection the server keeps open is given up on
    client.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    client.abort();
    // Let the server drop its side before the next input arrives.
    QCoreApplication::processEvents();
    return 0;
}
