// The hub's HTTP and WebSocket layer against hostile clients (issue #9): limits checked before
// anything is buffered, timeouts on every wait, a connection cap that sheds idle connections,
// and streams that cannot be kept alive or grow the hub's memory without reading.

#include "hubprocess.h"
#include "rawclient.h"

#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace parley::testing;

namespace {

// A hub started under a descriptor limit, as systemd's default of 1,024 would.
class LimitedHub : public HubProcess {
public:
    bool startWithDescriptors(int descriptors)
    {
        return launch(QStringLiteral("prlimit"),
                      {QStringLiteral("--nofile=%1:%1").arg(descriptors), hubBinary(),
                       QStringLiteral("serve"), QStringLiteral("--quiet"), QStringLiteral("--data"),
                       dataDir(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                      10000);
    }
};

qint64 metric(HubProcess &hub, const QByteArray &name)
{
    const QList<QByteArray> lines = hub.get(QStringLiteral("/metrics")).body.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toLongLong();
    }
    return -1;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: hub\r\n" + extra + "\r\n";
}

} // namespace

class TestHubLimits : public QObject {
    Q_OBJECT

private slots:
    void declaredHugeBodyIsRefusedAtOnce();
    void streamedBodyIsNotBuffered();
    void oversizedHeadIsRefused_data();
    void oversizedHeadIsRefused();
    void conflictingLengthsAreRefused();
    void chunkedBodyIsRefused();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void keepAliveServesPipelinedRequestsInOrder();
    void idleConnectionIsClosed();
    void slowHeadIsCut();
    void stalledBodyIsCut();
    void oldestIdleConnectionMakesRoom();
    void descriptorLimitDoesNotStopAnswers();
    void unsolicitedPongsDoNotKeepAStreamAlive();
    void nonReadingStreamIsDropped();

private:
    bool startPlain(HubProcess &hub, const QStringList &extra = {})
    {
        return hub.start(10000, 0, QStringList{QStringLiteral("--quiet")} + extra);
    }
};

void TestHubLimits::declaredHugeBodyIsRefusedAtOnce()
{
    HubProcess hub;
    QVERIFY(startPlain(hub));
    RawClient client(hub.port());
    // 10 GB declared, not one byte of it sent: the answer must not wait for the body.
    client.send("POST /api/v1/login HTTP/1.1\r\nHost: hub\r\nContent-Length: 10737418240\r\n\r\n");
    const QList<RawAnswer> answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 413);
    QVERIFY(answers.first().body.contains("too_large"));
    QVERIFY(answers.first().head.contains("Connection: close"));
    QVERIFY(client.waitClosed());
}

void TestHubLimits::streamedBodyIsNotBuffered()
{
    HubProcess hub;
    QVERIFY(startPlain(hub));
    const qint64 before = residentBytes(hub.processId());
    QVERIFY(before > 0);
    RawClient client(hub.port());
    client.send(
        "POST /webhooks/whatsapp HTTP/1.1\r\nHost: hub\r\nContent-Length: 419430400\r\n\r\n");
    // 64 MiB of the declared 400 MiB, sent whatever the hub answers; it must neither keep them
    // nor stop answering others.
    const QByteArray piece(1024 * 1024, 'x');
    for (int i = 0; i < 64 && client.isOpen(); ++i) {
        client.socket().write(piece);
        client.socket().waitForBytesWritten(2000);
        client.read(0, 0);
    }
    const QList<RawAnswer> answers = client.read(1, 5000);
    QVERIFY(!answers.isEmpty());
    QCOMPARE(answers.first().status, 413);
    const qint64 after = residentBytes(hub.processId());
    QVERIFY2(after - before < 32 * 1024 * 1024,
             qPrintable(QStringLiteral("RSS grew from %1 to %2").arg(before).arg(after)));
    QCOMPARE(hub.get(QStringLiteral("/healthz")).status, 200);
}

void TestHubLimits::oversizedHeadIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("1 MiB header line")
        << get("/healthz", "X-Big: " + QByteArray(1024 * 1024, 'a') + "\r\n") << 431;
    QByteArray many;
    for (int i = 0; i < 150; ++i)
        many += "X-Header-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("150 headers") << get("/healthz", many) << 431;
    QTest::newRow("9 KiB URL") << get("/healthz?q=" + QByteArray(9 * 1024, 'a')) << 414;
    QTest::newRow("folded header") << get("/healthz", "X-A: 1\r\n  folded\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /healthz HTTP/2.0\r\nHost: hub\r\n\r\n") << 505;
}

void TestHubLimits::oversizedHeadIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    HubProcess hub;
    QVERIFY(startPlain(hub));
    RawClient client(hub.port());
    client.send(request);
    QCOMPARE(client.status(), status);
    QVERIFY(client.waitClosed());
    QCOMPARE(hub.get(QStringLiteral("/healthz")).status, 200);
}

