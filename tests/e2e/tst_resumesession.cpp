// Resuming a session at start (docs/desktop.md "Start-up"), with the real parley-hub, the
// desktop's DesktopApp (as parley's main() runs it) and a real keyring in a private session.
//
// An agent who signed in before and did not log out gets the window on the mirror at once: it
// is built before the keychain is read, and the keychain, the hub and the sync worker wait for
// the list's first paint. Calls the window makes meanwhile wait for the token and go out with
// it. No token in the keychain: a sign-in sheet over the open window. Logged out: the next start
// asks for the password and does not open the mirror.
#include "core/sync/hubclient.h"
#include "core/sync/sessionapi.h"
#include "desktopstart.h"
#include "hubprocess.h"

#include <QApplication>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

template <typename T> T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class ResumeSessionTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aFirstSessionLeavesItsMirror();
    void theWindowOpensBeforeTheKeychainIsRead();
    void callsMadeBeforeTheTokenGoOutWithIt();
    void withNoTokenInTheKeychainASignInSheetAsks();
    void afterALogOutTheNextStartAsksForThePassword();
    void cleanupTestCase();

private:
    void startDesktop() { m_app = testing::startDesktop(); }
    QString mirrorPath() const
    {
        return DesktopApp::mirrorPathFor(m_hub.url(), QStringLiteral("bo"));
    }
    QString storedToken() const { return testing::storedToken(m_hub.url(), QStringLiteral("bo")); }

    HubProcess m_hub;
    std::unique_ptr<DesktopApp> m_app;
    QString m_token;
};

void ResumeSessionTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PARLEY_DESKTOP_SESSION"))
        QSKIP("runs inside tests/ui/desktopsession.sh (private D-Bus, keyring, X display)");
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setApplicationName(QStringLiteral("parley-resume-test"));
    m_hub.setFastPasswordHashing(true);
    QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                           QStringLiteral("bo-password")));
    QVERIFY2(m_hub.start(), m_hub.log().constData());
    // Signed in before this story: the token in the keychain, hub and login in the settings.
    m_token = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
    QVERIFY(!m_token.isEmpty());
    QVERIFY(rememberSignIn(m_hub.url(), QStringLiteral("bo"), m_token));
}

void ResumeSessionTest::aFirstSessionLeavesItsMirror()
{
    // No mirror yet: the keychain's token is checked with the hub before any window.
    startDesktop();
    QVERIFY(m_app->window() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 10000);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    QVERIFY(QFile::exists(mirrorPath()));
    m_app.reset();
}

void ResumeSessionTest::theWindowOpensBeforeTheKeychainIsRead()
{
    startDesktop();
    // Built within start(): no keychain answer (it comes through the event loop) was waited for.
    MainWindow *window = m_app->window();
    QVERIFY(window != nullptr);
    QVERIFY(m_app->hub()->token().isEmpty());
    QVERIFY(m_app->hub()->isHolding());
    QSignalSpy shown(window, &MainWindow::listShown);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The list (empty: this hub has no conversations) is on screen; then the token comes.
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->hub()->token(), m_token, 10000);
    QVERIFY(!m_app->hub()->isHolding());
    QVERIFY(visibleTopLevel<LoginDialog>() == nullptr);
    m_app.reset();
}

void ResumeSessionTest::callsMadeBeforeTheTokenGoOutWithIt()
{
    startDesktop();
    QVERIFY(m_app->hub()->isHolding());
    // What a widget asks for while the keychain has not answered: sent with the token, not
    // refused for lack of one.
    std::optional<HubResult<Agent>> me;
    SessionApi(HubApi(m_app->hub())).me([&me](const HubResult<Agent> &result) { me = result; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 15000);
    QVERIFY2(me->ok(), qPrintable(me->error().text()));
    QCOMPARE((*me)->login, QStringLiteral("bo"));
    m_app.reset();
}

void ResumeSessionTest::withNoTokenInTheKeychainASignInSheetAsks()
{
    QCOMPARE(outcomeOf(keychainAnswer(
                 [this](TokenStore &s) { s.remove(m_hub.url(), QStringLiteral("bo")); })),
             TokenStore::Outcome::Ok);
    QCOMPARE(storedToken(), QString());
    startDesktop();
    MainWindow *window = m_app->window();
    QVERIFY(window != nullptr);
    // The keychain has nothing: the window stays, readable, and a sheet over it asks.
    LoginDialog *sheet = shownSignInSheet(window);
    QVERIFY(sheet);
    QCOMPARE(sheet->windowModality(), Qt::WindowModal);
    QVERIFY(window->isVisible());
    QVERIFY(!m_app->hub()->isHolding());
    signInOnSheet(sheet, QStringLiteral("bo-password"));
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<LoginDialog *>() == nullptr, 10000);
    QCOMPARE(m_app->window(), window);
    QVERIFY(!m_app->hub()->token().isEmpty());
    QCOMPARE(m_hub.get(QStringLiteral("/api/v1/me"), m_app->hub()->token()).status, 200);
    // Kept for the next start (written while the sheet closed).
    QTRY_COMPARE_WITH_TIMEOUT(storedToken(), m_app->hub()->token(), 10000);
}

void ResumeSessionTest::afterALogOutTheNextStartAsksForThePassword()
{
    QVERIFY(m_app && m_app->window());
    emit m_app->window()->logOutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<LoginDialog>() != nullptr, 10000);
    QVERIFY(m_app->window() == nullptr);
    // The token leaves the keychain while the login dialog waits (asynchronously).
    QTRY_COMPARE_WITH_TIMEOUT(storedToken(), QString(), 10000);
    m_app.reset();
    delete visibleTopLevel<LoginDialog>();

    startDesktop();
    // Not the last agent's inbox: the password first, and the mirror is still there for it.
    QVERIFY(m_app->window() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<LoginDialog>() != nullptr, 10000);
    QVERIFY(m_app->window() == nullptr);
    QVERIFY(QFile::exists(mirrorPath()));
}

void ResumeSessionTest::cleanupTestCase()
{
    m_app.reset();
    for (QWidget *w : QApplication::topLevelWidgets())
        delete qobject_cast<LoginDialog *>(w);
}

QTEST_MAIN(ResumeSessionTest)
#include "tst_resumesession.moc"
