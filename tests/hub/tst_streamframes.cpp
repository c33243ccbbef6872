// Stream frames cut by their bytes (docs/api.md, "Frame size"), in-process against a team whose
// messages are long (4,096 characters of Chinese or Portuguese, media with long captions): a
// snapshot slice of 100 such conversations, or a log page of 500 such events, was one frame of
// megabytes, which a desktop on a slow link could not receive before its watchdog gave up on the
// stream. Every frame of the snapshot and of the log replay must now stay under
// StreamHub::frameBytes (an event larger than that alone), and together the frames must hold
// exactly what the unbounded slices and pages held, in the same order.

#include "core/protocol/entitycodec.h"
#include "core/protocol/streamframes.h"
#include "hub/service/agentfeed.h"
#include "hub/service/hubcontext.h"
#include "hub/service/streamhub.h"
#include "hub/store/conversationrepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocketServer>

#include <functional>

using namespace parley;
using namespace parley::hub;

namespace {

const int frameConversations = 30;

// `length` characters of `phrase` repeated: a message as long as WhatsApp allows.
QString longText(const QString &phrase, int length)
{
    QString text;
    while (text.size() < length)
        text += phrase;
    return text.left(length);
}

// Every frame a stream sent until `done` says so, as the desktop receives them.
struct StreamFrames {
    QList<QByteArray> texts;
    QList<Event> snapshotEvents; // in order, across frames
    QList<qint64> olderHistory;
    QList<Event> logEvents;
    qint64 snapshotSeq = -1;
    qint64 next = -1;
    QString problem;

    void take(const QString &text)
    {
        texts.append(text.toUtf8());
        const QJsonObject json = QJsonDocument::fromJson(texts.last()).object();
        QString error;
        if (json.contains(QStringLiteral("snapshot"))) {
            SnapshotFrame frame;
            if (!fromJson(json, &frame, &error) || next >= 0)
                problem += QStringLiteral(" bad snapshot frame ") + error;
            snapshotEvents += frame.events;
            olderHistory += frame.olderHistory;
            snapshotSeq = frame.seq;
            return;
        }
        SyncBatch batch;
        if (json.value(QStringLiteral("next")).toInteger() == 0 && next < 0)
            return; // a heartbeat during the snapshot
        if (!fromJson(json, &batch, &error) || batch.next < next)
            problem += QStringLiteral(" bad or backward frame ") + error;
        logEvents += batch.events;
        next = batch.next;
    }
};

QByteArray wholeJson(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class StreamFramesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void snapshotFramesStayUnderTheBoundAndHoldTheWholeSnapshot();
    void logReplayFramesStayUnderTheBoundAndHoldEveryEventInOrder();
    void aPageIsCutBetweenEventsAndEachFrameCarriesItsOwnNext();

private:
    StreamFrames stream(const QString &query,
                        const std::function<bool(const StreamFrames &)> &done);
    Agent admin() const;

    QTemporaryDir m_dir;
    HubDatabase m_db;
    std::unique_ptr<HubContext> m_context;
    QWebSocketServer m_server{QStringLiteral("frames"), QWebSocketServer::NonSecureMode};
};

void StreamFramesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.open(m_dir.path(), QString()), qPrintable(m_db.errorString()));
    m_context = std::make_unique<HubContext>(m_db);
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    const QString chinese =
        longText(QStringLiteral("您好，请问我上周订购的商品什么时候发货？"), 4096);
    const QString portuguese =
        longText(QStringLiteral("Olá! Gostaria de saber o preço e o prazo de entrega. "), 4096);
    const QString caption = longText(QStringLiteral("Foto do produto com defeito, 看这里. "), 1024);
    ConversationRepository conversations(m_db);
    QVERIFY(m_db.begin());
    const qint64 start = 1700000000000;
    for (int c = 1; c <= frameConversations; ++c) {
        Conversation conversation;
        conversation.channelId = 1;
        conversation.customerNumber = QStringLiteral("55119%1").arg(20000000 + c);
        conversation.customerName = QStringLiteral("客户 %1").arg(c);
        conversation.id = conversations.insert(conversation);
        QVERIFY(conversation.id > 0);
        // Some conversations have more than the snapshot's newest messages.
        for (int m = 0; m < (c % 4 == 0 ? 26 : 3 + c % 9); ++m) {
            Message message;
            message.conversationId = conversation.id;
            message.kind = m % 5 == 4 ? MessageKind::Image : MessageKind::Text;
            message.text = m % 5 == 4 ? caption : (m % 2 == 0 ? chinese : portuguese);
            message.wamid = QStringLiteral("wamid.frames.%1.%2").arg(c).arg(m);
            message.createdAt = start + qint64(m) * 60000 + c;
            message.id = conversations.insertMessage(message);
            QVERIFY(message.id > 0);
            QVERIFY(m_context->events.append(EventType::MessageCreated, toJson(message), start) >
                    0);
            conversation.lastMessageAt = conversation.lastInboundAt = message.createdAt;
            conversation.lastMessageText = message.text;
        }
        QVERIFY(conversations.save(conversation));
        QVERIFY(m_context->events.append(EventType::ConversationCreated, toJson(conversation),
                                         start) > 0);
    }
    QVERIFY(m_db.commit());
}