void TestHubLimits::conflictingLengthsAreRefused()
{
    HubProcess hub;
    QVERIFY(startPlain(hub));
    RawClient client(hub.port());
    client.send("POST /api/v1/login HTTP/1.1\r\nHost: hub\r\nContent-Length: 2\r\n"
                "Content-Length: 5\r\n\r\n{}{}{");
    QCOMPARE(client.status(), 400);
    QVERIFY(client.waitClosed());
}

void TestHubLimits::chunkedBodyIsRefused()
{
    HubProcess hub;
    QVERIFY(startPlain(hub));
    RawClient client(hub.port());
    client.send("POST /api/v1/login HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n"
                "2\r\n{}\r\n0\r\n\r\n");
    QCOMPARE(client.status(), 411);
    QVERIFY(client.waitClosed());
}

void TestHubLimits::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("Connection: close") << get("/healthz", "Connection: close\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n");
}

void TestHubLimits::connectionCloseIsHonoured()
{
    QFETCH(QByteArray, request);
    HubProcess hub;
    QVERIFY(startPlain(hub));
    RawClient client(hub.port());
    client.send(request);
    QCOMPARE(client.status(), 200);
    QVERIFY(client.waitClosed());
}

void TestHubLimits::keepAliveServesPipelinedRequestsInOrder()
{
    HubProcess hub;
    QVERIFY(startPlain(hub));
    RawClient client(hub.port());
    client.send(get("/healthz") + get("/no-such-thing") + get("/metrics") +
                "GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const QList<RawAnswer> answers = client.read(4);
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(1).status, 404);
    QCOMPARE(answers.at(2).status, 200);
    QVERIFY(answers.at(2).body.contains("parley_http_connections_open"));
    QCOMPARE(answers.at(3).status, 200);
    QVERIFY(client.isOpen());
}

void TestHubLimits::idleConnectionIsClosed()
{
    HubProcess hub;
    QVERIFY(startPlain(hub, {QStringLiteral("--idle-timeout-ms"), QStringLiteral("300")}));
    RawClient silent(hub.port());
    RawClient answered(hub.port());
    answered.send(get("/healthz"));
    QCOMPARE(answered.status(), 200);
    QVERIFY(answered.waitClosed());
    QVERIFY(silent.waitClosed());
    QVERIFY(metric(hub, "parley_http_timeouts_total") >= 2);
}

void TestHubLimits::slowHeadIsCut()
{
    HubProcess hub;
    QVERIFY(startPlain(hub, {QStringLiteral("--head-timeout-ms"), QStringLiteral("500")}));
    RawClient client(hub.port());
    client.send("GET /healthz HTTP/1.1\r\n");
    // One header line every 100 ms, never the blank line that ends the head (slowloris).
    for (int i = 0; i < 90 && client.isOpen(); ++i) {
        client.send("X-Slow-" + QByteArray::number(i) + ": 1\r\n");
        client.socket().waitForReadyRead(100);
        client.read(0, 0);
    }
    QVERIFY(client.waitClosed());
    QVERIFY2(client.received().startsWith("HTTP/1.1 408"), client.received().constData());
}

void TestHubLimits::stalledBodyIsCut()
{
    HubProcess hub;
    QVERIFY(startPlain(hub, {QStringLiteral("--body-timeout-ms"), QStringLiteral("300")}));
    RawClient client(hub.port());
    client.send("POST /api/v1/login HTTP/1.1\r\nHost: hub\r\nContent-Length: 100\r\n\r\n{\"lo");
    QCOMPARE(client.status(), 408);
    QVERIFY(client.waitClosed());
}

void TestHubLimits::oldestIdleConnectionMakesRoom()
{
    HubProcess hub;
    QVERIFY(startPlain(hub, {QStringLiteral("--max-connections"), QStringLiteral("20")}));
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 20; ++i) {
        clients.push_back(std::make_unique<RawClient>(hub.port()));
        clients.back()->send(get("/healthz"));
        QCOMPARE(clients.back()->status(), 200);
    }
    RawClient newcomer(hub.port());
    newcomer.send(get("/healthz"));
    QCOMPARE(newcomer.status(), 200);
    QVERIFY(clients.front()->waitClosed());
    QVERIFY(clients.back()->isOpen());
    clients.back()->send(get("/healthz"));
    QCOMPARE(clients.back()->status(), 200);
    QVERIFY(metric(hub, "parley_http_connections_shed_total") >= 1);
}

void TestHubLimits::descriptorLimitDoesNotStopAnswers()
{
    LimitedHub hub;
    QVERIFY(hub.startWithDescriptors(128));
    // Far more connections than descriptors: before the cap, accept() failed and the hub
    // stopped answering anyone.
    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 300; ++i)
        idle.push_back(std::make_unique<RawClient>(hub.port()));
    RawClient client(hub.port());
    client.send(get("/healthz"));
    QCOMPARE(client.status(), 200);
    QVERIFY(metric(hub, "parley_http_connections_open") <= 128);
}

