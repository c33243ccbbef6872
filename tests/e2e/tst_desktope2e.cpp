// The whole system as an agent meets it: the real parley-cloudsim as WhatsApp, the real
// parley-hub, and the desktop (DesktopApp, the same object parley's main() runs) on an X display
// with a private D-Bus session holding a real gnome-keyring and a real dunst.
//
// One story, in order: the first start asks for the password and keeps the token in the
// keychain; the next start signs in from the keychain alone; a customer's message raises a
// notification on dunst; choosing "Snooze 15 min" in dunst's own menu closes it and stores the
// snooze; when it is due (the test moves the stored time, rather than wait 15 minutes) the next
// start raises it again; a reply written while the hub is down goes out exactly once after the
// hub is back.
#include "core/mirror/mirror.h"
#include "core/mirror/outbox.h"
#include "core/mirror/snoozes.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/main/desktopapp.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/notify/notificationcenter.h"
#include "ui/session/logindialog.h"
#include "ui/session/tokenstore.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString customer = QStringLiteral("5511987650077");
const QString customerName = QStringLiteral("Beatriz Lima");

template <typename T> T *openWidget()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class DesktopEndToEndTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void firstStartAsksAndKeepsTheTokenInTheKeychain();
    void theNextStartSignsInFromTheKeychain();
    void aCustomerMessageRaisesANotificationOnDunst();
    void snoozingFromDunstClosesItAndStoresTheSnooze();
    void aDueSnoozeIsRaisedAgainAfterARestart();
    void aReplyWrittenWhileTheHubIsDownGoesOutOnce();
    void cleanupTestCase();

private:
    bool startDunst();
    QString dunstctl(const QStringList &arguments);
    int dunstDisplayed()
    {
        return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
    }
    MainWindow *startDesktop(const DesktopApp::Options &options = {});
    QString mirrorPath() const
    {
        return DesktopApp::mirrorPathFor(m_hub.url(), QStringLiteral("bo"));
    }
    int sentWithText(const QString &text);

    QTemporaryDir m_dir;
    HubProcess m_hub;
    SimProcess m_sim;
    QProcess m_dunst;
    std::unique_ptr<DesktopApp> m_app;
    Id m_conversation = 0;
};

void DesktopEndToEndTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PARLEY_DESKTOP_SESSION"))
        QSKIP("runs inside tests/ui/desktopsession.sh (private D-Bus, keyring, X display)");
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setApplicationName(QStringLiteral("parley"));
    QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                           QStringLiteral("bo-password")));
    QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                           QStringLiteral("ana-password")));
    QVERIFY(startHubWithSim(m_hub, m_sim));
    const QString admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
    QCOMPARE(m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, admin).status,
             200);
    QVERIFY(startDunst());
}

bool DesktopEndToEndTest::startDunst()
{
    // dunst's context menu is a dmenu-style program that reads the actions and prints the one
    // chosen; this one chooses "Snooze 15 min", as an agent would from the menu.
    const QString picker = m_dir.filePath(QStringLiteral("pick-snooze.sh"));
    QFile script(picker);
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write("#!/bin/sh\ngrep -i 'snooze 15' | head -n 1\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString config = m_dir.filePath(QStringLiteral("dunstrc"));
    QFile rc(config);
    if (!rc.open(QIODevice::WriteOnly))
        return false;
    rc.write("[global]\ndmenu = " + picker.toUtf8() + "\n");
    rc.close();
    m_dunst.setProcessChannelMode(QProcess::MergedChannels);
    m_dunst.start(QStringLiteral("dunst"), {QStringLiteral("-config"), config});
    if (!m_dunst.waitForStarted())
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (dunstctl({QStringLiteral("is-paused")}) == QLatin1String("false"))
            return true;
        QTest::qWait(100);
    }
    return false;
}

QString DesktopEndToEndTest::dunstctl(const QStringList &arguments)
{
    QProcess ctl;
    ctl.start(QStringLiteral("dunstctl"), arguments);
    ctl.waitForFinished(10000);
    return QString::fromUtf8(ctl.readAllStandardOutput()).trimmed();
}

MainWindow *DesktopEndToEndTest::startDesktop(const DesktopApp::Options &options)
{
    m_app = std::make_unique<DesktopApp>(options);
    m_app->start();
    return m_app->window();
}

int DesktopEndToEndTest::sentWithText(const QString &text)
{
    int count = 0;
    for (const QJsonValue &m : m_sim.sent(customer))
        count += m[QStringLiteral("text")].toString() == text ? 1 : 0;
    return count;
}

void DesktopEndToEndTest::firstStartAsksAndKeepsTheTokenInTheKeychain()
{
    DesktopApp::Options options;
    options.hub = m_hub.url();
    options.login = QStringLiteral("bo");
    startDesktop(options);
    // Nothing stored yet: the login dialog asks for the password.
    QTRY_VERIFY_WITH_TIMEOUT(openWidget<LoginDialog>() != nullptr, 10000);
    LoginDialog *dialog = openWidget<LoginDialog>();
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))
        ->setText(QStringLiteral("bo-password"));
    dialog->findChild<QPushButton *>(QStringLiteral("logIn"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 10000);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));

    // The token is in gnome-keyring, read back through the Secret Service by a second client.
    TokenStore store;
    QSignalSpy read(&store, &TokenStore::readFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!store.isBusy(), 5000);
    store.read(m_hub.url(), QStringLiteral("bo"));
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 10000);
    QCOMPARE(read.first().at(2).value<TokenStore::Outcome>(), TokenStore::Outcome::Ok);
    const QString token = read.first().at(3).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_hub.get(QStringLiteral("/api/v1/me"), token).status, 200);
    // ... and in no file of the app's.
    QProcess grep;
    grep.start(QStringLiteral("grep"),
               {QStringLiteral("-rl"), token, qEnvironmentVariable("XDG_CONFIG_HOME"),
                qEnvironmentVariable("XDG_DATA_HOME")});
    QVERIFY(grep.waitForFinished(10000));
    QCOMPARE(grep.readAllStandardOutput(), QByteArray());
}

