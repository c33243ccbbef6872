// Searching the inbox (issue #16) in the assembled window over a real mirror: text is found
// without its accents, opening a result shows the matching message, Esc clears the search, and
// typing a search and scrolling its pages run no SQL on the GUI thread. Split from
// tst_inboxwindow, whose fixture it shares.
#include "core/mirror/sqlthreadprobe.h"
#include "inboxwindowfixture.h"
#include "ui/conversation/conversationpane.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class InboxSearchTest : public QObject {
    Q_OBJECT
private slots:
    void init() { m_inbox.open(); }
    void cleanup() { m_inbox.close(); }

    void searchIgnoresAccentsShowsTheHitAndEscClears()
    {
        m_inbox.showView("all");
        auto *search = m_inbox.window->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("sabado? (3"));
        ConversationListModel *list = m_inbox.window->conversations();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->data(list->index(0), ConversationListModel::MatchTextRole).toString(),
                 QStringLiteral("Olá, abrem no Sábado? (3)"));
        // Opening the result shows the matching message chosen.
        m_inbox.window->conversationView()->setCurrentIndex(list->index(0));
        QVERIFY(listSettled(*m_inbox.window));
        QCOMPARE(m_inbox.window->pane()->conversationId(), 3);
        const QModelIndex hit = m_inbox.window->pane()->messageView()->currentIndex();
        QVERIFY(hit.isValid());
        QCOMPARE(hit.data(MessageListModel::TextRole).toString(),
                 QStringLiteral("Olá, abrem no Sábado? (3)"));

        QTest::keyClicks(search, QStringLiteral("pizza"));
        QTRY_COMPARE(list->rowCount(), 0);
        auto *empty = m_inbox.window->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("pizza")), qPrintable(empty->text()));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QVERIFY(listSettled(*m_inbox.window));
        QCOMPARE(list->rowCount(), 5);
        QVERIFY(!empty->isVisible());
    }

    void typingASearchAndScrollingRunNoSqlOnTheGuiThread()
    {
        QList<Event> events;
        for (Id id = 10; id < 310; ++id) {
            events << m_inbox.log.conversation(
                inboxCustomer(id, "Cliente", m_inbox.now - id * 60000, 0));
            events << m_inbox.log.message(textMessage(1000 + id, id, Direction::In,
                                                      QStringLiteral("pedido número %1").arg(id),
                                                      m_inbox.now - id * 60000 - 1000));
        }
        QVERIFY(m_inbox.mirror->apply(batchOf(events)));
        m_inbox.showView("all");
        SqlThreadProbe::reset();

        // The agent types a search letter by letter, as fast as the keyboard repeats.
        auto *search = m_inbox.window->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus();
        for (const QChar letter : QStringLiteral("pedido")) {
            QTest::keyClick(search, letter.toLatin1());
            QTest::qWait(20);
        }
        ConversationListModel *list = m_inbox.window->conversations();
        QTRY_COMPARE(list->rowCount(), ConversationListModel::pageSize);
        QVERIFY(listSettled(*m_inbox.window));
        QVERIFY(list->data(list->index(0), ConversationListModel::MatchTextRole)
                    .toString()
                    .startsWith(QStringLiteral("pedido número")));

        // …and scrolls down through every page.
        QListView *view = m_inbox.window->conversationView();
        for (int i = 0; i < 20 && list->rowCount() < 300; ++i) {
            view->scrollToBottom();
            QVERIFY(listSettled(*m_inbox.window));
            QTest::qWait(10);
        }
        QCOMPARE(list->rowCount(), 300);
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);
    }

private:
    InboxWindowFixture m_inbox;
};

QTEST_MAIN(InboxSearchTest)
#include "tst_inboxsearch.moc"
