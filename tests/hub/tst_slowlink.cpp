// A first sync over a slow link (a phone hotspot, a busy office uplink): the desktop's sync
// worker against the real hub through a proxy that passes the hub's bytes a few kilobytes per
// tick. The team's messages are long, so one snapshot slice used to be a single frame of
// megabytes; while a frame arrives nothing else does (not even the pong of the desktop's
// pings), and a frame longer in transit than the worker's silence limit made it give the
// stream up and ask for the whole snapshot again, forever. With frames cut to
// StreamHub::frameBytes the first sync finishes on its one stream. (The hub's pings, which wait
// behind the same frames, are tst_streamhubslowreader's: the hub beats every 15 s here, and
// the sync takes less than three beats.)
//
// Not a matter of machine speed: the throttle passes a frame of frameBytes in a small part of
// the silence limit (two orders of magnitude at its nominal rate), and the old slice needed
// several times the limit. The test asserts the outcome only: one stream, and the mirror equal
// to the hub's whole log.

#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/syncworker.h"
#include "hub/service/streamhub.h"
#include "hub/store/conversationrepository.h"
#include "hub/store/eventlog.h"
#include "hub/store/hubdatabase.h"
#include "hubprocess.h"
#include "mirrortablerows.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace parley;
using namespace parley::hub;
using namespace parley::testing;

namespace {

const int slowConversations = 30;
const int slowMessages = 21; // one more than the snapshot sends: older history too
const qsizetype bytesPerTick = 4096;
const int tickMs = 10; // about 400 kB/s: a 64 kB frame in 0.16 s
const int silenceLimitMs = 5000;
const qsizetype windowBytes = 64 * 1024;

// Forwards each connection to the hub; the hub's bytes go on at most bytesPerTick a tick. Like
// a slow link, it takes no more from the hub than it is about to pass on (a small window), so
// what the hub sends faster waits on the hub, as its back-pressure expects.
class ThrottledProxy : public QObject {
public:
    explicit ThrottledProxy(quint16 hubPort) : m_hubPort(hubPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ThrottledProxy::accept);
        connect(&m_tick, &QTimer::timeout, this, &ThrottledProxy::tick);
        m_tick.start(tickMs);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    // Connections that opened the sync stream (the others are the REST calls).
    int streamsOpened = 0;

private:
    struct Link {
        QPointer<QTcpSocket> desktop;
        QPointer<QTcpSocket> hub;
        QByteArray pending; // the hub's bytes not passed on yet
        bool hubClosed = false;
    };

    void accept()
    {
        while (QTcpSocket *desktop = m_server.nextPendingConnection()) {
            auto link = std::make_shared<Link>();
            link->desktop = desktop;
            link->hub = new QTcpSocket(desktop);
            link->hub->connectToHost(QHostAddress::LocalHost, m_hubPort);
            connect(desktop, &QTcpSocket::readyRead, this, [this, link, first = true]() mutable {
                const QByteArray bytes = link->desktop->readAll();
                if (first && bytes.startsWith("GET /api/v1/stream"))
                    ++streamsOpened;
                first = false;
                link->hub->write(bytes); // kept until the connection is made
            });
            link->hub->setReadBufferSize(windowBytes);
            connect(link->hub, &QTcpSocket::connected, this, [link] {
                link->hub->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption,
                                           windowBytes);
            });
            connect(link->hub, &QTcpSocket::readyRead, this, [link] { takeFromHub(*link); });
            connect(link->hub, &QTcpSocket::disconnected, this, [link] { link->hubClosed = true; });
            connect(desktop, &QTcpSocket::disconnected, desktop, &QObject::deleteLater);
            m_links.push_back(link);
        }
    }

    void tick()
    {
        for (auto it = m_links.begin(); it != m_links.end();) {
            Link &link = **it;
            if (!link.desktop) {
                it = m_links.erase(it);
                continue;
            }
            link.desktop->write(link.pending.left(bytesPerTick));
            link.pending.remove(0, qMin(bytesPerTick, link.pending.size()));
            takeFromHub(link);
            if (link.hubClosed && link.pending.isEmpty() && link.hub->bytesAvailable() == 0)
                link.desktop->disconnectFromHost();
            ++it;
        }
    }

    static void takeFromHub(Link &link)
    {
        if (link.hub && link.pending.size() < windowBytes)
            link.pending += link.hub->read(windowBytes - link.pending.size());
    }

    quint16 m_hubPort;
    QTcpServer m_server;
    QTimer m_tick;
    std::vector<std::shared_ptr<Link>> m_links;
};

} // namespace

class SlowLinkTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void firstSyncThroughASlowLinkFinishesOnOneStream();

private:
    HubProcess m_hub;
    QString m_token;
    QTemporaryDir m_dir;
};

