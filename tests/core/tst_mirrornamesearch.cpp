// Mirror step 18: customer names and numbers have a trigram index, and the inbox search starts
// from the conversations it proposes. Search must find exactly what `LIKE '%text%'` on every
// name and number finds (ASCII case aside, `%`, `_` and `\` literal), after inserts, renames and
// deletions, for names still waiting in the index's backlog, for a mirror made at step 17, and
// for searches too short for trigrams; the index must agree with its rows, and the page's plan
// must start from the hits instead of walking every conversation.
#include "core/filter/builtinviews.h"
#include "core/mirror/eventapplier.h"
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorschema.h"
#include "mirrortestdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

// What the search found before step 18, the LIKE over every conversation, newest first (the
// conversations of these tests have no message that holds the searched text).
QList<Id> likeOverEveryConversation(QSqlDatabase db, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM conversations WHERE customer_name LIKE ? ESCAPE '\\'"
                             " OR customer_number LIKE ? ESCAPE '\\'"
                             " ORDER BY last_message_at DESC, id DESC LIMIT 50"));
    q.addBindValue(likeContaining(text));
    q.addBindValue(likeContaining(text));
    QList<Id> ids;
    if (!q.exec())
        return {-1};
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool indexMatchesRows(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("INSERT INTO conversation_search (conversation_search, rank)"
                              " VALUES ('integrity-check', 1)")))
        return true;
    qWarning() << q.lastError().text();
    return false;
}

qint64 indexedRows(QSqlDatabase db, Id id)
{
    return scalar(
        db, QStringLiteral("SELECT count(*) FROM conversation_search WHERE rowid = %1").arg(id));
}

qint64 waiting(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM conversation_search_backlog"));
}

Conversation named(Id id, const QString &name, const QString &number)
{
    Conversation c = conversation(id, name, T0 + id * 1000);
    c.customerNumber = number;
    return c;
}

// Names that tell LIKE's rules apart: ASCII case, non-ASCII case (LIKE keeps it), the three
// characters the pattern escapes, and look-alikes of them.
QList<Conversation> people()
{
    return {named(1, QStringLiteral("Ana Beatriz Souza"), QStringLiteral("5511912345678")),
            named(2, QStringLiteral("JOÃO SOUZA"), QStringLiteral("5511987654321")),
            named(3, QStringLiteral("Ângela Lima"), QStringLiteral("8613800001111")),
            named(4, QStringLiteral("50% off Ltda"), QStringLiteral("14155550100")),
            named(5, QStringLiteral("500 offline"), QStringLiteral("14155550199")),
            named(6, QStringLiteral("a_b Comércio"), QStringLiteral("819012340000")),
            named(7, QStringLiteral("axb Comércio"), QStringLiteral("819012340001")),
            named(8, QStringLiteral("back\\slash"), QStringLiteral("819012340002")),
            named(9, QStringLiteral("backXslash"), QStringLiteral("819012340003")),
            named(10, QStringLiteral("王小明"), QStringLiteral("8613812345678")),
            named(11, QString(), QStringLiteral("5511900000011"))};
}

// Every kind of search text the rules above tell apart, short ones included.
QStringList searches()
{
    return {QStringLiteral("souza"),       QStringLiteral("SOUZA"),   QStringLiteral("joão"),
            QStringLiteral("JOÃO"),        QStringLiteral("ângela"),  QStringLiteral("Ângela"),
            QStringLiteral("ngela"),       QStringLiteral("0% o"),    QStringLiteral("% off"),
            QStringLiteral("a_b"),         QStringLiteral("_b C"),    QStringLiteral("k\\s"),
            QStringLiteral("back\\slash"), QStringLiteral("小明"),    QStringLiteral("王小明"),
            QStringLiteral("5511"),        QStringLiteral("  1234 "), QStringLiteral("0001"),
            QStringLiteral("Li"),          QStringLiteral("a"),       QStringLiteral("%"),
            QStringLiteral("_"),           QStringLiteral("\\"),      QStringLiteral("nobody")};
}

} // namespace

class MirrorNameSearchTest : public QObject {
    Q_OBJECT

private:
    // Search finds what the LIKE over every conversation finds, for every text of searches().
    void checkAllSearches(QSqlDatabase db)
    {
        for (const QString &text : searches())
            QVERIFY2(search(db, text) == likeOverEveryConversation(db, text), qPrintable(text));
    }

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_files)); }

