// The inbox an agent can trust all day (issue #16), in the assembled window over a real mirror:
// rows that leave a view do not open (or read) their neighbours, the open conversation stays in
// its view, "next unread" wraps, each conversation keeps its own draft, search finds text
// without its accents and jumps to the hit, the list holds still under the pointer, and a theme
// switch repaints the chat at once.
#include "../core/mirrorfixture.h"
#include "core/mirror/drafts.h"
#include "core/mirror/sqlthreadprobe.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
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

namespace {

Conversation customer(Id id, const char *name, TimestampMs at, int unread)
{
    Conversation c;
    c.id = id;
    c.channelId = 1;
    c.customerNumber = QStringLiteral("5511900000%1").arg(id);
    c.customerName = QString::fromUtf8(name);
    c.ownerId = 1;
    c.lastInboundAt = at;
    c.lastMessageAt = at;
    c.lastMessageText = QStringLiteral("last of %1").arg(id);
    c.unreadCount = unread;
    return c;
}

} // namespace

class InboxWindowTest : public QObject {
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
        qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
        m_mirror = std::make_unique<Mirror>();
        QCOMPARE(m_mirror->open(m_dir->filePath(QStringLiteral("m.sqlite"))),
                 Mirror::OpenStatus::Ok);
        m_log = EventLog();
        m_now = QDateTime::currentMSecsSinceEpoch();
        const char *names[] = {"Ana Souza", "Bruno Lima", "Carla Dias", "Diego Ramos", "王芳"};
        QList<Event> events;
        for (Id id = 1; id <= 5; ++id) {
            // 1 is the newest; all but 5 are unread.
            events << m_log.conversation(
                customer(id, names[id - 1], m_now - id * 60000, id == 5 ? 0 : 1));
            events << m_log.message(textMessage(
                100 + id, id, Direction::In, QStringLiteral("Olá, abrem no Sábado? (%1)").arg(id),
                m_now - id * 60000 - 1000));
        }
        QVERIFY(m_mirror->apply(batchOf(events)));
        m_sync = std::make_unique<SyncController>();
        m_hub = std::make_unique<HubClient>();
        const Agent me{1, QStringLiteral("bo"), QStringLiteral("Bo"), Role::Agent, {}, true};
        m_window =
            std::make_unique<MainWindow>(m_mirror->database(), m_sync.get(), m_hub.get(), me);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listSettled(*m_window));
    }

    void cleanup()
    {
        m_window.reset();
        m_hub.reset();
        m_sync.reset();
        m_mirror.reset();
        m_dir.reset();
    }

    void aRowLeavingTheViewOpensNoNeighbour()
    {
        showView("unread");
        ConversationListModel *list = m_window->conversations();
        QCOMPARE(list->rowCount(), 4);
        m_window->conversationView()->setCurrentIndex(list->index(0)); // the agent opens Ana
        QCOMPARE(m_window->pane()->conversationId(), 1);

        // The hub confirms Ana is read: she no longer matches "Unread" but stays while open.
        hubSays(customer(1, "Ana Souza", m_now - 60000, 0));
        QCOMPARE(m_window->pane()->conversationId(), 1);
        QCOMPARE(list->rowOf(1), 0);
        QCOMPARE(m_window->conversationView()->currentIndex().row(), 0);

        // Bruno and Carla are read elsewhere (another agent): their rows go, nothing opens.
        hubSays(customer(2, "Bruno Lima", m_now - 120000, 0));
        hubSays(customer(3, "Carla Dias", m_now - 180000, 0));
        QCOMPARE(list->rowOf(2), -1);
        QCOMPARE(list->rowOf(3), -1);
        QCOMPARE(m_window->pane()->conversationId(), 1);

        // The agent moves on to Diego: Ana leaves now, and only Diego was opened.
        m_window->selectRelative(1);
        QVERIFY(listSettled(*m_window));
        QCOMPARE(m_window->pane()->conversationId(), 4);
        QCOMPARE(list->rowOf(1), -1);
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(m_window->conversationView()->currentIndex().row(), 0);
    }

    void nextUnreadWrapsToTheTop()
    {
        showView("all");
        ConversationListModel *list = m_window->conversations();
        m_window->conversationView()->setCurrentIndex(list->index(4)); // 王芳, read, at the end
        QCOMPARE(m_window->pane()->conversationId(), 5);
        m_window->selectNextUnread();
        QVERIFY(listSettled(*m_window));
        QCOMPARE(m_window->pane()->conversationId(), 1);
        m_window->selectNextUnread();
        QVERIFY(listSettled(*m_window));
        QCOMPARE(m_window->pane()->conversationId(), 2);
    }

    void eachConversationKeepsItsDraft()
    {
        showView("all");
        ConversationListModel *list = m_window->conversations();
        Composer *composer = m_window->pane()->composer();
        auto *editor = composer->findChild<QPlainTextEdit *>();
        m_window->conversationView()->setCurrentIndex(list->index(0));
        QVERIFY(listSettled(*m_window));
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Oi Ana, abrimos"));
        m_window->conversationView()->setCurrentIndex(list->index(2)); // Carla
        QCOMPARE(m_window->pane()->conversationId(), 3);
        QCOMPARE(composer->text(), QString()); // Ana's words are not ready for Carla
        QCOMPARE(
            list->data(list->index(list->rowOf(1)), ConversationListModel::DraftRole).toString(),
            QStringLiteral("Oi Ana, abrimos"));
        // Written on the drafts' own thread (DraftBook), never waited for here.
        QTRY_COMPARE(Drafts(m_mirror->database()).text(1), QStringLiteral("Oi Ana, abrimos"));
        m_window->openConversation(1);
        QVERIFY(listSettled(*m_window));
        QCOMPARE(composer->text(), QStringLiteral("Oi Ana, abrimos"));
        // Sending clears it.
        QTRY_COMPARE(composer->mode(), Composer::Mode::Reply);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(Drafts(m_mirror->database()).text(1), QString());
        QTRY_COMPARE(
            list->data(list->index(list->rowOf(1)), ConversationListModel::DraftRole).toString(),
            QString());
    }

    void searchIgnoresAccentsShowsTheHitAndEscClears()
    {
        showView("all");
        auto *search = m_window->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("sabado? (3"));
        ConversationListModel *list = m_window->conversations();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->data(list->index(0), ConversationListModel::MatchTextRole).toString(),
                 QStringLiteral("Olá, abrem no Sábado? (3)"));
        // Opening the result shows the matching message chosen.
        m_window->conversationView()->setCurrentIndex(list->index(0));
        QVERIFY(listSettled(*m_window));
        QCOMPARE(m_window->pane()->conversationId(), 3);
        const QModelIndex hit = m_window->pane()->messageView()->currentIndex();
        QVERIFY(hit.isValid());
        QCOMPARE(hit.data(MessageListModel::TextRole).toString(),
                 QStringLiteral("Olá, abrem no Sábado? (3)"));

        QTest::keyClicks(search, QStringLiteral("pizza"));
        QTRY_COMPARE(list->rowCount(), 0);
        auto *empty = m_window->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("pizza")), qPrintable(empty->text()));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QVERIFY(listSettled(*m_window));
        QCOMPARE(list->rowCount(), 5);
        QVERIFY(!empty->isVisible());
    }

    void theListHoldsStillUnderThePointer()
    {
        showView("all");
        ConversationListModel *list = m_window->conversations();
        QListView *view = m_window->conversationView();
        QEvent enter(QEvent::Enter);
        QApplication::sendEvent(view->viewport(), &enter);
        // A new customer and a new message for Diego while the agent aims at a row.
        Conversation diego = customer(4, "Diego Ramos", m_now + 1000, 2);
        hubSays(customer(9, "Eva Nunes", m_now + 2000, 1));
        hubSays(diego);
        QCOMPARE(list->rowCount(), 5);
        QCOMPARE(list->conversationAt(3).id, 4);
        QCOMPARE(list->conversationAt(3).unreadCount, 2);
        auto *banner = m_window->findChild<QPushButton *>(QStringLiteral("pendingBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("1 new — show"));
        banner->click();
        QVERIFY(listSettled(*m_window));
        QCOMPARE(list->conversationAt(0).id, 9);
        QCOMPARE(list->conversationAt(1).id, 4);
        QVERIFY(!banner->isVisible());
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(view->viewport(), &leave);
        QVERIFY(!list->isHeld());
    }

    void aSavedViewCanBeDeletedAndRowsAreTallEnough()
    {
        auto *views = m_window->findChild<QListView *>(QStringLiteral("views"));
        auto *model = qobject_cast<ViewListModel *>(views->model());
        ConversationFilter unreadMine;
        unreadMine.unreadOnly = true;
        // Saved views come from the hub (issue #12): this one as its event brings it.
        SavedView view;
        view.id = 31;
        view.ownerId = 1;
        view.name = QStringLiteral("Unread of mine");
        view.filter = unreadMine;
        QVERIFY(m_mirror->apply(batchOf({m_log.raw(EventType::SavedViewUpdated, toJson(view))})));
        model->reloadSavedViews();
        const Id saved = view.id;
        QTRY_VERIFY(model->indexForSavedView(saved).isValid()); // read on the reader thread
        const int rows = model->rowCount();
        views->setCurrentIndex(model->indexForKey(QStringLiteral("saved:%1").arg(saved)));
        QVERIFY(views->sizeHintForRow(0) >= views->fontMetrics().height() + 14);
        views->setFocus();
        QTest::keyClick(views, Qt::Key_Delete);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = m_window->findChild<QMessageBox *>(
                         QStringLiteral("deleteViewQuestion"))) != nullptr);
        QVERIFY(ask->text().contains(QStringLiteral("Unread of mine")));
        for (QAbstractButton *button : ask->buttons()) {
            if (ask->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        // This window has no hub: the deletion is refused, said in the status bar, and the view
        // stays (deleting through the hub: tst_savedviewshub).
        QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
                                  hubErrorText(QStringLiteral("hub_unreachable")), 10000);
        QCOMPARE(model->rowCount(), rows);
        QVERIFY(model->indexForKey(QStringLiteral("saved:%1").arg(saved)).isValid());
        QCOMPARE(views->currentIndex().row(), 0);
        // Built-in views are not deleted, nor even asked about.
        const int questions = m_window->findChildren<QMessageBox *>().size();
        QTest::keyClick(views, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(m_window->findChildren<QMessageBox *>().size(), questions);
    }

    void resolveIsInTheHeaderWithAWayBack()
    {
        showView("all");
        m_window->openConversation(2);
        QVERIFY(listSettled(*m_window));
        auto *resolve = m_window->pane()->findChild<QPushButton *>(QStringLiteral("resolveButton"));
        QVERIFY(resolve->isVisible());
        QCOMPARE(resolve->text(), QStringLiteral("Resolve"));
        QSignalSpy asked(m_window->pane(), &ConversationPane::statusChangeRequested);
        resolve->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).value<ConversationStatus>(), ConversationStatus::Closed);
        auto *note = m_window->findChild<QWidget *>(QStringLiteral("resolvedNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->findChild<QLabel *>()->text().contains(QStringLiteral("Bruno Lima")));

        // The hub closes it: the header says so at once, and offers the way back.
        Conversation closed = customer(2, "Bruno Lima", m_now - 120000, 1);
        closed.status = ConversationStatus::Closed;
        hubSays(closed);
        QCOMPARE(resolve->text(), QStringLiteral("Reopen"));
        auto *quick = m_window->findChild<QuickActions *>(QString(), Qt::FindDirectChildrenOnly);
        QSignalSpy undone(quick, &QuickActions::finished);
        note->findChild<QPushButton *>(QStringLiteral("undoResolve"))->click();
        QVERIFY(!note->isVisible());
        QTRY_COMPARE(undone.size(), 1); // the reopen went to the hub (none here: refused)
    }

    void aSyncErrorLeavesWhenTheSyncIsBackAndTheBellKeepsItsWidth()
    {
        const QString error = QStringLiteral("The hub cannot be reached.");
        emit m_sync->stateChanged(SyncState::Offline, error);
        emit m_sync->failed(error);
        QCOMPARE(m_window->statusBar()->currentMessage(), error);
        emit m_sync->stateChanged(SyncState::Online, {});
        QCOMPARE(m_window->statusBar()->currentMessage(), QString());

        auto *bell = m_window->findChild<QToolButton *>(QStringLiteral("bell"));
        QVERIFY(bell->minimumWidth() >=
                bell->fontMetrics().horizontalAdvance(QStringLiteral("Recent (10)")));
    }

    void typingASearchAndScrollingRunNoSqlOnTheGuiThread()
    {
        QList<Event> events;
        for (Id id = 10; id < 310; ++id) {
            events << m_log.conversation(customer(id, "Cliente", m_now - id * 60000, 0));
            events << m_log.message(textMessage(1000 + id, id, Direction::In,
                                                QStringLiteral("pedido número %1").arg(id),
                                                m_now - id * 60000 - 1000));
        }
        QVERIFY(m_mirror->apply(batchOf(events)));
        showView("all");
        SqlThreadProbe::reset();

        // The agent types a search letter by letter, as fast as the keyboard repeats.
        auto *search = m_window->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus();
        for (const QChar letter : QStringLiteral("pedido")) {
            QTest::keyClick(search, letter.toLatin1());
            QTest::qWait(20);
        }
        ConversationListModel *list = m_window->conversations();
        QTRY_COMPARE(list->rowCount(), ConversationListModel::pageSize);
        QVERIFY(listSettled(*m_window));
        QVERIFY(list->data(list->index(0), ConversationListModel::MatchTextRole)
                    .toString()
                    .startsWith(QStringLiteral("pedido número")));

        // …and scrolls down through every page.
        QListView *view = m_window->conversationView();
        for (int i = 0; i < 20 && list->rowCount() < 300; ++i) {
            view->scrollToBottom();
            QVERIFY(listSettled(*m_window));
            QTest::qWait(10);
        }
        QCOMPARE(list->rowCount(), 300);
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);
    }

    void aThemeSwitchRepaintsTheChatAtOnce()
    {
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, Qt::white);
        QApplication::setPalette(dark);
        QListView *chat = m_window->pane()->messageView();
        QTRY_VERIFY(chat->palette().color(QPalette::Base).lightness() < 128);
        QApplication::setPalette(original);
        QTRY_VERIFY(chat->palette().color(QPalette::Base).lightness() >= 128);
    }

private:
    void showView(const char *key)
    {
        auto *views = m_window->findChild<QListView *>(QStringLiteral("views"));
        for (int row = 0; row < views->model()->rowCount(); ++row) {
            const QModelIndex index = views->model()->index(row, 0);
            if (index.data(ViewListModel::KeyRole).toString() == QLatin1String(key)) {
                views->setCurrentIndex(index);
                QVERIFY(listSettled(*m_window));
                return;
            }
        }
        QFAIL(key);
    }

    void hubSays(const Conversation &c)
    {
        MirrorChanges changes;
        QVERIFY(m_mirror->apply(batchOf({m_log.conversation(c)}), &changes));
        emit m_sync->mirrorChanged(changes);
        QVERIFY(listSettled(*m_window));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Mirror> m_mirror;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<HubClient> m_hub;
    std::unique_ptr<MainWindow> m_window;
    EventLog m_log;
    TimestampMs m_now = 0;
};

QTEST_MAIN(InboxWindowTest)
#include "tst_inboxwindow.moc"