void DesktopEndToEndTest::theNextStartSignsInFromTheKeychain()
{
    m_app.reset();
    startDesktop(); // no hub, login or password given: all from settings and the keychain
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 10000);
    QVERIFY(openWidget<LoginDialog>() == nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void DesktopEndToEndTest::aCustomerMessageRaisesANotificationOnDunst()
{
    NotificationCenter *center = m_app->window()->notifications();
    QTRY_VERIFY_WITH_TIMEOUT(center->usesServer(), 10000);
    QCOMPARE(center->serverInfo().name, QStringLiteral("dunst"));
    QCOMPARE(dunstDisplayed(), 0);
    QVERIFY(!m_sim.inbound(customer, customerName, QStringLiteral("Oi! O pedido 4471 chegou?"))
                 .isEmpty());
    // Webhook → hub → stream → mirror → notification on dunst.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->conversations()->rowCount() > 0, 10000);
    Mirror mirror;
    QCOMPARE(mirror.open(mirrorPath()), Mirror::OpenStatus::Ok);
    QSqlQuery find(mirror.database());
    QVERIFY(find.exec(QStringLiteral("SELECT id FROM conversations WHERE customer_number = '%1'")
                          .arg(customer)) &&
            find.next());
    m_conversation = find.value(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(center->serverNotificationId(m_conversation) != 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dunstDisplayed(), 1, 5000);
}

void DesktopEndToEndTest::snoozingFromDunstClosesItAndStoresTheSnooze()
{
    NotificationCenter *center = m_app->window()->notifications();
    QSignalSpy snoozed(center, &NotificationCenter::snoozed);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    // dunst's context menu, answered by the picker: ActionInvoked("snooze15") on the bus.
    dunstctl({QStringLiteral("context")});
    QTRY_COMPARE_WITH_TIMEOUT(snoozed.size(), 1, 10000);
    QCOMPARE(snoozed.first().at(0).toLongLong(), m_conversation);
    const qint64 until = snoozed.first().at(1).toLongLong();
    QVERIFY(until >= before + 15 * 60 * 1000 - 1000 && until <= before + 16 * 60 * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(dunstDisplayed(), 0, 5000);
    // Stored in the mirror (on the store's writer thread), so it outlives the app.
    Mirror mirror;
    QCOMPARE(mirror.open(mirrorPath()), Mirror::OpenStatus::Ok);
    QTRY_VERIFY(Snoozes(mirror.database()).nextDueAt().has_value());
}

void DesktopEndToEndTest::aDueSnoozeIsRaisedAgainAfterARestart()
{
    m_app.reset();
    QCOMPARE(dunstDisplayed(), 0);
    {
        // Fifteen minutes pass while Parley is closed.
        Mirror mirror;
        QCOMPARE(mirror.open(mirrorPath()), Mirror::OpenStatus::Ok);
        QSqlQuery q(mirror.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE snoozes SET until_at = until_at - 16 * 60 * 1000")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    startDesktop();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dunstDisplayed(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->window()->notifications()->serverNotificationId(m_conversation) != 0, 5000);
    Mirror mirror;
    QCOMPARE(mirror.open(mirrorPath()), Mirror::OpenStatus::Ok);
    QTRY_VERIFY(!Snoozes(mirror.database()).nextDueAt().has_value());
}

void DesktopEndToEndTest::aReplyWrittenWhileTheHubIsDownGoesOutOnce()
{
    MainWindow *window = m_app->window();
    window->openConversation(m_conversation);
    QTRY_COMPARE_WITH_TIMEOUT(window->pane()->conversationId(), m_conversation, 5000);
    const quint16 port = m_hub.port();
    m_hub.kill();
    const QString text = QStringLiteral("Chegou sim, Beatriz! Saiu para entrega as 9h.");
    Composer *composer = window->pane()->composer();
    QTRY_COMPARE_WITH_TIMEOUT(composer->mode(), Composer::Mode::Reply, 5000);
    auto *editor = composer->findChild<QPlainTextEdit *>();
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(composer->text().isEmpty());
    {
        Mirror mirror;
        QCOMPARE(mirror.open(mirrorPath()), Mirror::OpenStatus::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(mirror.database()).count(), 1, 5000);
    }
    QTest::qWait(1500); // attempts against the stopped hub
    QCOMPARE(sentWithText(text), 0);

    QVERIFY2(m_hub.start(10000, port), m_hub.log().constData());
    QTRY_COMPARE_WITH_TIMEOUT(sentWithText(text), 1, 30000);
    Mirror mirror;
    QCOMPARE(mirror.open(mirrorPath()), Mirror::OpenStatus::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(mirror.database()).count(), 0, 30000);
    QTest::qWait(2000); // a duplicate would have arrived by now
    QCOMPARE(sentWithText(text), 1);
}

void DesktopEndToEndTest::cleanupTestCase()
{
    m_app.reset();
    if (m_dunst.state() == QProcess::Running) {
        m_dunst.terminate();
        m_dunst.waitForFinished(5000);
    }
}

QTEST_MAIN(DesktopEndToEndTest)
#include "tst_desktope2e.moc"
