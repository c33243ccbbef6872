// The stream's heartbeat in-process, beaten at chosen moments: a stream is judged stalled only
// when it has taken no byte over a whole interval, never at the first beat after it was accepted
// (which may come a moment after its replay was queued).

#include "hub/service/hubcontext.h"
#include "hub/service/streamhub.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWebSocketServer>

using namespace parley;
using namespace parley::hub;

class StreamHubTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(m_dir.path(), QString()), qPrintable(m_db.errorString()));
        m_context = std::make_unique<HubContext>(m_db);
        // One event, so the replay of since=0 is a frame over the bound below.
        QVERIFY(m_context->events.append(EventType::ChannelUpdated,
                                         {{QStringLiteral("id"), 1},
                                          {QStringLiteral("name"), QString(200, QLatin1Char('x'))}},
                                         m_context->now()) > 0);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    // Accepted and beaten in the same turn of the event loop: its replay is all unsent and over
    // the bound, yet it has had no time to read it. It stays.
    void streamAcceptedJustBeforeABeatIsNotJudgedStalled() { QCOMPARE(acceptThenBeat(1), 1); }

    // Still nothing taken at the next beat, a whole interval later: now it is stalled, dropped.
    void streamThatTakesNothingForAWholeIntervalIsDropped() { QCOMPARE(acceptThenBeat(2), 0); }

private:
    // Opens one stream, accepts it into a fresh StreamHub (its own timer too slow to beat during
    // the test) and beats `beats` times before the event loop runs again, so no byte of the
    // replay can have left. Returns the streams still connected after those beats.
    int acceptThenBeat(int beats)
    {
        StreamHub::Limits limits;
        limits.heartbeatMs = 3600 * 1000;
        limits.maxUnsentBytes = 64;
        Agent admin;
        admin.id = 1;
        admin.login = QStringLiteral("admin");
        admin.role = Role::Admin;
        StreamHub hub(
            *m_context,
            [admin](const QString &token) -> std::optional<Agent> {
                if (token == QLatin1String("secret"))
                    return admin;
                return std::nullopt;
            },
            limits);
        int connected = -1;
        const QMetaObject::Connection accepted =
            connect(&m_server, &QWebSocketServer::newConnection, this, [&] {
                std::unique_ptr<QWebSocket> socket(m_server.nextPendingConnection());
                socket->setParent(nullptr);
                hub.accept(std::move(socket));
                if (hub.connectedAgents() != 1)
                    return; // refused: connected stays -1 and the check below says so
                for (int i = 0; i < beats; ++i)
                    hub.heartbeat();
                connected = hub.connectedAgents();
            });
        QWebSocket client;
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&token=secret")
                             .arg(m_server.serverPort())));
        const bool done = QTest::qWaitFor([&] { return connected >= 0; }, 10000);
        disconnect(accepted);
        client.abort();
        return done ? connected : -1;
    }

    QTemporaryDir m_dir;
    HubDatabase m_db;
    std::unique_ptr<HubContext> m_context;
    QWebSocketServer m_server{QStringLiteral("test"), QWebSocketServer::NonSecureMode};
};

QTEST_GUILESS_MAIN(StreamHubTest)
#include "tst_streamhub.moc"