void TestHubLimits::unsolicitedPongsDoNotKeepAStreamAlive()
{
    HubProcess hub;
    QVERIFY(hub.addAgent(QStringLiteral("vi"), QStringLiteral("viewer"),
                         QStringLiteral("viewer-password")));
    QVERIFY(startPlain(hub, {QStringLiteral("--stream-heartbeat-ms"), QStringLiteral("200")}));
    const QString token = hub.login(QStringLiteral("vi"), QStringLiteral("viewer-password"));
    QVERIFY(!token.isEmpty());

    // A well-behaved client answers the pings (Qt does it by itself) and stays.
    QWebSocket answering;
    int heartbeats = 0;
    connect(&answering, &QWebSocket::textMessageReceived, this, [&](const QString &frame) {
        heartbeats += frame.contains(QLatin1String("\"events\":[]")) ? 1 : 0;
    });
    answering.open(QUrl(
        QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?token=%2").arg(hub.port()).arg(token)));

    // This one reads but never answers a ping; it sends pongs of its own instead. The waits
    // run the event loop, so the well-behaved client keeps answering meanwhile.
    RawClient raw(hub.port());
    raw.send(streamUpgrade(token));
    QTRY_VERIFY_WITH_TIMEOUT((raw.read(0, 0), raw.received().startsWith("HTTP/1.1 101")), 10000);
    for (int i = 0; i < 150 && raw.isOpen(); ++i) {
        raw.send(clientFrame(0xA, "alive"));
        QTest::qWait(100);
        raw.read(0, 0);
    }
    QVERIFY(!raw.isOpen());
    QTRY_VERIFY_WITH_TIMEOUT(heartbeats >= 8, 20000);
    QCOMPARE(answering.state(), QAbstractSocket::ConnectedState);
}

void TestHubLimits::nonReadingStreamIsDropped()
{
    HubProcess hub;
    QVERIFY(hub.addAgent(QStringLiteral("ad"), QStringLiteral("admin"),
                         QStringLiteral("admin-password")));
    QVERIFY(
        startPlain(hub, {QStringLiteral("--stream-heartbeat-ms"), QStringLiteral("300"),
                         QStringLiteral("--stream-max-unsent-bytes"), QStringLiteral("65536")}));
    const QString token = hub.login(QStringLiteral("ad"), QStringLiteral("admin-password"));
    QVERIFY(!token.isEmpty());
    // About 5 MB of events to replay, written as pipelined requests on one connection. Small
    // events keep a page (500 of them) far below the whole log.
    const QString body(1000, QLatin1Char('b'));
    QByteArray requests;
    const int texts = 5000;
    for (int i = 0; i < texts; ++i) {
        const QByteArray json =
            QJsonDocument(QJsonObject{{"name", QStringLiteral("t%1").arg(i)}, {"body", body}})
                .toJson(QJsonDocument::Compact);
        requests +=
            "POST /api/v1/predefined-texts HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " +
            token.toUtf8() + "\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" +
            json;
    }
    {
        RawClient writer(hub.port());
        writer.send(requests);
        const QList<RawAnswer> answers = writer.read(texts, 120000);
        QCOMPARE(answers.size(), texts);
        QCOMPARE(answers.last().status, 201);
    }

    const qint64 before = residentBytes(hub.processId());
    std::vector<std::unique_ptr<RawClient>> readers;
    for (int i = 0; i < 20; ++i) {
        auto reader = std::make_unique<RawClient>(hub.port());
        // Qt stops taking bytes from the kernel at this size: past the upgrade answer the
        // client reads nothing, and the replay piles up at the hub.
        reader->socket().setReadBufferSize(4096);
        reader->send(streamUpgrade(token));
        QTRY_VERIFY2_WITH_TIMEOUT(
            reader->socket().peek(12) == "HTTP/1.1 101",
            qPrintable(QStringLiteral("reader %1 got %2; hub log: %3")
                           .arg(i)
                           .arg(QString::fromLatin1(reader->socket().peek(200)))
                           .arg(QString::fromUtf8(hub.log().right(2000)))),
            30000);
        readers.push_back(std::move(reader));
    }
    QTRY_VERIFY_WITH_TIMEOUT(metric(hub, "parley_stream_dropped_total") >= 20, 30000);
    QCOMPARE(metric(hub, "parley_connected_agents"), 0);
    // Their sockets no longer count against the connection cap.
    QTRY_VERIFY_WITH_TIMEOUT(metric(hub, "parley_http_connections_open") <= 2, 10000);
    // Each reader was sent more than its bound and held it; once dropped, nothing is kept. Not
    // measurable under AddressSanitizer (the asan preset): its quarantine keeps freed blocks
    // resident on purpose (256 MB by default), so the hub's RSS does not fall back when the
    // streams are freed; the drop itself is checked above in both builds.
#if !defined(__SANITIZE_ADDRESS__)
    QTRY_VERIFY_WITH_TIMEOUT(residentBytes(hub.processId()) - before < 32 * 1024 * 1024, 10000);
#endif
    qInfo("hub RSS %lld MB before the readers, %lld MB after", before >> 20,
          residentBytes(hub.processId()) >> 20);
}

QTEST_MAIN(TestHubLimits)
#include "tst_hublimits.moc"
