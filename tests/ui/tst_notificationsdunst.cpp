// NotificationCenter against a real dunst on the private session bus: shown, replaced, clicked.
// Run it through tests/ui/desktopsession.sh.
#include "notificationfixtures.h"

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class NotificationsDunstTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { requirePrivateSession(); }

    void realDunstShowsTheNotificationAndReportsItsActions()
    {
        QProcess dunst;
        if (!serverNameOwned()) {
            if (qEnvironmentVariableIsEmpty("DISPLAY"))
                QSKIP("dunst needs an X display; desktopsession.sh provides Xvfb");
            dunst.start(QStringLiteral("dunst"), {});
            QVERIFY2(dunst.waitForStarted(), "dunst is not installed");
            QTRY_VERIFY_WITH_TIMEOUT(serverNameOwned(), 10000);
        }
        auto stopDunst = qScopeGuard([&dunst] {
            if (dunst.state() == QProcess::Running) {
                dunst.terminate();
                dunst.waitForFinished(5000);
            }
        });
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        auto *fallback = new RecordingPresenter;
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), fallback);
        QTRY_VERIFY(center.usesServer());
        QCOMPARE(center.serverInfo().name, QStringLiteral("dunst"));
        QVERIFY(center.serverInfo().capabilities.contains(QStringLiteral("actions")));

        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Olá, tudo bem?")}));
        QTRY_VERIFY(center.serverNotificationId(1) > 0);
        const uint id = center.serverNotificationId(1);
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Alô?")}));
        QTest::qWait(200);
        QCOMPARE(center.serverNotificationId(1), id); // replaced, not a second bubble

        // dunst's "action" command invokes the notification's default action, as a click does.
        QSignalSpy opened(&center, &NotificationCenter::openConversation);
        QDBusMessage click = QDBusMessage::createMethodCall(serverName, serverPath,
                                                            QStringLiteral("org.dunstproject.cmd0"),
                                                            QStringLiteral("NotificationAction"));
        click << uint(0);
        QCOMPARE(QDBusConnection::sessionBus().call(click).type(), QDBusMessage::ReplyMessage);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), 1);
        QVERIFY(fallback->presented.isEmpty());

        stopDunst.dismiss();
        if (dunst.state() == QProcess::Running) {
            dunst.terminate();
            QVERIFY(dunst.waitForFinished(5000));
            QTRY_VERIFY(!serverNameOwned());
        }
    }
};

QTEST_MAIN(NotificationsDunstTest)
#include "moc_notificationfixtures.cpp"
#include "tst_notificationsdunst.moc"
