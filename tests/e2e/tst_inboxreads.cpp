// Read receipts are the agent's act (issue #16), counted where WhatsApp would count them: the
// real parley-cloudsim records every mark-as-read the real parley-hub sends. In the "Unread"
// view of the desktop (DesktopApp, as parley runs it), clicking one conversation sends exactly
// one receipt, to that customer: the rows that stop being unread do not open, and read, their
// neighbours one after another. "Next unread" sends exactly one more.
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/conversation/conversationpane.h"
#include "ui/filters/viewlistmodel.h"
#include "ui/main/desktopapp.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/session/logindialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

constexpr int customers = 6;

QString numberOf(int i)
{
    return QStringLiteral("55119876501%1").arg(i, 2, 10, QLatin1Char('0'));
}

} // namespace

class InboxReadsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PARLEY_DESKTOP_SESSION"))
            QSKIP("runs inside tests/ui/desktopsession.sh (private D-Bus, keyring, X display)");
        QApplication::setOrganizationName(QStringLiteral("Parley"));
        QApplication::setApplicationName(QStringLiteral("parley"));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        for (int i = 1; i <= customers; ++i)
            QVERIFY(!m_sim
                         .inbound(numberOf(i), QStringLiteral("Cliente %1").arg(i),
                                  QStringLiteral("Oi, tudo bem? (%1)").arg(i))
                         .isEmpty());

        DesktopApp::Options options;
        options.hub = m_hub.url();
        options.login = QStringLiteral("bo");
        m_app = std::make_unique<DesktopApp>(options);
        m_app->start();
        QTRY_VERIFY_WITH_TIMEOUT(loginDialog() != nullptr, 10000);
        loginDialog()
            ->findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("bo-password"));
        loginDialog()->findChild<QPushButton *>(QStringLiteral("logIn"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 10000);
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    }

    void clickingOneUnreadConversationSendsExactlyOneReceipt()
    {
        MainWindow *window = m_app->window();
        ConversationListModel *list = window->conversations();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), customers, 15000);
        showView(window, QStringLiteral("unread"));
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), customers, 5000);
        QCOMPARE(reads().size(), 0);

        QListView *view = window->conversationView();
        const QModelIndex first = list->index(0);
        const Id opened = list->conversationAt(0).id;
        const QString customer = list->conversationAt(0).customerNumber;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        QCOMPARE(window->pane()->conversationId(), opened);
        QTRY_COMPARE_WITH_TIMEOUT(reads().size(), 1, 10000);
        QCOMPARE(reads().at(0)[QStringLiteral("wa_id")].toString(), customer);
        // The hub's "read" comes back through the stream; nothing else may be read meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(
            list->data(list->index(list->rowOf(opened)), ConversationListModel::UnreadRole).toInt(),
            0, 10000);
        QTest::qWait(2000);
        QCOMPARE(reads().size(), 1);
        QCOMPARE(window->pane()->conversationId(), opened);

        // "Next unread" is one more act, one more receipt.
        window->selectNextUnread();
        QVERIFY(window->pane()->conversationId() != opened);
        QTRY_COMPARE_WITH_TIMEOUT(reads().size(), 2, 10000);
        QTest::qWait(2000);
        QCOMPARE(reads().size(), 2);
    }

    void aMessageArrivingOnScreenIsReadOthersAreNot()
    {
        MainWindow *window = m_app->window();
        QApplication::setActiveWindow(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->isActiveWindow(), 5000);
        const QString open = window->pane()->conversation().customerNumber;
        QString other;
        for (int i = 1; i <= customers && other.isEmpty(); ++i) {
            if (numberOf(i) != open)
                other = numberOf(i);
        }
        // A customer who is not on screen writes: the row shows it unread, no receipt.
        QVERIFY(!m_sim.inbound(other, QStringLiteral("Outro"), QStringLiteral("Alô?")).isEmpty());
        QTest::qWait(2000);
        QCOMPARE(reads().size(), 2);
        // The customer on screen writes: the agent is looking at it, so it is read, once.
        const QString seen =
            m_sim.inbound(open, QStringLiteral("Aberta"), QStringLiteral("Ainda está aí?"));
        QVERIFY(!seen.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(reads().size(), 3, 10000);
        QCOMPARE(reads().at(2)[QStringLiteral("message_id")].toString(), seen);
        QTest::qWait(2000);
        QCOMPARE(reads().size(), 3);
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    static LoginDialog *loginDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<LoginDialog *>(w); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    static void showView(MainWindow *window, const QString &key)
    {
        auto *views = window->findChild<QListView *>(QStringLiteral("views"));
        for (int row = 0; row < views->model()->rowCount(); ++row) {
            const QModelIndex index = views->model()->index(row, 0);
            if (index.data(ViewListModel::KeyRole).toString() == key) {
                views->setCurrentIndex(index);
                return;
            }
        }
        QFAIL(qPrintable(key));
    }

    // Every mark-as-read the sim accepted, oldest first.
    QJsonArray reads()
    {
        return httpCall("GET", m_sim.url(QStringLiteral("/sim/read")))
            .json()
            .value(QStringLiteral("reads"))
            .toArray();
    }

    HubProcess m_hub;
    SimProcess m_sim;
    std::unique_ptr<DesktopApp> m_app;
};

QTEST_MAIN(InboxReadsTest)
#include "tst_inboxreads.moc"
