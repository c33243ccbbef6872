// The HTTP server under the hub and the simulator, in-process: request heads parsed against
// their limits, and answers kept in request order when a route answers later.

#include "core/http/httpserver.h"
#include "core/http/requesthead.h"
#include "rawclient.h"

#include <QTest>
#include <QTimer>

using namespace parley::http;
using parley::testing::RawAnswer;
using parley::testing::RawClient;

class TestHttpServer : public QObject {
    Q_OBJECT

private slots:
    void parsesAHead();
    void waitsForTheWholeHead();
    void refusesBrokenHeads_data();
    void refusesBrokenHeads();
    void readsContentLength();
    void asyncAnswerKeepsRequestOrder();
    void answerForAClosedConnectionIsDropped();
};

void TestHttpServer::parsesAHead()
{
    const QByteArray data = "\r\nPOST /a/b?x=1 HTTP/1.0\nHost: h\r\nX-Two:  v  \r\n\r\nBODY";
    const RequestHead head = parseRequestHead(data, HttpLimits());
    QCOMPARE(head.result, RequestHead::Result::Complete);
    QCOMPARE(head.method, QByteArray("POST"));
    QCOMPARE(head.target, QByteArray("/a/b?x=1"));
    QCOMPARE(head.minorVersion, 0);
    QCOMPARE(head.headers.size(), 2);
    QCOMPARE(head.values("x-two"), QList<QByteArray>{"v"});
    QCOMPARE(data.mid(head.size), QByteArray("BODY"));
}

void TestHttpServer::waitsForTheWholeHead()
{
    const QByteArray data = "GET / HTTP/1.1\r\nHost: h\r\n";
    for (int length = 0; length <= data.size(); ++length)
        QCOMPARE(parseRequestHead(data.left(length), HttpLimits()).result,
                 RequestHead::Result::Incomplete);
}

void TestHttpServer::refusesBrokenHeads_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("status");
    HttpLimits limits;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("space in method") << QByteArray("G T / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\n\r\n") << 505;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
    QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nA: x\0y\r\n\r\n", 26) << 400;
    QTest::newRow("URL without end")
        << QByteArray("GET /" + QByteArray(limits.maxUrlBytes + 64, 'a')) << 414;
    QTest::newRow("head without end")
        << QByteArray("GET / HTTP/1.1\r\nA: " + QByteArray(limits.maxHeadBytes, 'a')) << 431;
}

void TestHttpServer::refusesBrokenHeads()
{
    QFETCH(QByteArray, data);
    QFETCH(int, status);
    const RequestHead head = parseRequestHead(data, HttpLimits());
    QCOMPARE(head.result, RequestHead::Result::Invalid);
    QCOMPARE(head.status, status);
}

void TestHttpServer::readsContentLength()
{
    const auto length = [](const QByteArray &headers) {
        return declaredContentLength(
            parseRequestHead("POST / HTTP/1.1\r\n" + headers + "\r\n", HttpLimits()));
    };
    QCOMPARE(length(""), std::optional<qint64>(0));
    QCOMPARE(length("Content-Length: 12\r\n"), std::optional<qint64>(12));
    QCOMPARE(length("Content-Length: 12\r\nContent-Length: 12\r\n"), std::optional<qint64>(12));
    QCOMPARE(length("Content-Length: 12, 12\r\n"), std::optional<qint64>(12));
    QCOMPARE(length("Content-Length: 12\r\nContent-Length: 13\r\n"), std::nullopt);
    QCOMPARE(length("Content-Length: -1\r\n"), std::nullopt);
    QCOMPARE(length("Content-Length: 1e3\r\n"), std::nullopt);
    QCOMPARE(length("Content-Length: 99999999999999999999\r\n"), std::nullopt);
}

void TestHttpServer::asyncAnswerKeepsRequestOrder()
{
    HttpServer server(1024);
    server.routeAsync(
        "GET", QStringLiteral("/slow"), [&server](const HttpRequest &, HttpRespond respond) {
            QTimer::singleShot(200, &server, [respond] { respond(HttpResponse::text("slow")); });
        });
    server.route("GET", QStringLiteral("/fast"),
                 [](const HttpRequest &) { return HttpResponse::text("fast"); });
    server.route("POST", QStringLiteral("/echo"),
                 [](const HttpRequest &r) { return HttpResponse::text(r.body); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    RawClient client(port);
    client.send("GET /slow HTTP/1.1\r\nHost: h\r\n\r\nGET /fast HTTP/1.1\r\nHost: h\r\n\r\n"
                "POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nbody"
                "GET /slow HTTP/1.1\r\nHost: h\r\n\r\n");
    QList<RawAnswer> answers;
    QTRY_VERIFY_WITH_TIMEOUT((answers = client.read(4, 0)).size() == 4, 10000);
    QCOMPARE(answers.at(0).body, QByteArray("slow"));
    QCOMPARE(answers.at(1).body, QByteArray("fast"));
    QCOMPARE(answers.at(2).body, QByteArray("body"));
    QCOMPARE(answers.at(3).body, QByteArray("slow"));
}

void TestHttpServer::answerForAClosedConnectionIsDropped()
{
    HttpServer server(1024);
    HttpRespond later;
    server.routeAsync("GET", QStringLiteral("/slow"),
                      [&later](const HttpRequest &, HttpRespond respond) { later = respond; });
    server.route("GET", QStringLiteral("/fast"),
                 [](const HttpRequest &) { return HttpResponse::text("fast"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    {
        RawClient client(port);
        client.send("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n");
        QTRY_VERIFY(bool(later));
    }
    QTRY_COMPARE(server.openConnections(), 0);
    later(HttpResponse::text("too late"));
    RawClient next(port);
    next.send("GET /fast HTTP/1.1\r\nHost: h\r\n\r\n");
    QList<RawAnswer> answers;
    QTRY_VERIFY_WITH_TIMEOUT((answers = next.read(1, 0)).size() == 1, 10000);
    QCOMPARE(answers.first().body, QByteArray("fast"));
}

QTEST_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
