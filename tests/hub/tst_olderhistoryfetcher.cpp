// The desktop's background fetch of older history against the real hub (issue #11, first
// sync): after a snapshot, OlderHistoryFetcher pages GET /api/v1/older-history with the next
// request sent before each answer is applied (its cursors taken from the answer, not the
// mirror). Small pages make every case happen: conversations answered in part, conversations
// the answer did not reach, a conversation the agent asks for first; the mirror must end with
// every message of every conversation, the same ids as the hub's store.

#include "core/mirror/mirror.h"
#include "core/sync/olderhistoryfetcher.h"
#include "historyseed.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <functional>

using namespace parley;
using namespace parley::testing;

namespace {

const int conversationCount = 24;
const int newestSent = 20; // StreamHub::snapshotMessages

// Short ones (all in the snapshot) and long ones (older messages left for the fetcher).
int messagesOf(int conversation)
{
    return conversation % 3 == 0 ? 21 + conversation * 5 % 37 : 1 + conversation % 9;
}

QList<Id> mirroredIds(Mirror &mirror, Id conversationId)
{
    QList<Id> ids;
    QSqlQuery query(mirror.database());
    query.prepare(QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? ORDER BY id"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return {-1};
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

class OlderHistoryFetcherTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pipelinedPagesBringEveryOlderMessageOnce();
    void pagesAlsoCompleteWhenTheGateIsBusyBetweenThem();
    void aConversationAskedForComesFirst();

private:
    // A fresh mirror with the stream's snapshot applied, as a first sync leaves it.
    bool snapshotInto(Mirror &mirror, const QString &name);
    // Runs a fetcher with small pages until the mirror lists no older history; `gate` decides
    // each time it is asked. `first` (if any) is asked for before the rest;
    // `leftWhenFirstDone` then holds how many conversations still had older history when it
    // was complete.
    void fetchAll(Mirror &mirror, std::function<OlderHistoryFetcher::Gate()> gate, Id first = 0,
                  int *leftWhenFirstDone = nullptr);
    void compareWithHub(Mirror &mirror);

    HubProcess m_hub;
    QString m_token;
    QTemporaryDir m_dir;
    QHash<Id, QList<Id>> m_messages; // conversation → its message ids, oldest first
    QList<Id> m_long;                // conversations with more than the snapshot sends
};

void OlderHistoryFetcherTest::initTestCase()
{
    m_hub.setFastPasswordHashing(true);
    QVERIFY(
        m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"), QStringLiteral("pw-ana-1")));
    QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                             QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                             QStringLiteral("fetch-secret"), QStringLiteral("vt")));
    // Interleaved in time, so the fetcher's newest-first order is not id order.
    seedHistory(m_hub,
                {conversationCount,
                 messagesOf,
                 [](int conversation, int message) {
                     return qint64(message) * 100000 + (conversation * 7919 % conversationCount);
                 },
                 {}}, // no departments
                &m_messages);
    if (QTest::currentTestFailed())
        return;
    QList<Id> conversations = m_messages.keys();
    std::sort(conversations.begin(), conversations.end());
    for (Id id : std::as_const(conversations)) {
        if (m_messages.value(id).size() > newestSent)
            m_long.append(id);
    }
    QVERIFY(m_long.size() >= 5); // enough to fill several requests of a few conversations
    QVERIFY(m_hub.start());
    m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("pw-ana-1"));
    QVERIFY(!m_token.isEmpty());
}

bool OlderHistoryFetcherTest::snapshotInto(Mirror &mirror, const QString &name)
{
    if (mirror.open(m_dir.filePath(name)) != Mirror::OpenStatus::Ok)
        return false;
    QWebSocket stream;
    bool last = false;
    QString problem;
    connect(&stream, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        SnapshotFrame frame;
        if (!json.contains(QStringLiteral("snapshot")) || last)
            return; // the log after the snapshot: not needed here
        if (!fromJson(json, &frame, &problem) || !mirror.applySnapshot(frame))
            problem += QStringLiteral(" frame not applied: ") + mirror.errorString();
        last = frame.isLast();
    });
    stream.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&snapshot=1&token=%2")
                         .arg(m_hub.port())
                         .arg(m_token)));
    if (!QTest::qWaitFor([&] { return last || !problem.isEmpty(); }, 20000) || !problem.isEmpty()) {
        qWarning("snapshot: %s", qPrintable(problem));
        return false;
    }
    stream.close();
    // As a first sync leaves it: the newest messages only, the long ones listed for later.
    return QSet<Id>(m_long.begin(), m_long.end()) == [&] {
        const QList<Id> listed = mirror.olderHistory(1000);
        return QSet<Id>(listed.begin(), listed.end());
    }();
}

