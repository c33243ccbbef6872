// Mirror step 17: the new messages of a bulk batch wait in the search backlog and reach the
// full-text index 10,000 at a time. Search must find exactly what it finds on a fully indexed
// mirror while they wait, after they are indexed, and after re-wordings and deletions of waiting
// and of indexed messages; the index must then agree with the rows (FTS5's integrity-check).
#include "core/mirror/eventapplier.h"
#include "core/mirror/mirror.h"
#include "core/mirror/searchfold.h"
#include "mirrortestdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

constexpr int bulk = EventApplier::bulkBatchEvents;

// The ids of the messages search finds for `text` (the product's own SQL), newest first.
QList<Id> hits(QSqlDatabase db, const QString &text)
{
    const QString folded = foldForSearch(text);
    QSqlQuery q(db);
    q.prepare(newestSearchHitsSql());
    const QVariantList values = newestSearchHitsValues(folded);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QList<Id> ids;
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return {-1};
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// The ids the index alone holds for `text`, without the backlog.
QList<Id> indexed(QSqlDatabase db, const QString &text)
{
    const QString folded = foldForSearch(text);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid FROM message_search WHERE message_search MATCH ? AND"
                             " instr(search_text, ?) > 0 ORDER BY rowid DESC"));
    q.addBindValue(fullTextQuery(folded));
    q.addBindValue(folded);
    QList<Id> ids;
    if (!q.exec())
        return {-1};
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

qint64 waiting(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM search_backlog"));
}

// FTS5 compares the index with the rows it was built from (rank 1: the external content too).
bool indexMatchesRows(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 1)")))
        return true;
    qWarning() << q.lastError().text();
    return false;
}

// `count` messages of conversation `conversationId` from id `first` on: every seventh says
// "orçamento", every eleventh "发票号码", the rest "pedido".
QList<Event> messages(EventLog &log, Id conversationId, Id first, int count)
{
    QList<Event> events;
    for (Id id = first; id < first + count; ++id) {
        const QString text = id % 7 == 0    ? QStringLiteral("Segue o ORÇAMENTO %1").arg(id)
                             : id % 11 == 0 ? QStringLiteral("请把发票号码发给我 %1").arg(id)
                                            : QStringLiteral("meu pedido %1").arg(id);
        events.append(log.message(textMessage(id, conversationId, Direction::In, text, T0 + id)));
    }
    return events;
}

QList<Id> idsWhere(Id first, Id last, int divisor, int notDivisor = 0)
{
    QList<Id> ids;
    for (Id id = last; id >= first; --id) {
        if (id % divisor == 0 && (notDivisor == 0 || id % notDivisor != 0))
            ids.append(id);
    }
    return ids;
}

} // namespace

class MirrorSearchBacklogTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // A bulk batch's messages wait, and search finds them from their rows; indexed, the index
    // alone finds the same; a small batch afterwards indexes whatever waits with its own.
    void waitingMessagesAreFoundAndThenIndexed()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("b.sqlite"))), Mirror::OpenStatus::Ok);
        QSqlDatabase db = mirror.database();
        EventLog log;
        QList<Event> first{log.conversation(conversation(1, QStringLiteral("Ana"), T0))};
        first += messages(log, 1, 1, bulk);
        QVERIFY2(mirror.apply(batchOf(first)), qPrintable(mirror.errorString()));
        QCOMPARE(waiting(db), qint64(bulk));
        QCOMPARE(indexed(db, QStringLiteral("orcamento")), QList<Id>{});
        const QList<Id> quotes = idsWhere(1, bulk, 7);
        const QList<Id> invoices = idsWhere(1, bulk, 11, 7);
        QCOMPARE(hits(db, QStringLiteral("orcamento")), quotes);
        QCOMPARE(hits(db, QStringLiteral("发票号码")), invoices);
        QCOMPARE(search(db, QStringLiteral("orcamento")), QList<Id>{1});

        QVERIFY2(mirror.indexSearchBacklog(), qPrintable(mirror.errorString()));
        QCOMPARE(waiting(db), 0);
        QCOMPARE(indexed(db, QStringLiteral("orcamento")), quotes);
        QCOMPARE(hits(db, QStringLiteral("orcamento")), quotes);
        QCOMPARE(hits(db, QStringLiteral("发票号码")), invoices);
        QVERIFY(indexMatchesRows(db));

        // Another bulk batch waits; one live message indexes it with its own.
        QVERIFY2(mirror.apply(batchOf(messages(log, 1, bulk + 1, bulk))),
                 qPrintable(mirror.errorString()));
        QCOMPARE(waiting(db), qint64(bulk));
        QCOMPARE(hits(db, QStringLiteral("orcamento")), idsWhere(1, 2 * bulk, 7));
        QVERIFY2(mirror.apply(batchOf(messages(log, 1, 2 * bulk + 1, 1))),
                 qPrintable(mirror.errorString()));
        QCOMPARE(waiting(db), 0);
        QCOMPARE(indexed(db, QStringLiteral("orcamento")), idsWhere(1, 2 * bulk + 1, 7));
        QVERIFY(indexMatchesRows(db));
    }

    // Bulk batches index the backlog themselves once it holds backlogLimit messages, so search
    // never scans more than about that many rows.
    void theBacklogIsIndexedAtItsLimit()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("l.sqlite"))), Mirror::OpenStatus::Ok);
        QSqlDatabase db = mirror.database();
        EventLog log;
        const int perBatch = 2 * bulk;
        Id next = 1;
        while (next - 1 + perBatch < EventApplier::backlogLimit) {
            QVERIFY2(mirror.apply(batchOf(messages(log, 1 + next % 3, next, perBatch))),
                     qPrintable(mirror.errorString()));
            next += perBatch;
            QCOMPARE(waiting(db), next - 1);
        }
        QVERIFY2(mirror.apply(batchOf(messages(log, 1, next, perBatch))),
                 qPrintable(mirror.errorString()));
        next += perBatch;
        QCOMPARE(waiting(db), 0);
        QCOMPARE(indexed(db, QStringLiteral("发票号码")).size(),
                 idsWhere(1, next - 1, 11, 7).size());
        QVERIFY(indexMatchesRows(db));
    }

    // A message re-worded while it waits is found by its new words only, before and after it is
    // indexed; one re-worded in a bulk batch after it was indexed leaves the index at once and
    // waits with its new words.
    void rewordedMessagesAreFoundByTheirNewWords()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("r.sqlite"))), Mirror::OpenStatus::Ok);
        QSqlDatabase db = mirror.database();
        EventLog log;
        // Message 1 is indexed (a small batch), messages 2… wait (a bulk one).
        QVERIFY(mirror.apply(batchOf(
            {log.conversation(conversation(1, QStringLiteral("Ana"), T0)),
             log.message(textMessage(1, 1, Direction::In, QStringLiteral("orçamento A"), T0))})));
        QVERIFY(mirror.apply(batchOf(messages(log, 1, 2, bulk))));
        QCOMPARE(waiting(db), qint64(bulk));
        QVERIFY(hits(db, QStringLiteral("orcamento")).contains(1));
        QVERIFY(hits(db, QStringLiteral("orcamento")).contains(7));

        // In one bulk batch: 7 (waiting) and 1 (indexed) are re-worded, with new messages.
        QList<Event> rewording{
            log.raw(EventType::MessageUpdated,
                    toJson(textMessage(7, 1, Direction::In, QStringLiteral("entrega hoje"), T0))),
            log.raw(
                EventType::MessageUpdated,
                toJson(textMessage(1, 1, Direction::In, QStringLiteral("entrega amanhã"), T0)))};
        rewording += messages(log, 1, bulk + 2, bulk);
        QVERIFY2(mirror.apply(batchOf(rewording)), qPrintable(mirror.errorString()));
        QCOMPARE(waiting(db), qint64(2 * bulk + 1)); // message 1 waits again
        QCOMPARE(indexed(db, QStringLiteral("orcamento")), QList<Id>{});
        const QList<Id> quotes = idsWhere(8, 2 * bulk + 1, 7);
        QCOMPARE(hits(db, QStringLiteral("orcamento")), quotes);
        QCOMPARE(hits(db, QStringLiteral("entrega")), (QList<Id>{7, 1}));
        QVERIFY(mirror.indexSearchBacklog());
        QCOMPARE(hits(db, QStringLiteral("orcamento")), quotes);
        QCOMPARE(indexed(db, QStringLiteral("entrega")), (QList<Id>{7, 1}));
        QVERIFY(indexMatchesRows(db));
    }

    // A conversation that leaves the mirror takes its messages out of the index and out of the
    // backlog alike, whichever each was in.
    void deletedMessagesLeaveTheBacklogAndTheIndex()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("d.sqlite"))), Mirror::OpenStatus::Ok);
        QSqlDatabase db = mirror.database();
        EventLog log;
        QList<Event> first{log.conversation(conversation(1, QStringLiteral("Ana"), T0)),
                           log.conversation(conversation(2, QStringLiteral("Bia"), T0))};
        first += messages(log, 1, 1, 20);
        QVERIFY(mirror.apply(batchOf(first))); // small: indexed
        QList<Event> second = messages(log, 1, 21, bulk);
        second += messages(log, 2, bulk + 21, bulk);
        QVERIFY(mirror.apply(batchOf(second))); // bulk: waiting
        QCOMPARE(waiting(db), qint64(2 * bulk));
        QVERIFY2(mirror.apply(batchOf(
                     {log.raw(EventType::ConversationLeft, {{"id", 1}, {"department", "Sales"}})})),
                 qPrintable(mirror.errorString()));
        QCOMPARE(waiting(db), 0); // conversation 1's left, the small batch indexed 2's
        QCOMPARE(hits(db, QStringLiteral("orcamento")), idsWhere(bulk + 21, 2 * bulk + 20, 7));
        QCOMPARE(search(db, QStringLiteral("orcamento")), QList<Id>{2});
        QVERIFY(indexMatchesRows(db));

        // Waiting messages deleted before they are indexed leave no trace in the index either.
        QList<Event> third{log.conversation(conversation(3, QStringLiteral("Caio"), T0))};
        third += messages(log, 3, 2 * bulk + 21, bulk);
        QVERIFY(mirror.apply(batchOf(third)));
        QCOMPARE(waiting(db), qint64(bulk));
        QList<Event> leaving = messages(log, 2, 3 * bulk + 21, bulk);
        leaving.append(log.raw(EventType::ConversationLeft, {{"id", 3}, {"department", "Sales"}}));
        QVERIFY(mirror.apply(batchOf(leaving)));
        QCOMPARE(waiting(db), qint64(bulk)); // 3's left the backlog, 2's new ones wait
        QVERIFY(mirror.indexSearchBacklog());
        QCOMPARE(search(db, QStringLiteral("orcamento")), QList<Id>{2});
        QVERIFY(indexMatchesRows(db));
        QVERIFY(mirror.verify());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(MirrorSearchBacklogTest)
#include "tst_mirrorsearchbacklog.moc"
