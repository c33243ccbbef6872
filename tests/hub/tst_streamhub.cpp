// The stream's heartbeat in-process, beaten at chosen moments: a stream is judged stalled only
// when it has taken no byte over a whole interval, never at the first beat after it was accepted
// (which may come a moment after its replay was queued). And the replay of a long log in slices:
// one page per turn of the event loop, whatever the unsent bound, every event once and in order.
// And a paused stream whose client took everything is resumed at a beat at the latest.

#include "hub/service/hubcontext.h"
#include "hub/service/streamhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocketServer>

using namespace parley;
using namespace parley::hub;

namespace {

// A stream frame as the desktop reads it; a frame that does not decode fails the test.
bool decodeFrame(const QString &text, SyncBatch *batch)
{
    QString error;
    const bool read = fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), batch, &error);
    if (!read)
        qWarning("undecodable frame: %s", qPrintable(error));
    return read;
}

} // namespace

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

    // A log of several pages replayed to a stream whose unsent bound is never reached: accept()
    // queues one page and returns to the event loop (the old hub serialised the whole log
    // there); the later pages follow in later turns, every event once, in order, and an event
    // committed meanwhile comes after them.
    void longReplayIsSentOnePagePerTurn()
    {
        const int pages = 4;
        QVERIFY(m_db.begin());
        for (int i = 0; i < pages * StreamHub::pageSize; ++i) {
            QVERIFY(m_context->events.append(
                        EventType::ChannelUpdated,
                        {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QString::number(i)}},
                        m_context->now()) > 0);
        }
        QVERIFY(m_db.commit());
        const qint64 last = m_context->events.lastSeq();

        StreamHub::Limits limits;
        limits.heartbeatMs = 3600 * 1000;
        limits.maxUnsentBytes = qint64(1) << 40; // never reached: only the slicing holds it back
        StreamHub hub(*m_context, adminFor(QStringLiteral("secret")), limits);
        qint64 queuedAtAccept = -1;
        const QMetaObject::Connection accepted =
            connect(&m_server, &QWebSocketServer::newConnection, this, [&] {
                std::unique_ptr<QWebSocket> socket(m_server.nextPendingConnection());
                socket->setParent(nullptr);
                QWebSocket *raw = socket.get();
                hub.accept(std::move(socket));
                if (hub.connectedAgents() == 1)
                    queuedAtAccept = raw->bytesToWrite();
            });
        QList<qint64> seqs;
        qint64 next = 0;
        QWebSocket client;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            SyncBatch batch;
            QVERIFY(decodeFrame(text, &batch));
            for (const Event &event : batch.events)
                seqs.append(event.seq);
            next = batch.next;
        });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&token=secret")
                             .arg(m_server.serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(queuedAtAccept >= 0, 10000);
        disconnect(accepted);
        // One page of about 80-byte events, not the ~160 kB of the whole log.
        QVERIFY2(queuedAtAccept > 0 && queuedAtAccept < 100 * StreamHub::pageSize,
                 qPrintable(QString::number(queuedAtAccept)));

        QTRY_VERIFY_WITH_TIMEOUT(next >= 2 * StreamHub::pageSize, 10000);
        const qint64 live = m_context->events.append(
            EventType::ChannelUpdated,
            {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("live")}},
            m_context->now());
        QVERIFY(live > last);
        hub.publish();
        QTRY_COMPARE_WITH_TIMEOUT(next, live, 10000);
        QCOMPARE(seqs.size(), int(live));
        for (int i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs.at(i), qint64(i + 1));
        client.abort();
    }

    // A paused stream is resumed by drained() once its client has taken its frames. Should that
    // never be heard of (here its connection is cut after accept()), the next beat resumes it:
    // a stream that is read is never held forever (issue #11: the snapshot stream stalled).
    void pausedStreamThatWasReadIsResumedAtTheNextBeat()
    {
        StreamHub::Limits limits;
        limits.heartbeatMs = 3600 * 1000;
        limits.maxUnsentBytes = 64; // every page pauses the stream
        StreamHub hub(*m_context, adminFor(QStringLiteral("secret")), limits);
        QWebSocket *accepted = nullptr;
        const QMetaObject::Connection accepting =
            connect(&m_server, &QWebSocketServer::newConnection, this, [&] {
                std::unique_ptr<QWebSocket> socket(m_server.nextPendingConnection());
                socket->setParent(nullptr);
                accepted = socket.get();
                hub.accept(std::move(socket));
                disconnect(accepted, &QWebSocket::bytesWritten, &hub, nullptr);
            });
        int pages = 0;
        QWebSocket client;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            SyncBatch batch;
            QVERIFY(decodeFrame(text, &batch));
            pages += batch.events.isEmpty() ? 0 : 1; // not the beats' empty frames
        });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&token=secret")
                             .arg(m_server.serverPort())));
        // The first page, paused after it, taken whole by the client.
        QTRY_COMPARE_WITH_TIMEOUT(pages, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(accepted->bytesToWrite(), qint64(0), 10000);
        disconnect(accepting);
        hub.heartbeat();
        QTRY_VERIFY_WITH_TIMEOUT(pages >= 2, 10000);
        QCOMPARE(hub.connectedAgents(), 1);
        client.abort();
    }

private:
    // Opens one stream, accepts it into a fresh StreamHub (its own timer too slow to beat during
    // the test) and beats `beats` times before the event loop runs again, so no byte of the
    // replay can have left. Returns the streams still connected after those beats.
    int acceptThenBeat(int beats)
    {
        StreamHub::Limits limits;
        limits.heartbeatMs = 3600 * 1000;
        limits.maxUnsentBytes = 64;
        StreamHub hub(*m_context, adminFor(QStringLiteral("secret")), limits);
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

    // The authentication of a hub whose only session is an admin's `secret`.
    static std::function<std::optional<Agent>(const QString &)> adminFor(const QString &secret)
    {
        Agent admin;
        admin.id = 1;
        admin.login = QStringLiteral("admin");
        admin.role = Role::Admin;
        return [admin, secret](const QString &token) -> std::optional<Agent> {
            if (token == secret)
                return admin;
            return std::nullopt;
        };
    }

    QTemporaryDir m_dir;
    HubDatabase m_db;
    std::unique_ptr<HubContext> m_context;
    QWebSocketServer m_server{QStringLiteral("test"), QWebSocketServer::NonSecureMode};
};

QTEST_GUILESS_MAIN(StreamHubTest)
#include "tst_streamhub.moc"