void OlderHistoryFetcherTest::fetchAll(Mirror &mirror,
                                       std::function<OlderHistoryFetcher::Gate()> gate, Id first,
                                       int *leftWhenFirstDone)
{
    QNetworkAccessManager network;
    OlderHistoryFetcher fetcher(&network, std::move(gate), nullptr);
    // Three conversations and seven messages a request: most answers end inside a
    // conversation, and some conversations asked for are not reached.
    fetcher.setPageLimits(3, 7);
    QString failure;
    connect(&fetcher, &OlderHistoryFetcher::failed, this,
            [&failure](const QString &error) { failure = error; });
    if (leftWhenFirstDone) {
        *leftWhenFirstDone = -1;
        connect(&fetcher, &OlderHistoryFetcher::mirrorChanged, this, [&, first] {
            const QList<Id> left = mirror.olderHistory(1000);
            if (*leftWhenFirstDone < 0 && !left.contains(first))
                *leftWhenFirstDone = int(left.size());
        });
    }
    fetcher.start(&mirror, m_hub.url(), m_token);
    fetcher.schedule(0);
    if (first != 0)
        fetcher.prioritize(first);
    QTRY_VERIFY_WITH_TIMEOUT(mirror.olderHistory(1).isEmpty() || !failure.isEmpty(), 60000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    fetcher.stop();
    // Each request asked for at most 7 messages: many requests, so many were pipelined.
    int older = 0;
    for (Id id : std::as_const(m_long))
        older += int(m_messages.value(id).size()) - newestSent;
    QVERIFY(fetcher.requestsSent() >= older / 7);
}

void OlderHistoryFetcherTest::compareWithHub(Mirror &mirror)
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        QCOMPARE(mirroredIds(mirror, it.key()), it.value()); // each once, none missing
}

void OlderHistoryFetcherTest::pipelinedPagesBringEveryOlderMessageOnce()
{
    Mirror mirror;
    QVERIFY(snapshotInto(mirror, QStringLiteral("ready.sqlite")));
    fetchAll(mirror, [] { return OlderHistoryFetcher::Gate::Ready; });
    if (!QTest::currentTestFailed())
        compareWithHub(mirror);
}

void OlderHistoryFetcherTest::pagesAlsoCompleteWhenTheGateIsBusyBetweenThem()
{
    // Busy every other time it is asked (a reply being sent): some answers are then applied
    // without a request in flight, and the next request is read from the mirror.
    Mirror mirror;
    QVERIFY(snapshotInto(mirror, QStringLiteral("busy.sqlite")));
    int asked = 0;
    fetchAll(mirror, [&asked] {
        return ++asked % 2 == 0 ? OlderHistoryFetcher::Gate::Busy
                                : OlderHistoryFetcher::Gate::Ready;
    });
    if (!QTest::currentTestFailed())
        compareWithHub(mirror);
}

void OlderHistoryFetcherTest::aConversationAskedForComesFirst()
{
    // The oldest of the long conversations with more older messages than one answer holds
    // would come last or nearly; asked for, each answer's seven messages go to it first, and it
    // is complete while every other one still waits (what its last answer leaves over, under
    // seven messages, goes to the newest, whose older history is longer than that).
    Mirror mirror;
    QVERIFY(snapshotInto(mirror, QStringLiteral("first.sqlite")));
    const QList<Id> order = mirror.olderHistory(1000);
    Id first = 0;
    for (Id id : order) {
        if (m_messages.value(id).size() - newestSent > 7)
            first = id;
    }
    QVERIFY(first != 0 && first != order.first());
    QVERIFY(m_messages.value(order.first()).size() - newestSent > 7);
    int leftWhenDone = -1;
    fetchAll(
        mirror, [] { return OlderHistoryFetcher::Gate::Ready; }, first, &leftWhenDone);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(leftWhenDone, int(order.size()) - 1);
    compareWithHub(mirror);
}

QTEST_MAIN(OlderHistoryFetcherTest)
#include "tst_olderhistoryfetcher.moc"