void StreamFramesTest::snapshotFramesStayUnderTheBoundAndHoldTheWholeSnapshot()
{
    // What the snapshot holds, read unbounded as the hub read it: slices of snapshotSlice
    // entities, each the agent's part (AgentFeed), each the old hub's single frame.
    QString error;
    std::unique_ptr<SnapshotReads> reads =
        SnapshotReads::open(m_dir.path(), QString(), StreamHub::snapshotMessages, &error);
    QVERIFY2(reads, qPrintable(error));
    QList<QByteArray> expected;
    QList<qint64> expectedOlder;
    qsizetype largestSlice = 0;
    AgentFeed feed(*m_context);
    for (QList<Event> slice = reads->next(StreamHub::snapshotSlice); !slice.isEmpty();
         slice = reads->next(StreamHub::snapshotSlice)) {
        SnapshotFrame whole;
        whole.events = feed.forAgent(admin(), SyncBatch{slice, 0}).events;
        whole.olderHistory = reads->takeOlderHistory();
        expectedOlder += whole.olderHistory;
        for (const Event &event : std::as_const(whole.events))
            expected.append(wholeJson(toJson(event)));
        largestSlice = qMax(largestSlice, wholeJson(toJson(whole)).size());
    }
    const qint64 seq = reads->seq();
    reads.reset();
    qInfo("largest snapshot slice as one frame: %lld bytes", qint64(largestSlice));
    QVERIFY2(largestSlice > 10 * StreamHub::frameBytes, "the team's slices must need cutting");

    StreamHub hub(
        *m_context, [this](const QString &) { return std::optional<Agent>(admin()); },
        StreamHub::Limits{});
    hub.setSnapshotSource([this](QString *problem) {
        return SnapshotReads::open(m_dir.path(), QString(), StreamHub::snapshotMessages, problem);
    });
    connect(&m_server, &QWebSocketServer::newConnection, &hub, [&] {
        std::unique_ptr<QWebSocket> socket(m_server.nextPendingConnection());
        socket->setParent(nullptr);
        hub.accept(std::move(socket));
    });
    const StreamFrames frames = stream(QStringLiteral("since=0&snapshot=1"),
                                       [](const StreamFrames &f) { return f.snapshotSeq >= 0; });
    QVERIFY2(frames.problem.isEmpty(), qPrintable(frames.problem));
    QCOMPARE(frames.snapshotSeq, seq);
    qsizetype largest = 0;
    for (const QByteArray &text : frames.texts)
        largest = qMax(largest, text.size());
    qInfo("%lld snapshot frames, the largest %lld bytes", qint64(frames.texts.size()),
          qint64(largest));
    QVERIFY2(largest <= StreamHub::frameBytes, qPrintable(QString::number(largest)));
    QList<QByteArray> received;
    for (const Event &event : frames.snapshotEvents)
        received.append(wholeJson(toJson(event)));
    QCOMPARE(received.size(), expected.size());
    QCOMPARE(received, expected);
    QCOMPARE(frames.olderHistory, expectedOlder);
    QCOMPARE(expectedOlder.size(), frameConversations / 4);
}

