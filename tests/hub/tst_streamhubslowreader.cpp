// A stream on a slow link, in-process, with the hub's clock in the test's hands: the hub's pings
// wait behind the frames it has queued, so on a slow link their pongs come after the next ping
// replaced the payload and never count. A client that takes a frame's worth of its backlog
// between beats is there and reading all the same (its end acknowledged the bytes): it must
// not be dropped as unresponsive, however long it goes without a pong that counts. One that stops
// taking them still is. The client here is a bare TCP socket that answers no ping at all and reads
// only when the test says so; each beat comes once the hub saw the bytes taken, and the clock moves
// an hour and a half a beat: nothing depends on the machine's speed.

#include "hub/service/hubcontext.h"
#include "hub/service/streamhub.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocketServer>

using namespace parley;
using namespace parley::hub;

class StreamHubSlowReaderTest : public QObject {
    Q_OBJECT
private slots:
    void streamThatTakesItsBacklogStaysWithoutPongsAndIsDroppedOnceItStops();
};

void StreamHubSlowReaderTest::streamThatTakesItsBacklogStaysWithoutPongsAndIsDroppedOnceItStops()
{
    QTemporaryDir dir;
    HubDatabase db;
    QVERIFY2(db.open(dir.path(), QString()), qPrintable(db.errorString()));
    HubContext context(db);
    qint64 clock = 1700000000000;
    context.clock = [&clock] {
        return clock;
    };
    // A log of several megabytes: far more than the socket buffers of both ends hold.
    QVERIFY(db.begin());
    for (int i = 0; i < 6000; ++i)
        QVERIFY(context.events.append(EventType::ChannelUpdated,
                                      {{QStringLiteral("id"), 1},
                                       {QStringLiteral("name"), QString(2000, QLatin1Char('a'))}},
                                      clock) > 0);
    QVERIFY(db.commit());

    Agent admin;
    admin.id = 1;
    admin.role = Role::Admin;
    StreamHub::Limits limits;
    limits.heartbeatMs = 3600 * 1000; // beaten by the test; 3 beats are 3 hours of its clock
    limits.maxUnsentBytes = 512 * 1024;
    StreamHub hub(
        context, [admin](const QString &) { return std::optional<Agent>(admin); }, limits);
    QWebSocketServer server(QStringLiteral("slow"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QWebSocket *stream = nullptr;
    qint64 taken = 0; // bytes of the stream the hub's kernel took
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        std::unique_ptr<QWebSocket> socket(server.nextPendingConnection());
        socket->setParent(nullptr);
        stream = socket.get();
        connect(stream, &QWebSocket::bytesWritten, this,
                [&taken](qint64 bytes) { taken += bytes; });
        hub.accept(std::move(socket));
    });

    QTcpSocket client;
    client.setReadBufferSize(16 * 1024); // Qt reads no more than this ahead of the test
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(10000));
    // A small window: what the client has not read holds the hub's bytes back soon.
    client.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
    client.write(
        "GET /api/v1/stream?since=0&token=t HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    // Frames wait unsent on the hub: the client's end is full.
    QTRY_VERIFY_WITH_TIMEOUT(stream && hub.connectedAgents() == 1 && stream->bytesToWrite() > 0,
                             10000);

    // Six beats, nine hours without a pong that counts (the old hub dropped it at the third):
    // between two beats the client takes some of its backlog, and the hub sees it taken.
    for (int beat = 0; beat < 6; ++beat) {
        clock += 90 * 60 * 1000;
        hub.heartbeat();
        QCOMPARE(hub.connectedAgents(), 1);
        QVERIFY(stream->bytesToWrite() > 0); // still a backlog, the pings behind it
        // A frame's worth at least: what the hub counts as a sign of life.
        const qint64 before = taken;
        QVERIFY(QTest::qWaitFor(
            [&] {
                client.readAll();
                return taken >= before + StreamHub::frameBytes;
            },
            10000));
    }
    QCOMPARE(hub.droppedUnresponsive(), qint64(0));

    // It stops reading: once the kernels' buffers between the two are full (the next beats
    // may still see them filling) it is gone, no pong and nothing taken.
    int beats = 0;
    while (beats < 10 && hub.connectedAgents() == 1) {
        QTest::qWait(20); // the hub's socket sees what its end took
        clock += 90 * 60 * 1000;
        hub.heartbeat();
        ++beats;
    }
    qInfo("dropped %d beats after the client stopped reading", beats);
    QCOMPARE(hub.connectedAgents(), 0);
    QCOMPARE(hub.droppedUnresponsive(), qint64(1));
}

QTEST_GUILESS_MAIN(StreamHubSlowReaderTest)
#include "tst_streamhubslowreader.moc"
