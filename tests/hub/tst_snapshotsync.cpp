// A first sync from the stream's snapshot against the real hub (issue #11 item 3): the snapshot
// holds each conversation's newest messages at one seq, the log continues after that seq with
// every later event once, and a desktop syncing from it ends with the same mirror as one that
// replayed the whole log (its older messages fetched in the background).

#include "core/filter/filtersql.h"
#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/syncworker.h"
#include "customerwrites.h"
#include "hub/store/conversationrepository.h"
#include "hub/store/eventlog.h"
#include "hub/store/hubdatabase.h"
#include "hub/store/recordrepository.h"
#include "hubprocess.h"
#include "mirrortablerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebSocket>

using namespace parley;
using namespace parley::hub;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("snapshot-secret");
const int conversationCount = 120;
const int newestSent = 20; // StreamHub::snapshotMessages

// Every third conversation has more messages than the snapshot sends.
int messagesOf(int conversation)
{
    return conversation % 3 == 0 ? 45 : 1 + conversation % 7;
}

} // namespace

class SnapshotSyncTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void snapshotHoldsNewestMessagesAtOneSeqThenTheLogAfterIt();
    void firstSyncFromSnapshotEqualsFullReplay();

private:
    HubProcess m_hub;
    QString m_token;
    QTemporaryDir m_dir;
};

