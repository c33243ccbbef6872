// The conversation pane's messages over a real mirror: read on the store's reader thread (no SQL
// on the GUI thread), a new message one inserted row, a status one changed row, older pages
// coming in above without moving what the agent reads, and older history asked of the sync
// worker when the agent scrolls to the top of what the mirror holds.
#include "../core/mirrorfixture.h"
#include "core/mirror/sqlthreadprobe.h"
#include "core/protocol/olderhistory.h"
#include "ui/conversation/conversationpane.h"
#include "ui/models/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

constexpr TimestampMs T0 = 1763700000000;
constexpr Id conversationId = 7;
constexpr int storedMessages = 120; // ids 1001…1120, one a minute

Conversation conversation()
{
    Conversation c;
    c.id = conversationId;
    c.channelId = 1;
    c.customerNumber = QStringLiteral("5511900000007");
    c.customerName = QStringLiteral("Ana Souza");
    c.ownerId = 1;
    c.lastInboundAt = T0 + storedMessages * 60000;
    c.lastMessageAt = c.lastInboundAt;
    return c;
}

Message numbered(Id id)
{
    return textMessage(id, conversationId, id % 2 ? Direction::In : Direction::Out,
                       QStringLiteral("mensagem %1").arg(id), T0 + (id - 1000) * 60000,
                       id % 2 ? 0 : 1);
}

bool settled(ConversationPane &pane)
{
    return QTest::qWaitFor([&pane] { return !pane.messages()->isLoading(); }, 10000);
}

Id idAt(MessageListModel *model, int row)
{
    return model->data(model->index(row), MessageListModel::MessageRole).value<Message>().id;
}

} // namespace

