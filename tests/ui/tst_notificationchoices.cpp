// The agent's notification choice and mutes (issue #12) against a real dunst on the private
// session bus: a muted conversation's message pops nothing, an unmuted one does, "mentions
// only" pops only a mention; and the center's reads after a batch run on the reader thread,
// none on the GUI thread. Run it through tests/ui/desktopsession.sh.
#include "notificationfixtures.h"

#include "core/mirror/mirrorstore.h"
#include "core/mirror/sqlthreadprobe.h"

#include <QDBusInterface>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

// What dunst itself shows now (dunstctl count displayed).
int dunstDisplayed()
{
    QDBusInterface dunst(serverName, serverPath, QStringLiteral("org.dunstproject.cmd0"));
    return dunst.property("displayedLength").toInt();
}

void dunstCloseAll()
{
    QDBusMessage call = QDBusMessage::createMethodCall(serverName, serverPath,
                                                       QStringLiteral("org.dunstproject.cmd0"),
                                                       QStringLiteral("NotificationCloseAll"));
    QDBusConnection::sessionBus().call(call);
}

Agent me()
{
    Agent agent;
    agent.id = 1;
    agent.login = QStringLiteral("bo");
    agent.name = QStringLiteral("Bo");
    agent.department = QStringLiteral("Sales");
    return agent;
}

} // namespace

class NotificationChoicesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        requirePrivateSession();
        SqlThreadProbe::setEnabled(true);
        if (!serverNameOwned()) {
            if (qEnvironmentVariableIsEmpty("DISPLAY"))
                QSKIP("dunst needs an X display; desktopsession.sh provides Xvfb");
            m_dunst.start(QStringLiteral("dunst"), {});
            QVERIFY2(m_dunst.waitForStarted(), "dunst is not installed");
            QTRY_VERIFY_WITH_TIMEOUT(serverNameOwned(), 10000);
        }
    }

    void cleanupTestCase()
    {
        if (m_dunst.state() == QProcess::Running) {
            m_dunst.terminate();
            m_dunst.waitForFinished(5000);
        }
    }

    void init() { dunstCloseAll(); }

    void aMutedConversationPopsNothingAnUnmutedOneDoes()
    {
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        inbox.conversation(2, QStringLiteral("Bruno"));
        inbox.assign(1, 0, QStringLiteral("Sales"));
        inbox.assign(2, 0, QStringLiteral("Sales"));
        inbox.notificationSettings(NotifyChoice::Default, {1});
        MirrorStore store(inbox.path());
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        center.setMirrorStore(&store);
        center.setAgent(me());
        QTRY_VERIFY(center.usesServer());
        QCOMPARE(center.serverInfo().name, QStringLiteral("dunst"));
        QSignalSpy notified(&center, &NotificationCenter::notified);

        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Psst")}));
        QTRY_COMPARE(store.inFlight(), 0); // the batch was read and decided on
        QCOMPARE(notified.count(), 0);
        QCOMPARE(center.serverNotificationId(1), 0u);

        center.onMirrorChanged(inbox.receive(2, {QStringLiteral("Olá, tudo bem?")}));
        QTRY_VERIFY(center.serverNotificationId(2) > 0);
        QTRY_COMPARE(dunstDisplayed(), 1); // only Bruno's, on dunst's own count
        QCOMPARE(notified.count(), 1);
        QCOMPARE(center.serverNotificationId(1), 0u);

        // Unmuted (the hub's event reaches the mirror): Ana's next message pops.
        inbox.notificationSettings(NotifyChoice::Default, {});
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Alô?")}));
        QTRY_VERIFY(center.serverNotificationId(1) > 0);
        QTRY_COMPARE(dunstDisplayed(), 2);
    }

    void mentionsOnlyPopsOnlyAMention()
    {
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        inbox.conversation(2, QStringLiteral("Bruno"));
        inbox.assign(1, me().id, QStringLiteral("Sales"));
        inbox.assign(2, 0, QStringLiteral("Sales"));
        inbox.notificationSettings(NotifyChoice::Mentions, {2});
        MirrorStore store(inbox.path());
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        center.setMirrorStore(&store);
        center.setAgent(me());
        QTRY_VERIFY(center.usesServer());
        QSignalSpy notified(&center, &NotificationCenter::notified);

        // Even my own customer's message pops nothing.
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Oi")}));
        QTRY_COMPARE(store.inFlight(), 0);
        QCOMPARE(notified.count(), 0);
        QCOMPARE(dunstDisplayed(), 0);

        // A colleague's note naming me does, in a muted conversation too (docs/desktop.md).
        Agent ana;
        ana.id = 5;
        ana.login = QStringLiteral("ana");
        ana.name = QStringLiteral("Ana Souza");
        const MirrorChanges noted =
            inbox.mention(2, ana, QStringLiteral("@bo can you call him back?"));
        QCOMPARE(noted.mentions.size(), 1);
        center.onMirrorChanged(noted);
        QTRY_VERIFY(center.serverNotificationId(2) > 0);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(center.recentNotifications()
                     ->index(0)
                     .data(Qt::DisplayRole)
                     .toString()
                     .contains(QStringLiteral("Ana Souza mentioned you")),
                 true);
        QTRY_COMPARE(dunstDisplayed(), 1);
        QCOMPARE(center.serverNotificationId(1), 0u);
    }

    void aBatchWithMessagesAndAMentionRunsNoSqlOnTheGuiThread()
    {
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        inbox.conversation(2, QStringLiteral("Bruno"));
        inbox.assign(1, 0, QStringLiteral("Sales"));
        inbox.assign(2, 0, QStringLiteral("Sales"));
        MirrorStore store(inbox.path());
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        center.setMirrorStore(&store);
        center.setAgent(me());
        QTRY_VERIFY(center.usesServer());
        Agent ana;
        ana.id = 5;
        ana.login = QStringLiteral("ana");
        ana.name = QStringLiteral("Ana Souza");
        MirrorChanges batch = inbox.receive(1, {QStringLiteral("Oi"), QStringLiteral("Tem?")});
        const MirrorChanges noted = inbox.mention(2, ana, QStringLiteral("@bo look"));
        batch.messages.unite(noted.messages);
        batch.mentions.unite(noted.mentions);

        SqlThreadProbe::reset(); // the applies above are the test's own, on this thread
        center.onMirrorChanged(batch);
        QTRY_VERIFY(center.serverNotificationId(1) > 0);
        QTRY_VERIFY(center.serverNotificationId(2) > 0);
        QTRY_COMPARE(store.inFlight(), 0);
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);
    }

private:
    QProcess m_dunst;
};

QTEST_MAIN(NotificationChoicesTest)
#include "moc_notificationfixtures.cpp"
#include "tst_notificationchoices.moc"
