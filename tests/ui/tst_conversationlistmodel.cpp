// The conversation list model over a real mirror, checked by QAbstractItemModelTester while the
// sync worker's changes move, insert and remove rows.
#include "../core/mirrorfixture.h"
#include "core/mirror/drafts.h"
#include "core/mirror/sqlthreadprobe.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

constexpr TimestampMs T0 = 1763700000000;

Conversation conversation(Id id, TimestampMs at, Id owner = 1)
{
    Conversation c;
    c.id = id;
    c.channelId = 1;
    c.customerNumber = QStringLiteral("5511900000%1").arg(id, 3, 10, QLatin1Char('0'));
    c.customerName = QStringLiteral("Cliente %1").arg(id);
    c.ownerId = owner;
    c.lastInboundAt = at;
    c.lastMessageAt = at;
    c.lastMessageText = QStringLiteral("mensagem %1").arg(id);
    return c;
}

// The model reads on the store's reader thread: wait for its answers to be applied.
bool settled(ConversationListModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, 10000);
}

QList<Id> ids(const ConversationListModel &model)
{
    QList<Id> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.conversationAt(row).id);
    return out;
}

} // namespace

class ConversationListModelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Every connection opened from now on reports the thread of each statement.
        SqlThreadProbe::setEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_mirror = std::make_unique<Mirror>();
        QCOMPARE(m_mirror->open(m_dir->filePath(QStringLiteral("m.sqlite"))),
                 Mirror::OpenStatus::Ok);
        m_log = EventLog();
        QList<Event> events;
        // 250 conversations: 1 is the newest.
        for (Id id = 1; id <= 250; ++id)
            events << m_log.conversation(conversation(id, T0 - id * 1000));
        QVERIFY(m_mirror->apply(batchOf(events)));
    }

    void pagesThroughTheMirror()
    {
        ConversationListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({}, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), ConversationListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.conversationAt(0).id, 1);
        QCOMPARE(model.conversationAt(249).id, 250);
        QCOMPARE(model.data(model.index(0), ConversationListModel::NameRole).toString(),
                 QStringLiteral("Cliente 1"));
    }

    void changesMoveInsertAndUpdateRowsInPlace()
    {
        ConversationListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({}, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        const QPersistentModelIndex selected = model.index(40); // conversation 41
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

        // Conversation 41 gets a new message: it moves to the top, the selection follows it.
        MirrorChanges changes;
        QVERIFY(
            m_mirror->apply(batchOf({m_log.conversation(conversation(41, T0 + 5000))}), &changes));
        model.refresh(changes);
        QVERIFY(settled(model));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(moves.size(), 1);
        QCOMPARE(model.conversationAt(0).id, 41);
        QCOMPARE(selected.row(), 0);
        QCOMPARE(model.conversationAt(0).lastMessageAt, T0 + 5000);

        // A brand-new conversation arrives: inserted at the top.
        QVERIFY(
            m_mirror->apply(batchOf({m_log.conversation(conversation(900, T0 + 9000))}), &changes));
        model.refresh(changes);
        QVERIFY(settled(model));
        // (The tester also pages further while it checks, which shows up as appends.)
        int insertsAtTop = 0;
        for (const QList<QVariant> &insert : inserts)
            insertsAtTop += insert.at(1).toInt() == 0 ? 1 : 0;
        QCOMPARE(insertsAtTop, 1);
        QCOMPARE(ids(model).mid(0, 3), (QList<Id>{900, 41, 1}));
        QCOMPARE(selected.row(), 1);
        QCOMPARE(resets.size(), 0);
    }

    void rowsLeaveAFilteredViewWhenTheyStopMatching()
    {
        ConversationListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConversationFilter mine;
        mine.scope = Scope::Mine;
        model.setFilter(mine, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 100);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        MirrorChanges changes;
        QVERIFY(m_mirror->apply(batchOf({m_log.conversation(conversation(3, T0 - 3000, 2))}),
                                &changes)); // reassigned to agent 2
        model.refresh(changes);
        QVERIFY(settled(model));
        bool removedRow2 = false; // conversation 3 was the third row
        for (const QList<QVariant> &removal : removals)
            removedRow2 = removedRow2 || (removal.at(1).toInt() == 2 && removal.at(2).toInt() == 2);
        QVERIFY(removedRow2);
        QCOMPARE(model.rowOf(3), -1);
        QCOMPARE(model.conversationAt(2).id, 4); // the next one moved up
    }

    void theOpenConversationStaysUntilAnotherIsOpened()
    {
        ConversationListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConversationFilter mine;
        mine.scope = Scope::Mine;
        model.setFilter(mine, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        model.setPinned(3);
        QVERIFY(settled(model));
        // Reassigned while open: it stops matching "mine", but the agent is looking at it.
        MirrorChanges changes;
        QVERIFY(m_mirror->apply(batchOf({m_log.conversation(conversation(3, T0 - 3000, 2))}),
                                &changes));
        model.refresh(changes);
        QVERIFY(settled(model));
        QCOMPARE(model.rowOf(3), 2);
        QCOMPARE(model.conversationAt(2).ownerId, 2); // shown as it is now
        // Still there after more changes elsewhere.
        QVERIFY(
            m_mirror->apply(batchOf({m_log.conversation(conversation(60, T0 + 100))}), &changes));
        model.refresh(changes);
        QVERIFY(settled(model));
        QCOMPARE(ids(model).mid(0, 4), (QList<Id>{60, 1, 2, 3}));
        // The agent opens another: now it leaves.
        model.setPinned(1);
        QVERIFY(settled(model));
        QCOMPARE(model.rowOf(3), -1);
        QCOMPARE(ids(model).mid(0, 3), (QList<Id>{60, 1, 2}));
        // A view switch shows the new view as it is.
        model.setPinned(2);
        QVERIFY(settled(model));
        QVERIFY(m_mirror->apply(batchOf({m_log.conversation(conversation(2, T0 - 2000, 2))}),
                                &changes));
        model.setFilter(mine, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        QCOMPARE(model.rowOf(2), -1);
    }

    void aHeldListUpdatesRowsButMovesNone()
    {
        ConversationListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({}, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        model.setHeld(true);
        QVERIFY(settled(model));
        QSignalSpy pending(&model, &ConversationListModel::pendingChanged);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        const QList<Id> before = ids(model);

        // A message in conversation 41 and two new conversations.
        Conversation moved = conversation(41, T0 + 5000);
        moved.lastMessageText = QStringLiteral("Chegou?");
        moved.unreadCount = 1;
        MirrorChanges changes;
        QVERIFY(m_mirror->apply(
            batchOf({m_log.conversation(moved), m_log.conversation(conversation(900, T0 + 9000)),
                     m_log.conversation(conversation(901, T0 + 9500))}),
            &changes));
        model.refresh(changes);
        QVERIFY(settled(model));
        // Nothing moved under the pointer (the tester may page further: appends at the end).
        QCOMPARE(ids(model).mid(0, before.size()), before);
        QCOMPARE(moves.size() + removals.size(), 0);
        for (const QList<QVariant> &insert : inserts)
            QVERIFY(insert.at(1).toInt() >= before.size());
        const int row41 = model.rowOf(41);
        QCOMPARE(row41, 40);
        QCOMPARE(model.data(model.index(row41), ConversationListModel::UnreadRole).toInt(), 1);
        QCOMPARE(model.data(model.index(row41), ConversationListModel::LastMessageRole).toString(),
                 QStringLiteral("Chegou?"));
        QVERIFY(model.hasPending());
        QCOMPARE(model.pendingNew(), 2);
        QCOMPARE(pending.last().at(0).toInt(), 2);

        // The pointer leaves: everything lands at once.
        model.setHeld(false);
        QVERIFY(settled(model));
        QVERIFY(!model.hasPending());
        QCOMPARE(ids(model).mid(0, 4), (QList<Id>{901, 900, 41, 1}));
        QCOMPARE(pending.last().at(1).toBool(), false);
    }

    void oldestFirstAndDraftsAndSnoozesOnRows()
    {
        ConversationListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({}, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        model.setOrder(ConversationOrder::OldestActivity);
        QVERIFY(settled(model));
        QCOMPARE(model.conversationAt(0).id, 250);
        model.fetchMore({});
        QVERIFY(settled(model));
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.conversationAt(249).id, 1);
        QVERIFY(Drafts(m_mirror->database()).save(249, QStringLiteral("Oi Cliente 249,")));
        model.reloadDrafts(); // read again off the GUI thread
        QTRY_COMPARE(model.data(model.index(1), ConversationListModel::DraftRole).toString(),
                     QStringLiteral("Oi Cliente 249,"));
        QCOMPARE(model.data(model.index(0), ConversationListModel::DraftRole).toString(),
                 QString());
        model.setSnoozed({250});
        QVERIFY(model.data(model.index(0), ConversationListModel::SnoozedRole).toBool());
        QVERIFY(!model.data(model.index(1), ConversationListModel::SnoozedRole).toBool());
    }

    void aChangedRowIsAnnouncedAloneAndNothingElseMoves()
    {
        ConversationListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({}, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

        // Conversation 5 is read elsewhere: same place, new badge.
        Conversation read = conversation(5, T0 - 5000);
        read.unreadCount = 0;
        read.lastMessageText = QStringLiteral("lida");
        MirrorChanges changes;
        QVERIFY(m_mirror->apply(batchOf({m_log.conversation(read)}), &changes));
        model.refresh(changes);
        QVERIFY(settled(model));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 4);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 4);
        QCOMPARE(resets.size() + moves.size() + removals.size(), 0);
        // (The tester may page further while it checks: appends after the loaded rows.)
        for (const QList<QVariant> &insert : inserts)
            QVERIFY(insert.at(1).toInt() >= ConversationListModel::pageSize);
        QCOMPARE(model.data(model.index(4), ConversationListModel::LastMessageRole).toString(),
                 QStringLiteral("lida"));
    }

    void aNewSearchSupersedesTheOneBefore()
    {
        QList<Event> events;
        events << m_log.message(textMessage(1, 7, Direction::In, QStringLiteral("Olá"), T0));
        events << m_log.message(
            textMessage(2, 9, Direction::In, QStringLiteral("quero o boleto"), T0 + 1));
        QVERIFY(m_mirror->apply(batchOf(events)));
        ConversationListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({}, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // The agent types on: "bo", "bol", "boleto"; only the last one's answer is shown.
        ConversationFilter search;
        for (const char *typed : {"bo", "bol", "boleto"}) {
            search.search = QString::fromUtf8(typed);
            model.setFilter(search, {1, T0, QTimeZone::utc()});
        }
        QVERIFY(model.isLoading());
        QVERIFY(settled(model));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(ids(model), (QList<Id>{9}));
        QCOMPARE(model.data(model.index(0), ConversationListModel::MatchTextRole).toString(),
                 QStringLiteral("quero o boleto"));
        QCOMPARE(model.data(model.index(0), ConversationListModel::MatchMessageIdRole).toLongLong(),
                 2);
    }

    void theListReadsNoSqlOnTheGuiThread()
    {
        QList<Event> events;
        for (Id id = 1; id <= 150; ++id)
            events << m_log.message(textMessage(1000 + id, id, Direction::In,
                                                QStringLiteral("pedido número %1").arg(id), T0));
        QVERIFY(m_mirror->apply(batchOf(events)));
        ConversationListModel model(m_mirror->database());
        SqlThreadProbe::reset();
        ConversationFilter search;
        search.search = QStringLiteral("pedido");
        model.setFilter(search, {1, T0, QTimeZone::utc()});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), ConversationListModel::pageSize);
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 150);
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
        MirrorChanges changes;
        QVERIFY(
            m_mirror->apply(batchOf({m_log.conversation(conversation(41, T0 + 5000))}), &changes));
        SqlThreadProbe::reset(); // (the apply above is the test's own, on this thread)
        model.refresh(changes);
        QVERIFY(settled(model));
        QCOMPARE(model.conversationAt(0).id, 41);
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);
    }

    void messagesShowPendingRepliesAfterTheMirrorsMessages()
    {
        QList<Event> events;
        events << m_log.message(textMessage(1, 7, Direction::In, QStringLiteral("Olá"), T0));
        QVERIFY(m_mirror->apply(batchOf(events)));
        Outbox outbox(m_mirror->database());
        QVERIFY(outbox.enqueueText(7, QStringLiteral("Oi! Como posso ajudar?"), T0 + 1));
        MessageListModel model(m_mirror->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(7);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), MessageListModel::TextRole).toString(),
                 QStringLiteral("Olá"));
        QCOMPARE(model.data(model.index(1), MessageListModel::StateRole).toInt(),
                 int(DeliveryState::Pending));
        QVERIFY(!model.data(model.index(1), MessageListModel::OutboxIdRole).toString().isEmpty());
        QVERIFY(model.data(model.index(0), MessageListModel::NewDayRole).toBool());
        QVERIFY(!model.data(model.index(1), MessageListModel::NewDayRole).toBool());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Mirror> m_mirror;
    EventLog m_log;
};

QTEST_MAIN(ConversationListModelTest)
#include "tst_conversationlistmodel.moc"