void StreamFramesTest::logReplayFramesStayUnderTheBoundAndHoldEveryEventInOrder()
{
    const SyncBatch log = m_context->events.after(0, 100000);
    qsizetype largestPage = 0;
    for (qsizetype at = 0; at < log.events.size(); at += StreamHub::pageSize)
        largestPage =
            qMax(largestPage, wholeJson(toJson(SyncBatch{log.events.mid(at, StreamHub::pageSize),
                                                         log.events.last().seq}))
                                  .size());
    qInfo("largest log page as one frame: %lld bytes", qint64(largestPage));
    QVERIFY2(largestPage > 10 * StreamHub::frameBytes, "the team's pages must need cutting");

    StreamHub hub(
        *m_context, [this](const QString &) { return std::optional<Agent>(admin()); },
        StreamHub::Limits{});
    connect(&m_server, &QWebSocketServer::newConnection, &hub, [&] {
        std::unique_ptr<QWebSocket> socket(m_server.nextPendingConnection());
        socket->setParent(nullptr);
        hub.accept(std::move(socket));
    });
    const qint64 last = log.events.last().seq;
    const StreamFrames frames =
        stream(QStringLiteral("since=0"), [last](const StreamFrames &f) { return f.next >= last; });
    QVERIFY2(frames.problem.isEmpty(), qPrintable(frames.problem));
    for (const QByteArray &text : frames.texts)
        QVERIFY2(text.size() <= StreamHub::frameBytes, qPrintable(QString::number(text.size())));
    QVERIFY(frames.texts.size() > log.events.size() / StreamHub::pageSize + 1);
    const SyncBatch mine = AgentFeed(*m_context).forAgent(admin(), log);
    QCOMPARE(frames.logEvents.size(), mine.events.size());
    for (qsizetype i = 0; i < mine.events.size(); ++i)
        QCOMPARE(wholeJson(toJson(frames.logEvents.at(i))), wholeJson(toJson(mine.events.at(i))));
}

void StreamFramesTest::aPageIsCutBetweenEventsAndEachFrameCarriesItsOwnNext()
{
    SyncBatch page;
    for (qint64 seq = 11; seq <= 16; ++seq) {
        // The fourth event alone is larger than the bound: it goes in a frame of its own.
        const int length = seq == 14 ? 3000 : 250;
        page.events.append(Event{seq,
                                 EventType::ChannelUpdated,
                                 {{QStringLiteral("name"), QString(length, QLatin1Char('n'))}}});
    }
    page.next = 20; // events after 16 were filtered out: the last frame still moves to 20
    const QByteArrayList frames = batchFrames(page, 1000);
    QList<QList<qint64>> seqs;
    QList<qint64> nexts;
    for (const QByteArray &text : frames) {
        SyncBatch batch;
        QString error;
        QVERIFY2(fromJson(QJsonDocument::fromJson(text).object(), &batch, &error),
                 qPrintable(error));
        QVERIFY(text.size() <= 1000 || batch.events.size() == 1);
        seqs.append(QList<qint64>());
        for (const Event &event : std::as_const(batch.events))
            seqs.last().append(event.seq);
        nexts.append(batch.next);
    }
    QCOMPARE(seqs, (QList<QList<qint64>>{{11, 12, 13}, {14}, {15, 16}}));
    QCOMPARE(nexts, (QList<qint64>{13, 14, 20}));
    // Joined from each event's text, a frame is what QJsonDocument writes for it whole.
    QCOMPARE(batchFrames(page, 1 << 20), QByteArrayList{wholeJson(toJson(page))});
    QCOMPARE(batchFrames(SyncBatch{{}, 7}, 1000),
             QByteArrayList{wholeJson(toJson(SyncBatch{{}, 7}))});
}

StreamFrames StreamFramesTest::stream(const QString &query,
                                      const std::function<bool(const StreamFrames &)> &done)
{
    StreamFrames frames;
    QWebSocket client;
    connect(&client, &QWebSocket::textMessageReceived, this,
            [&frames](const QString &text) { frames.take(text); });
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?%2&token=t")
                         .arg(m_server.serverPort())
                         .arg(query)));
    if (!QTest::qWaitFor([&] { return done(frames); }, 60000))
        frames.problem += QStringLiteral(" the stream did not end");
    client.abort();
    return frames;
}

Agent StreamFramesTest::admin() const
{
    Agent agent;
    agent.id = 1;
    agent.login = QStringLiteral("admin");
    agent.role = Role::Admin;
    return agent;
}

QTEST_GUILESS_MAIN(StreamFramesTest)
#include "tst_streamframes.moc"
