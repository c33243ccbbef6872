// The first-run login dialog, offscreen, against a real parley-hub on loopback.

#include "hubprocess.h"
#include "ui/session/logindialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

struct LoggedIn {
    int count = 0;
    QUrl hub;
    LoginReply session;
};

} // namespace

class LoginDialogTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY2(m_hub.start(), m_hub.log().constData());
    }

    void hubAddressesAreReadForgivingly()
    {
        QCOMPARE(LoginDialog::hubUrlFromInput(QStringLiteral(" hub.example.com ")),
                 QUrl(QStringLiteral("https://hub.example.com")));
        QCOMPARE(LoginDialog::hubUrlFromInput(QStringLiteral("http://127.0.0.1:8080")),
                 QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(!LoginDialog::hubUrlFromInput(QString()).isValid());
        QVERIFY(!LoginDialog::hubUrlFromInput(QStringLiteral("ftp://hub.example.com")).isValid());
        QVERIFY(!LoginDialog::hubUrlFromInput(QStringLiteral("http://")).isValid());
        QVERIFY(!LoginDialog::hubUrlFromInput(QStringLiteral("https://exa mple.com")).isValid());
    }

    void aRepeatSignInWaitsInThePassword()
    {
        LoginDialog dialog;
        dialog.setHubUrl(QStringLiteral("https://parley-hub.example.com:8443"));
        dialog.setLogin(QStringLiteral("bo"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QTRY_VERIFY(password->hasFocus());
        auto *hub = dialog.findChild<QLineEdit *>(QStringLiteral("hubUrl"));
        QVERIFY(hub->width() >= hub->fontMetrics().horizontalAdvance(hub->text()));

        LoginDialog first;
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QApplication::setActiveWindow(&first);
        QTRY_VERIFY(first.findChild<QLineEdit *>(QStringLiteral("hubUrl"))->hasFocus());
    }

    void logInNeedsEveryField()
    {
        LoginDialog dialog;
        dialog.setHubUrl(m_hub.url().toString());
        QVERIFY(!logInButton(dialog)->isEnabled());
        field(dialog, "login")->setText(QStringLiteral("bo"));
        QVERIFY(!logInButton(dialog)->isEnabled());
        field(dialog, "password")->setText(QStringLiteral("x"));
        QVERIFY(logInButton(dialog)->isEnabled());
    }

    void aWrongPasswordIsSaidAndTheDialogStays()
    {
        LoginDialog dialog;
        LoggedIn loggedIn;
        watch(dialog, &loggedIn);
        fill(dialog, m_hub.url().toString(), QStringLiteral("bo"), QStringLiteral("guess"));
        QElapsedTimer clicked;
        clicked.start();
        logInButton(dialog)->click();
        QVERIFY(clicked.elapsed() < 100); // the UI thread does not wait for the hub
        QVERIFY(dialog.isBusy());
        QVERIFY(!field(dialog, "password")->isEnabled());
        QVERIFY(!logInButton(dialog)->isEnabled());
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.errorText(), QStringLiteral("Wrong login or password."));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("error"))->isVisible());
        QVERIFY(field(dialog, "password")->text().isEmpty());
        QVERIFY(field(dialog, "password")->isEnabled());
        QCOMPARE(loggedIn.count, 0);
        QVERIFY(dialog.isVisible());
    }

    void theRightPasswordEmitsLoggedIn()
    {
        LoginDialog dialog;
        LoggedIn loggedIn;
        watch(dialog, &loggedIn);
        // --hub pre-fills the address.
        dialog.setHubUrl(m_hub.url().toString());
        fill(dialog, {}, QStringLiteral("bo"), QStringLiteral("bo-password"));
        logInButton(dialog)->click();
        QTRY_COMPARE(loggedIn.count, 1);
        QCOMPARE(loggedIn.hub, m_hub.url());
        QCOMPARE(loggedIn.session.agent.login, QStringLiteral("bo"));
        QVERIFY(!loggedIn.session.token.isEmpty());
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/me"), loggedIn.session.token).status, 200);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void cancelWhileAskingIgnoresTheLateAnswer()
    {
        LoginDialog dialog;
        LoggedIn loggedIn;
        watch(dialog, &loggedIn);
        fill(dialog, m_hub.url().toString(), QStringLiteral("bo"), QStringLiteral("bo-password"));
        logInButton(dialog)->click();
        QVERIFY(dialog.isBusy());
        dialog.reject();
        QTest::qWait(500);
        QCOMPARE(loggedIn.count, 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void anUnreachableHubIsSaid()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        LoginDialog dialog;
        LoggedIn loggedIn;
        watch(dialog, &loggedIn);
        fill(dialog, QStringLiteral("http://127.0.0.1:%1").arg(closedPort), QStringLiteral("bo"),
             QStringLiteral("bo-password"));
        logInButton(dialog)->click();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Cannot reach the hub at")),
                 qPrintable(dialog.errorText()));
        QCOMPARE(loggedIn.count, 0);
        QCOMPARE(field(dialog, "password")->text(), QStringLiteral("bo-password"));
    }

    void aBadAddressIsRefusedWithoutAsking()
    {
        LoginDialog dialog;
        fill(dialog, QStringLiteral("ftp://hub.example.com"), QStringLiteral("bo"),
             QStringLiteral("bo-password"));
        logInButton(dialog)->click();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("is not a hub address")),
                 qPrintable(dialog.errorText()));
    }

    void anAddressThatIsNoHubIsSaid()
    {
        LoginDialog dialog;
        // The hub itself, but under a path where no API lives.
        fill(dialog, m_hub.url(QStringLiteral("/not-the-api")).toString(), QStringLiteral("bo"),
             QStringLiteral("bo-password"));
        logInButton(dialog)->click();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("does not answer like a Parley hub")),
                 qPrintable(dialog.errorText()));
    }

    // The hub's login limit (429 with Retry-After) is said with the wait, not as a failure.
    void tooManyAttemptsSayHowLongToWait()
    {
        // A hub of its own: its limits count this test's attempts only.
        HubProcess hub;
        hub.setFastPasswordHashing(true);
        QVERIFY(hub.addAgent(QStringLiteral("vi"), QStringLiteral("viewer"),
                             QStringLiteral("vi-password")));
        QVERIFY2(hub.start(), hub.log().constData());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(hub.post(QStringLiteral("/api/v1/login"),
                              {{"login", "vi"}, {"password", QStringLiteral("guess-%1").arg(i)}})
                         .status,
                     401);
        const HttpReply refused =
            hub.post(QStringLiteral("/api/v1/login"), {{"login", "vi"}, {"password", "guess"}});
        QCOMPARE(refused.status, 429);
        int retryAfter = 0;
        for (const auto &header : refused.headers) {
            if (header.first.compare("Retry-After", Qt::CaseInsensitive) == 0)
                retryAfter = header.second.toInt();
        }
        QVERIFY(retryAfter > 0);

        LoginDialog dialog;
        LoggedIn loggedIn;
        watch(dialog, &loggedIn);
        fill(dialog, hub.url().toString(), QStringLiteral("vi"), QStringLiteral("vi-password"));
        logInButton(dialog)->click();
        QTRY_VERIFY(!dialog.isBusy());
        const QRegularExpressionMatch said =
            QRegularExpression(QStringLiteral("^Too many attempts, try again in (\\d+) s\\.$"))
                .match(dialog.errorText());
        QVERIFY2(said.hasMatch(), qPrintable(dialog.errorText()));
        // The hub's own figure, counted down since the request above.
        const int wait = said.captured(1).toInt();
        QVERIFY2(wait >= 1 && wait <= retryAfter, qPrintable(dialog.errorText()));
        QCOMPARE(loggedIn.count, 0);
        QVERIFY(dialog.isVisible());
    }

private:
    static QLineEdit *field(LoginDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static QPushButton *logInButton(LoginDialog &dialog)
    {
        return dialog.findChild<QPushButton *>(QStringLiteral("logIn"));
    }
    static void fill(LoginDialog &dialog, const QString &hub, const QString &login,
                     const QString &password)
    {
        dialog.show();
        if (!hub.isEmpty())
            field(dialog, "hubUrl")->setText(hub);
        field(dialog, "login")->setText(login);
        field(dialog, "password")->setText(password);
    }
    // Caught by a lambda rather than a QSignalSpy: LoginReply is no registered meta-type.
    static void watch(LoginDialog &dialog, LoggedIn *into)
    {
        connect(&dialog, &LoginDialog::loggedIn, &dialog,
                [into](const QUrl &hub, const LoginReply &session) {
                    ++into->count;
                    into->hub = hub;
                    into->session = session;
                });
    }

    HubProcess m_hub;
};

QTEST_MAIN(LoginDialogTest)
#include "tst_logindialog.moc"
