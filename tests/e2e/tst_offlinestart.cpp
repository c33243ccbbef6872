// Opening offline (R10.1), with the real parley-cloudsim as WhatsApp, the real parley-hub and the
// desktop (DesktopApp, as parley's main() runs it) in a private session with a real keyring.
//
// One story, in order: a first session fills the mirror; the next start, with the hub down,
// opens the window on the mirror at once, says since when it is offline, and keeps a reply in
// the outbox; when the hub is back the reply reaches the customer exactly once (the simulator's
// sent ledger). Then the token is revoked while Parley is closed: the next start still opens on
// the mirror, and the hub's 401 brings a sign-in sheet over the same window; signing in there
// goes back online without a new window.
#include "core/mirror/mirror.h"
#include "core/mirror/outbox.h"
#include "desktopstart.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/sync/offlinebanner.h"

#include <QApplication>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSqlQuery>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString customer = QStringLiteral("5511987650123");
const QString customerName = QStringLiteral("Rafael Souza");

} // namespace

class OfflineStartTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aFirstSessionFillsTheMirror();
    void withTheHubDownTheWindowOpensOnTheMirror();
    void aReplyWrittenOfflineGoesOutOnceWhenTheHubIsBack();
    void aRevokedTokenBringsASignInSheetOverTheOpenWindow();
    void cleanupTestCase();

private:
    void startDesktop() { m_app = testing::startDesktop(); }
    QString mirrorPath() const
    {
        return DesktopApp::mirrorPathFor(m_hub.url(), QStringLiteral("bo"));
    }
    int sentWithText(const QString &text)
    {
        int count = 0;
        for (const QJsonValue &m : m_sim.sent(customer))
            count += m[QStringLiteral("text")].toString() == text ? 1 : 0;
        return count;
    }
    int outboxCount()
    {
        Mirror mirror;
        if (mirror.open(mirrorPath()) != Mirror::OpenStatus::Ok)
            return -1;
        return Outbox(mirror.database()).count();
    }
    OfflineBanner *banner() { return m_app->window()->findChild<OfflineBanner *>(); }

    HubProcess m_hub;
    SimProcess m_sim;
    std::unique_ptr<DesktopApp> m_app;
    QString m_token;
    quint16 m_port = 0;
    Id m_conversation = 0;
};

void OfflineStartTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PARLEY_DESKTOP_SESSION"))
        QSKIP("runs inside tests/ui/desktopsession.sh (private D-Bus, keyring, X display)");
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setApplicationName(QStringLiteral("parley-offline-test"));
    QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                           QStringLiteral("bo-password")));
    QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                           QStringLiteral("ana-password")));
    QVERIFY(startHubWithSim(m_hub, m_sim));
    m_port = m_hub.port();
    const QString admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
    QCOMPARE(m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, admin).status,
             200);
    QVERIFY(!m_sim.inbound(customer, customerName, QStringLiteral("Vocês entregam no sábado?"))
                 .isEmpty());
    // A session signed in before this story: its token in the keychain, hub and login in the
    // settings, as the login dialog leaves them.
    m_token = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
    QVERIFY(!m_token.isEmpty());
    QVERIFY(rememberSignIn(m_hub.url(), QStringLiteral("bo"), m_token));
}

void OfflineStartTest::aFirstSessionFillsTheMirror()
{
    startDesktop();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->conversations()->rowCount() > 0, 10000);
    Mirror mirror;
    QCOMPARE(mirror.open(mirrorPath()), Mirror::OpenStatus::Ok);
    QSqlQuery find(mirror.database());
    QVERIFY(find.exec(QStringLiteral("SELECT id FROM conversations WHERE customer_number = '%1'")
                          .arg(customer)) &&
            find.next());
    m_conversation = find.value(0).toLongLong();
    m_app.reset();
}

void OfflineStartTest::withTheHubDownTheWindowOpensOnTheMirror()
{
    m_hub.kill();
    startDesktop();
    // No login dialog and no wait for the hub: the window, on the mirror.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 5000);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!(qobject_cast<LoginDialog *>(w) && w->isVisible()));
    ConversationListModel *list = m_app->window()->conversations();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 5000);
    QCOMPARE(list->index(0, 0).data(ConversationListModel::NameRole).toString(), customerName);
    // The banner says the inbox is the local copy, and since when.
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 10000);
    QVERIFY(banner()->offlineSince().isValid());
    QVERIFY(banner()->text().contains(
        QLocale().toString(banner()->offlineSince().time(), QLocale::ShortFormat)));
    if (qEnvironmentVariableIsSet("PARLEY_SCREENSHOT_DIR"))
        m_app->window()->grab().save(qEnvironmentVariable("PARLEY_SCREENSHOT_DIR") +
                                     QStringLiteral("/offline-banner.png"));
}

void OfflineStartTest::aReplyWrittenOfflineGoesOutOnceWhenTheHubIsBack()
{
    MainWindow *window = m_app->window();
    window->openConversation(m_conversation);
    QTRY_COMPARE_WITH_TIMEOUT(window->pane()->conversationId(), m_conversation, 5000);
    const QString text = QStringLiteral("Entregamos sim, Rafael, das 8h as 12h.");
    Composer *composer = window->pane()->composer();
    QTRY_COMPARE_WITH_TIMEOUT(composer->mode(), Composer::Mode::Reply, 5000);
    auto *editor = composer->findChild<QPlainTextEdit *>();
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(composer->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(), 1, 5000);
    QTest::qWait(1500); // attempts against the stopped hub
    QCOMPARE(sentWithText(text), 0);

    QVERIFY2(m_hub.start(10000, m_port), m_hub.log().constData());
    QTRY_COMPARE_WITH_TIMEOUT(sentWithText(text), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(), 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisible(), 10000);
    QTest::qWait(2000); // a duplicate would have arrived by now
    QCOMPARE(sentWithText(text), 1);
}

void OfflineStartTest::aRevokedTokenBringsASignInSheetOverTheOpenWindow()
{
    m_app.reset();
    QCOMPARE(m_hub.post(QStringLiteral("/api/v1/logout"), {}, m_token).status, 200);
    startDesktop();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 5000);
    MainWindow *window = m_app->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The hub's 401 (GET /me in the background): a sheet over this window, which stays open.
    LoginDialog *sheet = shownSignInSheet(window);
    QVERIFY(sheet);
    QCOMPARE(sheet->windowModality(), Qt::WindowModal);
    QVERIFY(window->isVisible());
    QVERIFY(window->conversations()->rowCount() > 0);
    if (qEnvironmentVariableIsSet("PARLEY_SCREENSHOT_DIR"))
        // The whole screen: the sheet is a window of its own over the main one.
        QGuiApplication::primaryScreen()->grabWindow(0).save(
            qEnvironmentVariable("PARLEY_SCREENSHOT_DIR") + QStringLiteral("/sign-in-sheet.png"));
    signInOnSheet(sheet, QStringLiteral("bo-password"));
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<LoginDialog *>() == nullptr, 10000);
    QCOMPARE(m_app->window(), window);
    // Back online with the new token: a customer's message reaches this window.
    QVERIFY(
        !m_sim.inbound(customer, customerName, QStringLiteral("Perfeito, obrigado!")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window->conversations()
                                 ->index(0, 0)
                                 .data(ConversationListModel::LastMessageRole)
                                 .toString()
                                 .contains(QStringLiteral("obrigado")),
                             15000);
}

void OfflineStartTest::cleanupTestCase()
{
    m_app.reset();
}

QTEST_MAIN(OfflineStartTest)
#include "tst_offlinestart.moc"