void SnapshotSyncTest::initTestCase()
{
    QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                           QStringLiteral("ana-password")));
    QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                             QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                             appSecret, QStringLiteral("vt")));
    // History written into the store with its events, as the hub would have appended them.
    {
        HubDatabase db;
        QVERIFY2(db.open(m_hub.dataDir(), m_hub.databaseUrl()), qPrintable(db.errorString()));
        EventLog events(db);
        ConversationRepository conversations(db);
        RecordRepository records(db);
        QVERIFY(db.begin());
        const qint64 start = 1700000000000;
        for (int c = 1; c <= conversationCount; ++c) {
            Record record;
            record.module = Module::Leads;
            record.fields.insert(QStringLiteral("name"), QStringLiteral("Cliente %1").arg(c));
            record.createdAt = record.updatedAt = start;
            const QString phone = QStringLiteral("55119%1").arg(10000000 + c);
            record.id = records.insert(record, phone);
            QVERIFY(record.id > 0);
            QVERIFY(events.append(EventType::RecordUpdated, toJson(record), start) > 0);
            // Every fourth record has activities (the snapshot reads a slice's at once).
            for (int a = 0; c % 4 == 0 && a < 3; ++a) {
                Activity activity;
                activity.kind = a == 1 ? ActivityKind::Call : ActivityKind::Task;
                activity.title = QStringLiteral("tarefa %1 do cliente %2").arg(a).arg(c);
                activity.dueAt = a == 2 ? 0 : start + qint64(3 - a) * 3600000;
                activity.done = a == 0;
                activity.recordId = record.id;
                activity.createdAt = activity.updatedAt = start;
                activity.id = records.insertActivity(activity);
                QVERIFY(activity.id > 0);
                QVERIFY(events.append(EventType::ActivityUpdated, toJson(activity), start) > 0);
            }
            Conversation conversation;
            conversation.channelId = 1;
            conversation.customerNumber = phone;
            conversation.customerName = QStringLiteral("Cliente %1").arg(c);
            conversation.recordModule = QStringLiteral("Leads");
            conversation.recordId = record.id;
            conversation.id = conversations.insert(conversation);
            QVERIFY(conversation.id > 0);
            for (int m = 0; m < messagesOf(c); ++m) {
                Message message;
                message.conversationId = conversation.id;
                message.text = QStringLiteral("mensagem %1 da conversa %2").arg(m).arg(c);
                message.wamid = QStringLiteral("wamid.snap.%1.%2").arg(c).arg(m);
                // Conversations interleave in time, so "newest first" is not insertion order.
                message.createdAt = start + qint64(m) * 100000 + (c * 7919 % conversationCount);
                message.id = conversations.insertMessage(message);
                QVERIFY(message.id > 0);
                QVERIFY(events.append(EventType::MessageCreated, toJson(message), start) > 0);
                conversation.lastInboundAt = conversation.lastMessageAt = message.createdAt;
                conversation.lastMessageText = message.text;
                conversation.unreadCount = m + 1;
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

void SnapshotSyncTest::snapshotHoldsNewestMessagesAtOneSeqThenTheLogAfterIt()
{
    const qint64 before = m_hub.events(m_token).last()[QStringLiteral("seq")].toInteger();
    QWebSocket stream;
    QList<SnapshotFrame> snapshot;
    QList<qint64> after;
    qint64 next = -1;
    QString problem;
    connect(&stream, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        if (json.contains(QStringLiteral("snapshot"))) {
            SnapshotFrame frame;
            if (!fromJson(json, &frame, &problem) || next >= 0)
                problem += QStringLiteral(" snapshot frame after the log began");
            snapshot.append(frame);
            return;
        }
        SyncBatch batch;
        if (!fromJson(json, &batch, &problem))
            return;
        if (!batch.events.isEmpty() && (snapshot.isEmpty() || !snapshot.last().isLast()))
            problem += QStringLiteral(" events before the snapshot's end");
        for (const Event &event : batch.events)
            after.append(event.seq);
        next = qMax(next, batch.next);
    });
    stream.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&snapshot=1&token=%2")
                         .arg(m_hub.port())
                         .arg(m_token)));
    QTRY_VERIFY_WITH_TIMEOUT(!snapshot.isEmpty(), 10000);
    // A customer writes while the snapshot is being sent: after its seq, so in the log part.
    const Id written = customerWrites(
        m_hub, appSecret, m_token,
        CustomerMessage(QStringLiteral("5511955550001"), QStringLiteral("escrevi durante")));
    QVERIFY(written > 0);
    const qint64 last = m_hub.events(m_token).last()[QStringLiteral("seq")].toInteger();
    QVERIFY(last > before);
    QTRY_VERIFY_WITH_TIMEOUT(next == last, 20000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The snapshot: at the seq the log had when the stream opened; each conversation once, with
    // its newest messages (as the messages route pages them), the older ones announced.
    QVERIFY(snapshot.last().isLast());
    QCOMPARE(snapshot.last().seq, before);
    QHash<Id, QList<Id>> messages;
    QList<Id> conversations;
    QSet<Id> older;
    for (const SnapshotFrame &frame : snapshot) {
        for (const Event &event : frame.events) {
            if (event.type == EventType::ConversationUpdated)
                conversations.append(event.data[QStringLiteral("id")].toInteger());
            else if (event.type == EventType::MessageCreated)
                messages[event.data[QStringLiteral("conversation_id")].toInteger()].append(
                    event.data[QStringLiteral("id")].toInteger());
        }
        for (qint64 id : frame.olderHistory)
            older.insert(id);
    }
    QCOMPARE(conversations.size(), conversationCount);
    QCOMPARE(QSet<Id>(conversations.begin(), conversations.end()).size(), conversationCount);
    for (Id id : conversations) {
        const QJsonArray page =
            m_hub
                .get(QStringLiteral("/api/v1/conversations/%1/messages?before_id=%2&limit=500")
                         .arg(id)
                         .arg(std::numeric_limits<qint64>::max()),
                     m_token)
                .json()[QStringLiteral("messages")]
                .toArray();
        QList<Id> newest;
        for (qsizetype i = qMax<qsizetype>(0, page.size() - newestSent); i < page.size(); ++i)
            newest.append(page.at(i)[QStringLiteral("id")].toInteger());
        QCOMPARE(messages.value(id), newest);
        QCOMPARE(older.contains(id), page.size() > newestSent);
    }
    // Then every event after the snapshot's seq, once and in order: the customer's among them.
    QVERIFY(!after.isEmpty());
    QCOMPARE(after.first(), before + 1);
    for (int i = 1; i < after.size(); ++i)
        QCOMPARE(after.at(i), after.at(i - 1) + 1);
    QCOMPARE(after.last(), last);
}

void SnapshotSyncTest::firstSyncFromSnapshotEqualsFullReplay()
{
    // The reference: the whole log replayed through sync pages.
    Mirror replayed;
    QCOMPARE(replayed.open(m_dir.filePath(QStringLiteral("replayed.sqlite"))),
             Mirror::OpenStatus::Ok);
    for (;;) {
        const QJsonObject page =
            m_hub
                .get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(replayed.lastSeq()),
                     m_token)
                .json();
        SyncBatch batch;
        QString error;
        QVERIFY2(fromJson(page, &batch, &error), qPrintable(error));
        QVERIFY2(replayed.apply(batch), qPrintable(replayed.errorString()));
        if (batch.events.size() < 5000)
            break;
    }

    // The desktop's first sync: the snapshot, then older history in the background.
    const QString path = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
    QThread thread;
    auto *worker = new SyncWorker;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection, Q_ARG(QUrl, m_hub.url()),
                              Q_ARG(QString, m_token), Q_ARG(QString, path));
    Mirror synced;
    QCOMPARE(synced.open(path), Mirror::OpenStatus::Ok);
    const QString conversationsSql = QStringLiteral(
        "SELECT id, channel_id, customer_number, customer_name, record_id, status, owner_id,"
        " last_message_at, last_message_text, unread_count FROM conversations");
    const QString messagesSql = QStringLiteral("SELECT id, conversation_id, direction, kind, text, "
                                               "state, wamid, created_at FROM messages");
    QTRY_VERIFY_WITH_TIMEOUT(
        synced.lastSeq() == replayed.lastSeq() &&
            mirrorTableRows(synced, QStringLiteral("SELECT * FROM older_history")).isEmpty() &&
            mirrorTableRows(synced, messagesSql).size() ==
                mirrorTableRows(replayed, messagesSql).size(),
        60000);
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    QCOMPARE(mirrorTableRows(synced, conversationsSql),
             mirrorTableRows(replayed, conversationsSql));
    QCOMPARE(mirrorTableRows(synced, messagesSql), mirrorTableRows(replayed, messagesSql));
    const QString recordsSql = QStringLiteral("SELECT id, module, fields FROM records");
    QCOMPARE(mirrorTableRows(synced, recordsSql), mirrorTableRows(replayed, recordsSql));
    const QString activitiesSql = QStringLiteral(
        "SELECT id, kind, title, due_at, done, record_id, created_at FROM activities");
    QCOMPARE(mirrorTableRows(synced, activitiesSql).size(), conversationCount / 4 * 3);
    QCOMPARE(mirrorTableRows(synced, activitiesSql), mirrorTableRows(replayed, activitiesSql));
    QCOMPARE(mirrorTableRows(synced, QStringLiteral("SELECT id, name FROM channels")),
             mirrorTableRows(replayed, QStringLiteral("SELECT id, name FROM channels")));
    QCOMPARE(mirrorTableRows(synced, QStringLiteral("SELECT id, login FROM agents")),
             mirrorTableRows(replayed, QStringLiteral("SELECT id, login FROM agents")));
    // Search finds the older messages too: indexed when they arrived, or still waiting in the
    // search backlog (mirror step 17: a bulk page's), whose rows search checks beside the index.
    const QString indexSql = QStringLiteral("SELECT rowid FROM message_search WHERE message_search"
                                            " MATCH '%1' AND instr(search_text, 'mensagem') > 0")
                                 .arg(fullTextQuery(QStringLiteral("mensagem")));
    const QString waitingSql = QStringLiteral(
        " UNION ALL SELECT m.id FROM search_backlog b CROSS JOIN messages m ON m.id = b.id"
        " WHERE instr(m.search_text, 'mensagem') > 0");
    QCOMPARE(mirrorTableRows(synced, indexSql + waitingSql).size(),
             mirrorTableRows(replayed, messagesSql).size() - 1);
    // Once the backlog is indexed, the index alone finds them all.
    QVERIFY2(synced.indexSearchBacklog(), qPrintable(synced.errorString()));
    QCOMPARE(mirrorTableRows(synced, indexSql).size(),
             mirrorTableRows(replayed, messagesSql).size() - 1);
}

QTEST_MAIN(SnapshotSyncTest)
#include "tst_snapshotsync.moc"