private slots:
    void namesAndNumbersAreFoundOnceApplied()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(newPath()), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        for (const Conversation &c : people())
            events.append(log.conversation(c));
        QVERIFY2(mirror.apply(batchOf(events)), qPrintable(mirror.errorString()));
        QSqlDatabase db = mirror.database();
        QCOMPARE(waiting(db), 0); // the batch indexed them
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM conversation_search")), 11);
        QVERIFY(indexMatchesRows(db));
        QCOMPARE(search(db, QStringLiteral("souza")), (QList<Id>{2, 1}));
        QCOMPARE(search(db, QStringLiteral("ngela")), QList<Id>{3});
        QCOMPARE(search(db, QStringLiteral("ângela")), QList<Id>{}); // LIKE keeps non-ASCII case
        QCOMPARE(search(db, QStringLiteral("0% o")), QList<Id>{4});  // not "500 offline"
        QCOMPARE(search(db, QStringLiteral("a_b")), QList<Id>{6});   // not "axb"
        QCOMPARE(search(db, QStringLiteral("k\\s")), QList<Id>{8});  // not "backXslash"
        QCOMPARE(search(db, QStringLiteral("1234")), (QList<Id>{10, 9, 8, 7, 6, 1}));
        QCOMPARE(search(db, QStringLiteral("Li")), (QList<Id>{5, 3})); // "offline", "Lima"
        checkAllSearches(db);
    }

    void aBulkBatchIndexesItsNamesToo()
    {
        // A first sync's pages are bulk batches: their messages wait for the full-text index
        // (step 17), their conversations' names do not.
        Mirror mirror;
        QCOMPARE(mirror.open(newPath()), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        for (Id id = 1; id <= EventApplier::bulkBatchEvents; ++id)
            events.append(log.conversation(
                named(id, QStringLiteral("Cliente %1").arg(id), QStringLiteral("5511%1").arg(id))));
        QVERIFY(mirror.apply(batchOf(events)));
        QSqlDatabase db = mirror.database();
        QCOMPARE(waiting(db), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM conversation_search")),
                 EventApplier::bulkBatchEvents);
        QCOMPARE(search(db, QStringLiteral("cliente 499")), QList<Id>{499});
        QCOMPARE(search(db, QStringLiteral("5511250")), QList<Id>{250});
    }

    void aTextInManyNamesWalksTheListInstead()
    {
        // "5511" is in every number here: reading 1,100 candidates to sort them would cost more
        // than the list's walk, which finds a page at once. Same results either way.
        Mirror mirror;
        QCOMPARE(mirror.open(newPath()), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        for (Id id = 1; id <= nameCandidateLimit + 100; ++id)
            events.append(
                log.conversation(named(id, QStringLiteral("Cliente %1").arg(id),
                                       QStringLiteral("5511%1").arg(id, 8, 10, QLatin1Char('0')))));
        QVERIFY(mirror.apply(batchOf(events)));
        QSqlDatabase db = mirror.database();
        for (const QString &text : {QStringLiteral("5511"), QStringLiteral("cliente 10")}) {
            ConversationFilter filter;
            filter.search = text;
            FilterContext context;
            QString error;
            QVERIFY2(withNameCandidates(db, filter, &context, &error), qPrintable(error));
            QCOMPARE(context.manyNameCandidates, text == QStringLiteral("5511"));
            const SqlCondition page = conversationPageSql(filter, context, {}, 50);
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + page.sql));
            for (int i = 0; i < page.values.size(); ++i)
                q.bindValue(i, page.values.at(i));
            QVERIFY(q.exec());
            QStringList plan;
            while (q.next())
                plan.append(q.value(3).toString());
            QCOMPARE(plan.first(),
                     context.manyNameCandidates
                         ? QStringLiteral("SCAN c USING INDEX conversations_by_activity")
                         : QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"));
            QCOMPARE(search(db, text), likeOverEveryConversation(db, text));
            qint64 count = 0;
            QVERIFY2(countConversations(db, filter, {}, &count, &error), qPrintable(error));
            QCOMPARE(count, text == QStringLiteral("5511") ? nameCandidateLimit + 100
                                                           : 111); // 10, 100-109, 1000-1099
        }
    }

    void renamesAndDeletionsLeaveTheIndex()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(newPath()), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        for (const Conversation &c : people())
            events.append(log.conversation(c));
        QVERIFY(mirror.apply(batchOf(events)));
        QSqlDatabase db = mirror.database();

        // A rename (the customer's profile name changed) and a new number, as the hub sends them.
        Conversation renamed = people().at(0);
        renamed.customerName = QStringLiteral("Ana Beatriz Oliveira");
        Conversation renumbered = people().at(1);
        renumbered.customerNumber = QStringLiteral("5521977770000");
        QVERIFY(mirror.apply(batchOf({log.conversation(renamed), log.conversation(renumbered)})));
        QCOMPARE(waiting(db), 0);
        QVERIFY(indexMatchesRows(db));
        QCOMPARE(search(db, QStringLiteral("souza")), QList<Id>{2});
        QCOMPARE(search(db, QStringLiteral("oliveira")), QList<Id>{1});
        QCOMPARE(search(db, QStringLiteral("98765")), QList<Id>{});
        QCOMPARE(search(db, QStringLiteral("21977")), QList<Id>{2});
        checkAllSearches(db);

        // The conversation moves out of this agent's scope: it leaves the mirror and the index.
        QVERIFY(mirror.apply(batchOf(
            {log.raw(EventType::ConversationLeft, QJsonObject{{QStringLiteral("id"), 2}})})));
        QCOMPARE(indexedRows(db, 2), 0);
        QVERIFY(indexMatchesRows(db));
        QCOMPARE(search(db, QStringLiteral("souza")), QList<Id>{});
        checkAllSearches(db);
    }

    void waitingNamesAreFound()
    {
        // Rows written outside the applier (older tools, tests) wait in the backlog until the
        // next batch or indexSearchBacklog(); search reads them from their rows meanwhile.
        Mirror mirror;
        QCOMPARE(mirror.open(newPath()), Mirror::OpenStatus::Ok);
        QSqlDatabase db = mirror.database();
        QSqlQuery q(db);
        for (const Conversation &c : people()) {
            q.prepare(QStringLiteral("INSERT INTO conversations (id, channel_id, customer_name,"
                                     " customer_number, last_message_at) VALUES (?, 1, ?, ?, ?)"));
            q.addBindValue(c.id);
            q.addBindValue(c.customerName.isNull() ? QStringLiteral("") : c.customerName);
            q.addBindValue(c.customerNumber);
            q.addBindValue(c.lastMessageAt);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QCOMPARE(waiting(db), 11);
        QCOMPARE(search(db, QStringLiteral("souza")), (QList<Id>{2, 1}));
        checkAllSearches(db);
        // Renamed and deleted while waiting: the backlog follows the rows.
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE conversations SET customer_name = 'Ana Beatriz Lima' WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM conversations WHERE id = 2")));
        QCOMPARE(waiting(db), 10);
        QCOMPARE(search(db, QStringLiteral("souza")), QList<Id>{});
        QCOMPARE(search(db, QStringLiteral("lima")), (QList<Id>{3, 1}));
        checkAllSearches(db);

        QVERIFY2(mirror.indexSearchBacklog(), qPrintable(mirror.errorString()));
        QCOMPARE(waiting(db), 0);
        QVERIFY(indexMatchesRows(db));
        QCOMPARE(search(db, QStringLiteral("lima")), (QList<Id>{3, 1}));
        checkAllSearches(db);
        // Renamed once indexed, outside the applier: the old name leaves the index at once.
        QVERIFY(q.exec(
            QStringLiteral("UPDATE conversations SET customer_name = 'Ana Costa' WHERE id = 1")));
        QCOMPARE(indexedRows(db, 1), 0);
        QCOMPARE(search(db, QStringLiteral("costa")), QList<Id>{1});
        checkAllSearches(db);
    }

    void aMirrorOfStep17IsIndexedByTheStep()
    {
        const QString path = newPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("step17"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrateMirror(db, &error, 17), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO conversations (id, channel_id, customer_name, customer_number,"
                " last_message_at) VALUES (1, 1, 'Ana Souza', '5511912345678', 10),"
                " (2, 1, 'Bruno Souza', '5511987654321', 20), (3, 1, '', '8613800001111', 30)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("step17"));

        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
        QSqlDatabase db = mirror.database();
        QCOMPARE(mirrorVersion(db), latestMirrorVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM conversation_search")), 3);
        QCOMPARE(waiting(db), 0);
        QVERIFY(indexMatchesRows(db));
        QCOMPARE(search(db, QStringLiteral("souza")), (QList<Id>{2, 1}));
        QCOMPARE(search(db, QStringLiteral("86138")), QList<Id>{3});
    }

    void thePageStartsFromTheHits()
    {
        // Without statistics (the mirror never runs ANALYZE) the plan does not depend on the
        // rows: with a search of 3 characters or more, no view walks every conversation.
        Mirror mirror;
        QCOMPARE(mirror.open(newPath()), Mirror::OpenStatus::Ok);
        QList<ConversationFilter> filters;
        for (BuiltinView view : builtinViews())
            filters.append(builtinViewFilter(view));
        ConversationFilter awaitingMine;
        awaitingMine.scope = Scope::Mine;
        awaitingMine.awaitingReply = true;
        filters.append(awaitingMine);
        FilterContext context;
        context.me = 7;
        context.myTeams = {3}; // in no team, "my team" is the constant 0: no plan to speak of
        for (const QString &text : {QStringLiteral("orçamento"), QStringLiteral("发票号码")}) {
            for (ConversationFilter filter : std::as_const(filters)) {
                filter.search = text;
                for (ConversationOrder order :
                     {ConversationOrder::NewestActivity, ConversationOrder::OldestActivity,
                      ConversationOrder::HighestPriority}) {
                    const SqlCondition page = conversationPageSql(filter, context, {}, 50, order);
                    QSqlQuery q(mirror.database());
                    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + page.sql));
                    for (int i = 0; i < page.values.size(); ++i)
                        q.bindValue(i, page.values.at(i));
                    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                    QStringList plan;
                    while (q.next())
                        plan.append(q.value(3).toString());
                    QVERIFY2(!plan.join('\n').contains(QStringLiteral("SCAN c ")) &&
                                 plan.contains(QStringLiteral(
                                     "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)")),
                             qPrintable(plan.join('\n')));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(MirrorNameSearchTest)
#include "tst_mirrornamesearch.moc"
