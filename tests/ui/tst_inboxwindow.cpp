// The inbox an agent can trust all day (issue #16), in the assembled window over a real mirror:
// rows that leave a view do not open (or read) their neighbours, the open conversation stays in
// its view, "next unread" wraps, each conversation keeps its own draft, search finds text
// without its accents and jumps to the hit (tst_inboxsearch), the list holds still under the
// pointer, and a theme switch repaints the chat at once.
#include "core/mirror/drafts.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
#include "inboxwindowfixture.h"
#include "listsettle.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/filters/viewlistmodel.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/record/quickactions.h"
#include "ui/sync/synccontroller.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class InboxWindowTest : public QObject {
    Q_OBJECT
private slots:
    void init() { m_inbox.open(); }
    void cleanup() { m_inbox.close(); }

    void aRowLeavingTheViewOpensNoNeighbour()
    {
        showView("unread");
        ConversationListModel *list = m_inbox.window->conversations();
        QCOMPARE(list->rowCount(), 4);
        m_inbox.window->conversationView()->setCurrentIndex(list->index(0)); // the agent opens Ana
        QCOMPARE(m_inbox.window->pane()->conversationId(), 1);

        // The hub confirms Ana is read: she no longer matches "Unread" but stays while open.
        hubSays(inboxCustomer(1, "Ana Souza", m_inbox.now - 60000, 0));
        QCOMPARE(m_inbox.window->pane()->conversationId(), 1);
        QCOMPARE(list->rowOf(1), 0);
        QCOMPARE(m_inbox.window->conversationView()->currentIndex().row(), 0);

        // Bruno and Carla are read elsewhere (another agent): their rows go, nothing opens.
        hubSays(inboxCustomer(2, "Bruno Lima", m_inbox.now - 120000, 0));
        hubSays(inboxCustomer(3, "Carla Dias", m_inbox.now - 180000, 0));
        QCOMPARE(list->rowOf(2), -1);
        QCOMPARE(list->rowOf(3), -1);
        QCOMPARE(m_inbox.window->pane()->conversationId(), 1);

        // The agent moves on to Diego: Ana leaves now, and only Diego was opened.
        m_inbox.window->selectRelative(1);
        QVERIFY(listSettled(*m_inbox.window));
        QCOMPARE(m_inbox.window->pane()->conversationId(), 4);
        QCOMPARE(list->rowOf(1), -1);
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(m_inbox.window->conversationView()->currentIndex().row(), 0);
    }

    void nextUnreadWrapsToTheTop()
    {
        showView("all");
        ConversationListModel *list = m_inbox.window->conversations();
        m_inbox.window->conversationView()->setCurrentIndex(
            list->index(4)); // 王芳, read, at the end
        QCOMPARE(m_inbox.window->pane()->conversationId(), 5);
        m_inbox.window->selectNextUnread();
        QVERIFY(listSettled(*m_inbox.window));
        QCOMPARE(m_inbox.window->pane()->conversationId(), 1);
        m_inbox.window->selectNextUnread();
        QVERIFY(listSettled(*m_inbox.window));
        QCOMPARE(m_inbox.window->pane()->conversationId(), 2);
    }

    void eachConversationKeepsItsDraft()
    {
        showView("all");
        ConversationListModel *list = m_inbox.window->conversations();
        Composer *composer = m_inbox.window->pane()->composer();
        auto *editor = composer->findChild<QPlainTextEdit *>();
        m_inbox.window->conversationView()->setCurrentIndex(list->index(0));
        QVERIFY(listSettled(*m_inbox.window));
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Oi Ana, abrimos"));
        m_inbox.window->conversationView()->setCurrentIndex(list->index(2)); // Carla
        QCOMPARE(m_inbox.window->pane()->conversationId(), 3);
        QCOMPARE(composer->text(), QString()); // Ana's words are not ready for Carla
        QCOMPARE(
            list->data(list->index(list->rowOf(1)), ConversationListModel::DraftRole).toString(),
            QStringLiteral("Oi Ana, abrimos"));
        // Written on the drafts' own thread (DraftBook), never waited for here.
        QTRY_COMPARE(Drafts(m_inbox.mirror->database()).text(1), QStringLiteral("Oi Ana, abrimos"));
        m_inbox.window->openConversation(1);
        QVERIFY(listSettled(*m_inbox.window));
        QCOMPARE(composer->text(), QStringLiteral("Oi Ana, abrimos"));
        // Sending clears it.
        QTRY_COMPARE(composer->mode(), Composer::Mode::Reply);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(Drafts(m_inbox.mirror->database()).text(1), QString());
        QTRY_COMPARE(
            list->data(list->index(list->rowOf(1)), ConversationListModel::DraftRole).toString(),
            QString());
    }

    void theListHoldsStillUnderThePointer()
    {
        showView("all");
        ConversationListModel *list = m_inbox.window->conversations();
        QListView *view = m_inbox.window->conversationView();
        QEvent enter(QEvent::Enter);
        QApplication::sendEvent(view->viewport(), &enter);
        // A new customer and a new message for Diego while the agent aims at a row.
        Conversation diego = inboxCustomer(4, "Diego Ramos", m_inbox.now + 1000, 2);
        hubSays(inboxCustomer(9, "Eva Nunes", m_inbox.now + 2000, 1));
        hubSays(diego);
        QCOMPARE(list->rowCount(), 5);
        QCOMPARE(list->conversationAt(3).id, 4);
        QCOMPARE(list->conversationAt(3).unreadCount, 2);
        auto *banner = m_inbox.window->findChild<QPushButton *>(QStringLiteral("pendingBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("1 new — show"));
        banner->click();
        QVERIFY(listSettled(*m_inbox.window));
        QCOMPARE(list->conversationAt(0).id, 9);
        QCOMPARE(list->conversationAt(1).id, 4);
        QVERIFY(!banner->isVisible());
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(view->viewport(), &leave);
        QVERIFY(!list->isHeld());
    }

    void aSavedViewCanBeDeletedAndRowsAreTallEnough()
    {
        auto *views = m_inbox.window->findChild<QListView *>(QStringLiteral("views"));
        auto *model = qobject_cast<ViewListModel *>(views->model());
        ConversationFilter unreadMine;
        unreadMine.unreadOnly = true;
        // Saved views come from the hub (issue #12): this one as its event brings it.
        SavedView view;
        view.id = 31;
        view.ownerId = 1;
        view.name = QStringLiteral("Unread of mine");
        view.filter = unreadMine;
        QVERIFY(m_inbox.mirror->apply(
            batchOf({m_inbox.log.raw(EventType::SavedViewUpdated, toJson(view))})));
        model->reloadSavedViews();
        const Id saved = view.id;
        QTRY_VERIFY(model->indexForSavedView(saved).isValid()); // read on the reader thread
        const int rows = model->rowCount();
        views->setCurrentIndex(model->indexForKey(QStringLiteral("saved:%1").arg(saved)));
        QVERIFY(views->sizeHintForRow(0) >= views->fontMetrics().height() + 14);
        views->setFocus();
        QTest::keyClick(views, Qt::Key_Delete);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = m_inbox.window->findChild<QMessageBox *>(
                         QStringLiteral("deleteViewQuestion"))) != nullptr);
        QVERIFY(ask->text().contains(QStringLiteral("Unread of mine")));
        for (QAbstractButton *button : ask->buttons()) {
            if (ask->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        // This window has no hub: the deletion is refused, said in the status bar, and the view
        // stays (deleting through the hub: tst_savedviewshub).
        QTRY_COMPARE_WITH_TIMEOUT(m_inbox.window->statusBar()->currentMessage(),
                                  hubErrorText(QStringLiteral("hub_unreachable")), 10000);
        QCOMPARE(model->rowCount(), rows);
        QVERIFY(model->indexForKey(QStringLiteral("saved:%1").arg(saved)).isValid());
        QCOMPARE(views->currentIndex().row(), 0);
        // Built-in views are not deleted, nor even asked about.
        const int questions = m_inbox.window->findChildren<QMessageBox *>().size();
        QTest::keyClick(views, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(m_inbox.window->findChildren<QMessageBox *>().size(), questions);
    }

    void resolveIsInTheHeaderWithAWayBack()
    {
        showView("all");
        m_inbox.window->openConversation(2);
        QVERIFY(listSettled(*m_inbox.window));
        auto *resolve =
            m_inbox.window->pane()->findChild<QPushButton *>(QStringLiteral("resolveButton"));
        QVERIFY(resolve->isVisible());
        QCOMPARE(resolve->text(), QStringLiteral("Resolve"));
        QSignalSpy asked(m_inbox.window->pane(), &ConversationPane::statusChangeRequested);
        resolve->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).value<ConversationStatus>(), ConversationStatus::Closed);
        auto *note = m_inbox.window->findChild<QWidget *>(QStringLiteral("resolvedNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->findChild<QLabel *>()->text().contains(QStringLiteral("Bruno Lima")));

        // The hub closes it: the header says so at once, and offers the way back.
        Conversation closed = inboxCustomer(2, "Bruno Lima", m_inbox.now - 120000, 1);
        closed.status = ConversationStatus::Closed;
        hubSays(closed);
        QCOMPARE(resolve->text(), QStringLiteral("Reopen"));
        auto *quick =
            m_inbox.window->findChild<QuickActions *>(QString(), Qt::FindDirectChildrenOnly);
        QSignalSpy undone(quick, &QuickActions::finished);
        note->findChild<QPushButton *>(QStringLiteral("undoResolve"))->click();
        QVERIFY(!note->isVisible());
        QTRY_COMPARE(undone.size(), 1); // the reopen went to the hub (none here: refused)
    }

    void aSyncErrorLeavesWhenTheSyncIsBackAndTheBellKeepsItsWidth()
    {
        const QString error = QStringLiteral("The hub cannot be reached.");
        emit m_inbox.sync->stateChanged(SyncState::Offline, error);
        emit m_inbox.sync->failed(error);
        QCOMPARE(m_inbox.window->statusBar()->currentMessage(), error);
        emit m_inbox.sync->stateChanged(SyncState::Online, {});
        QCOMPARE(m_inbox.window->statusBar()->currentMessage(), QString());

        auto *bell = m_inbox.window->findChild<QToolButton *>(QStringLiteral("bell"));
        QVERIFY(bell->minimumWidth() >=
                bell->fontMetrics().horizontalAdvance(QStringLiteral("Recent (10)")));
    }

    void aThemeSwitchRepaintsTheChatAtOnce()
    {
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, Qt::white);
        QApplication::setPalette(dark);
        QListView *chat = m_inbox.window->pane()->messageView();
        QTRY_VERIFY(chat->palette().color(QPalette::Base).lightness() < 128);
        QApplication::setPalette(original);
        QTRY_VERIFY(chat->palette().color(QPalette::Base).lightness() >= 128);
    }

private:
    void showView(const char *key) { m_inbox.showView(key); }
    void hubSays(const Conversation &c) { m_inbox.hubSays(c); }

    InboxWindowFixture m_inbox;
};

QTEST_MAIN(InboxWindowTest)
#include "tst_inboxwindow.moc"
