// A first sync that stops coming (issue #11, the snapshot stream stalled at 1 M messages): the
// desktop's sync worker must never wait forever on a stream that makes no progress. Against
// hubs played by this test, each stuck in one of the two ways the desktop could not see before:
// - the snapshot's frames stop while the heartbeats and pongs go on (a stream held back on the
//   hub), so the old watchdog, fed by any frame, never fired;
// - the hub takes the connection but never answers the upgrade (its event loop stuck), where
//   the old watchdog was not even running.
// Each test waits for the worker to try again: it passes however fast or slow the machine is.

#include "core/mirror/mirror.h"
#include "core/sync/syncworker.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <vector>

using namespace parley;

namespace {

// A worker on its own thread, as the desktop runs it, with a short silence limit.
class StallWorker {
public:
    explicit StallWorker(int silenceLimitMs)
    {
        worker = new SyncWorker;
        worker->setSilenceLimit(silenceLimitMs);
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
    }
    ~StallWorker()
    {
        QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    void start(const QUrl &hub, const QString &mirror)
    {
        QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection, Q_ARG(QUrl, hub),
                                  Q_ARG(QString, QStringLiteral("token")), Q_ARG(QString, mirror));
    }

    QThread thread;
    SyncWorker *worker = nullptr;
};

} // namespace

class SnapshotStallTest : public QObject {
    Q_OBJECT
private slots:
    void aSnapshotWhoseFramesStopIsAskedForAgain();
    void aHubThatNeverAnswersTheUpgradeIsTriedAgain();

private:
    QTemporaryDir m_dir;
};

void SnapshotStallTest::aSnapshotWhoseFramesStopIsAskedForAgain()
{
    // The stuck hub: one snapshot frame (not the last), then only heartbeats, many times a
    // silence limit; pings are answered by the WebSocket itself. The old worker stayed on this
    // stream forever.
    QWebSocketServer server(QStringLiteral("stuck"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<QWebSocket>> streams;
    QList<QUrl> asked;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        std::unique_ptr<QWebSocket> socket(server.nextPendingConnection());
        asked.append(socket->requestUrl());
        socket->sendTextMessage(QStringLiteral(R"({"snapshot":{"events":[]}})"));
        streams.push_back(std::move(socket));
    });
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        for (const auto &stream : streams)
            stream->sendTextMessage(QStringLiteral(R"({"events":[],"next":0})"));
    });
    heartbeat.start(20);

    StallWorker worker(900);
    worker.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                 m_dir.filePath(QStringLiteral("stuck-snapshot.sqlite")));
    // Each stream of the empty mirror asks for the snapshot; the second comes once the first
    // was given up.
    QTRY_VERIFY_WITH_TIMEOUT(asked.size() >= 2, 60000);
    for (const QUrl &url : std::as_const(asked)) {
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("since")), QStringLiteral("0"));
        QCOMPARE(query.queryItemValue(QStringLiteral("snapshot")), QStringLiteral("1"));
    }
}

void SnapshotStallTest::aHubThatNeverAnswersTheUpgradeIsTriedAgain()
{
    // The kernel accepts the connection for a hub whose event loop is stuck; this one reads the
    // upgrade request and never answers it.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    std::vector<QTcpSocket *> held;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            held.push_back(socket); // children of the server, closed with it
    });

    StallWorker worker(900);
    worker.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                 m_dir.filePath(QStringLiteral("unanswered.sqlite")));
    QTRY_VERIFY_WITH_TIMEOUT(held.size() >= 2, 60000);
}

QTEST_GUILESS_MAIN(SnapshotStallTest)
#include "tst_snapshotstall.moc"