class MessagePaneTest : public QObject {
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
        QList<Event> events{m_log.conversation(conversation())};
        for (Id id = 1001; id <= 1000 + storedMessages; ++id)
            events << m_log.message(numbered(id));
        QVERIFY(m_mirror->apply(batchOf(events)));
    }

    void openingAndUpdatesRunNoSqlOnTheGuiThread()
    {
        ConversationPane pane(m_mirror->database());
        MessageListModel *model = pane.messages();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.resize(700, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        SqlThreadProbe::reset();
        pane.showConversation(conversation());
        QVERIFY(settled(pane));
        QCOMPARE(model->rowCount(), MessageListModel::pageSize);
        QCOMPARE(idAt(model, model->rowCount() - 1), 1000 + storedMessages);
        QVERIFY(model->hasOlder());
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);

        // A new message from the customer: one row inserted at the end, nothing else.
        Message incoming = numbered(1200);
        incoming.direction = Direction::In;
        incoming.createdAt = T0 + 200 * 60000;
        MirrorChanges changed;
        QVERIFY(m_mirror->apply(batchOf({m_log.message(incoming)}), &changed));
        SqlThreadProbe::reset(); // (the apply above is the test's own, on this thread)
        pane.refresh(changed);
        QVERIFY(settled(pane));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), MessageListModel::pageSize);
        QCOMPARE(model->rowCount(), MessageListModel::pageSize + 1);
        QCOMPARE(idAt(model, model->rowCount() - 1), 1200);
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));

        // Our reply is read: one row changes, none is inserted.
        Message read = numbered(1120);
        read.state = DeliveryState::Read;
        QVERIFY(m_mirror->apply(
            batchOf({{m_log.seq() + 1, EventType::MessageUpdated, toJson(read)}}), &changed));
        inserts.clear();
        changes.clear();
        SqlThreadProbe::reset();
        pane.refresh(changed);
        QVERIFY(settled(pane));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 0);
        QCOMPARE(changes.size(), 1);
        const int row = model->rowOf(1120);
        QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(model->data(model->index(row), MessageListModel::StateRole).toInt(),
                 int(DeliveryState::Read));
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
    }

    void olderPagesComeInAboveWithoutMovingTheView()
    {
        ConversationPane pane(m_mirror->database());
        MessageListModel *model = pane.messages();
        pane.resize(700, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showConversation(conversation());
        QVERIFY(settled(pane));
        QListView *view = pane.messageView();
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QSignalSpy older(model, &MessageListModel::olderLoaded);
        bar->setValue(0); // the agent scrolls to the top: the mirror's next page comes in
        QVERIFY(older.wait(10000));
        QVERIFY(settled(pane));
        QCOMPARE(model->rowCount(), 2 * MessageListModel::pageSize);
        // What was at the top is still there, where it was.
        const Id wasFirst = 1000 + storedMessages - MessageListModel::pageSize + 1;
        QCOMPARE(model->rowOf(wasFirst), MessageListModel::pageSize);
        QCOMPARE(view->indexAt(QPoint(1, 1)).row(), MessageListModel::pageSize);
        QVERIFY(bar->value() > 0);
    }

    void aSearchHitOlderThanThePageIsLoadedAndSelected()
    {
        ConversationPane pane(m_mirror->database());
        MessageListModel *model = pane.messages();
        pane.resize(700, 600);
        pane.show();
        QSignalSpy shown(&pane, &ConversationPane::messageShown);
        // Asked before the window has come, as the window does when opening a search hit.
        pane.showConversation(conversation());
        pane.showMessage(1003);
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.first().at(0).toLongLong(), 1003);
        QVERIFY(shown.first().at(1).toBool());
        QCOMPARE(model->rowCount(), storedMessages - 2);
        QCOMPARE(idAt(model, pane.messageView()->currentIndex().row()), 1003);
        QVERIFY(model->hasOlder());
        // Not in this conversation: said so, nothing selected anew.
        shown.clear();
        pane.showMessage(999999);
        QVERIFY(shown.wait(10000));
        QVERIFY(!shown.first().at(1).toBool());
    }

    void olderHistoryIsAskedOfTheHubAtTheTop()
    {
        // The snapshot left this conversation's older messages on the hub.
        SnapshotFrame frame;
        frame.olderHistory = {conversationId};
        QVERIFY(m_mirror->applySnapshot(frame));
        ConversationPane pane(m_mirror->database());
        MessageListModel *model = pane.messages();
        pane.resize(700, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy wanted(&pane, &ConversationPane::olderHistoryWanted);
        pane.showConversation(conversation());
        QVERIFY(settled(pane));
        QVERIFY(model->olderOnHub());
        auto *loading = pane.findChild<QLabel *>(QStringLiteral("loadingEarlier"));
        QVERIFY(loading);
        QListView *view = pane.messageView();
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        // Up through what the mirror holds: nothing is asked of the hub yet.
        while (model->hasOlder()) {
            QSignalSpy older(model, &MessageListModel::olderLoaded);
            bar->setValue(0);
            QVERIFY(older.wait(10000));
            QVERIFY(settled(pane));
        }
        QCOMPARE(model->rowCount(), storedMessages);
        QCOMPARE(wanted.size(), 0);
        QVERIFY(!loading->isVisible());

        // At the top of the mirror: the hub is asked, and the row says so meanwhile.
        bar->setValue(0);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.first().first().toLongLong(), conversationId);
        QVERIFY(loading->isVisible());
        QCOMPARE(loading->text(), QStringLiteral("Loading earlier messages…"));
        bar->setValue(1);
        bar->setValue(0);
        QCOMPARE(wanted.size(), 1); // asked once while it runs

        // The sync worker applies the hub's older page (the last: nothing older is left).
        const int topBefore = view->visualRect(model->index(0)).top();
        OlderHistoryPart olderPart;
        olderPart.conversationId = conversationId;
        olderPart.complete = true;
        for (Id id = 901; id <= 930; ++id) {
            Message m = numbered(id);
            m.createdAt = T0 - (931 - id) * 60000;
            olderPart.messages.append(toJson(m));
        }
        OlderHistoryPage olderPage;
        olderPage.conversations.append(olderPart);
        MirrorChanges changes;
        QVERIFY(m_mirror->applyOlderHistory(olderPage, &changes));
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
        pane.refresh(changes);
        QTRY_VERIFY(!loading->isVisible());
        QVERIFY(settled(pane));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1); // one block, above
        QCOMPARE(inserts.first().at(1).toInt(), 0);
        QCOMPARE(model->rowCount(), storedMessages + 30);
        QCOMPARE(idAt(model, 0), 901);
        QVERIFY(!model->olderOnHub());
        // The message that was at the top has not moved on screen.
        QCOMPARE(view->visualRect(model->index(30)).top(), topBefore);
        QCOMPARE(idAt(model, 30), 1001);
        bar->setValue(1);
        bar->setValue(0);
        QCOMPARE(wanted.size(), 1); // nothing older left anywhere
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Mirror> m_mirror;
    EventLog m_log;
};

QTEST_MAIN(MessagePaneTest)
#include "tst_messagepane.moc"