void SlowLinkTest::initTestCase()
{
    QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                           QStringLiteral("ana-password")));
    const QString chinese =
        QStringLiteral("您好，请问我上周订购的商品什么时候发货？").repeated(205).left(4096);
    const QString portuguese =
        QStringLiteral("Olá! Gostaria de saber o preço e o prazo de entrega. ")
            .repeated(80)
            .left(4096);
    {
        HubDatabase db;
        QVERIFY2(db.open(m_hub.dataDir(), m_hub.databaseUrl()), qPrintable(db.errorString()));
        EventLog events(db);
        ConversationRepository conversations(db);
        QVERIFY(db.begin());
        const qint64 start = 1700000000000;
        for (int c = 1; c <= slowConversations; ++c) {
            Conversation conversation;
            conversation.channelId = 1;
            conversation.customerNumber = QStringLiteral("55119%1").arg(30000000 + c);
            conversation.customerName = QStringLiteral("客户 %1").arg(c);
            conversation.id = conversations.insert(conversation);
            QVERIFY(conversation.id > 0);
            for (int m = 0; m < slowMessages; ++m) {
                Message message;
                message.conversationId = conversation.id;
                message.text = (m % 2 == 0 ? chinese : portuguese) + QString::number(m);
                message.wamid = QStringLiteral("wamid.slow.%1.%2").arg(c).arg(m);
                message.createdAt = start + qint64(m) * 60000 + c;
                message.id = conversations.insertMessage(message);
                QVERIFY(message.id > 0);
                QVERIFY(events.append(EventType::MessageCreated, toJson(message), start) > 0);
                conversation.lastMessageAt = conversation.lastInboundAt = message.createdAt;
                conversation.lastMessageText = message.text.left(100);
            }
            QVERIFY(conversations.save(conversation));
            QVERIFY(events.append(EventType::ConversationCreated, toJson(conversation), start) > 0);
        }
        QVERIFY(db.commit());
    }
    QVERIFY(m_hub.start());
    m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
    QVERIFY(!m_token.isEmpty());
}

void SlowLinkTest::firstSyncThroughASlowLinkFinishesOnOneStream()
{
    // What the snapshot used to send as one frame (its one slice): every conversation's newest
    // messages, more than two silence limits' worth at the throttle's nominal rate.
    qsizetype snapshotBytes = 0;
    const SyncBatch log = [&] {
        HubDatabase db;
        return db.open(m_hub.dataDir(), m_hub.databaseUrl()) ? EventLog(db).after(0, 100000)
                                                             : SyncBatch{};
    }();
    for (const Event &event : log.events)
        snapshotBytes += QJsonDocument(event.data).toJson(QJsonDocument::Compact).size();
    QVERIFY(log.events.size() > slowConversations * (slowMessages + 1)); // and the agent
    const qsizetype perLimit = bytesPerTick * silenceLimitMs / tickMs;   // at the nominal rate
    QVERIFY2(snapshotBytes > 2 * perLimit, qPrintable(QString::number(snapshotBytes)));
    QVERIFY(StreamHub::frameBytes * 10 < perLimit);

    ThrottledProxy proxy(m_hub.port());
    QVERIFY(proxy.listen());
    const QString path = m_dir.filePath(QStringLiteral("slow.sqlite"));
    QThread thread;
    auto *worker = new SyncWorker;
    worker->setSilenceLimit(silenceLimitMs);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(
        worker, "start", Qt::QueuedConnection,
        Q_ARG(QUrl, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()))),
        Q_ARG(QString, m_token), Q_ARG(QString, path));
    Mirror synced;
    QCOMPARE(synced.open(path), Mirror::OpenStatus::Ok);
    const QString messagesSql =
        QStringLiteral("SELECT id, conversation_id, text, wamid, created_at FROM messages");
    const bool finished = QTest::qWaitFor(
        [&] {
            return synced.lastSeq() == log.next &&
                   mirrorTableRows(synced, QStringLiteral("SELECT * FROM older_history"))
                       .isEmpty() &&
                   mirrorTableRows(synced, messagesSql).size() == slowConversations * slowMessages;
        },
        240000);
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    QVERIFY2(finished, qPrintable(QStringLiteral("at seq %1 of %2, %3 streams")
                                      .arg(synced.lastSeq())
                                      .arg(log.next)
                                      .arg(proxy.streamsOpened)));
    // One stream: neither the desktop gave it up nor the hub dropped it.
    const QByteArray metrics = m_hub.get(QStringLiteral("/metrics")).body;
    QVERIFY2(proxy.streamsOpened == 1,
             qPrintable(QStringLiteral("%1 streams; the hub's metrics: %2")
                            .arg(proxy.streamsOpened)
                            .arg(QString::fromUtf8(metrics))));

    // Nothing lost on the way: the same rows as the whole log replayed.
    Mirror replayed;
    QCOMPARE(replayed.open(m_dir.filePath(QStringLiteral("replayed.sqlite"))),
             Mirror::OpenStatus::Ok);
    QVERIFY2(replayed.apply(log), qPrintable(replayed.errorString()));
    QCOMPARE(mirrorTableRows(synced, messagesSql), mirrorTableRows(replayed, messagesSql));
    const QString conversationsSql = QStringLiteral(
        "SELECT id, customer_number, customer_name, last_message_at FROM conversations");
    QCOMPARE(mirrorTableRows(synced, conversationsSql),
             mirrorTableRows(replayed, conversationsSql));
}

QTEST_MAIN(SlowLinkTest)
#include "tst_slowlink.moc"
