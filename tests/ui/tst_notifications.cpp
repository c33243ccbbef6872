// NotificationCenter against a real dunst and against a notification server this test plays
// itself on the private session bus. Run it through tests/ui/desktopsession.sh.

#include "../core/mirrorfixture.h"
#include "core/mirror/snoozes.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/notificationpresenter.h"
#include "ui/notify/recentnotificationsmodel.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString serverName = QStringLiteral("org.freedesktop.Notifications");
const QString serverPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr TimestampMs minute = 60 * 1000;
// "Immediately": well under a frame, far under any D-Bus timeout.
constexpr qint64 immediateMs = 100;

bool serverNameOwned()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(serverName);
}

// A mirror with conversations, and incoming messages applied the way the sync worker does.
class Inbox {
public:
    Inbox() { m_mirror.open(m_dir.filePath(QStringLiteral("mirror.sqlite"))); }
    QSqlDatabase db() const { return m_mirror.database(); }
    QString path() const { return m_mirror.path(); }

    void conversation(Id id, const QString &name)
    {
        Conversation c;
        c.id = id;
        c.channelId = 1;
        c.customerNumber = QStringLiteral("5511900000%1").arg(id, 3, 10, QLatin1Char('0'));
        c.customerName = name;
        m_mirror.apply(batchOf({m_log.conversation(c)}));
        m_conversations.insert(id, c);
    }

    MirrorChanges receive(Id conversationId, const QStringList &texts)
    {
        QList<Event> events;
        Conversation &c = m_conversations[conversationId];
        for (const QString &text : texts) {
            const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
            events << m_log.message(
                textMessage(++m_messageId, conversationId, Direction::In, text, now));
            c.lastInboundAt = c.lastMessageAt = now;
            c.lastMessageText = text;
        }
        events << m_log.conversation(c);
        MirrorChanges changes;
        m_mirror.apply(batchOf(events), &changes);
        return changes;
    }

private:
    QTemporaryDir m_dir;
    Mirror m_mirror;
    EventLog m_log;
    QHash<Id, Conversation> m_conversations;
    Id m_messageId = 1000;
};

// Plays org.freedesktop.Notifications on its own connection to the session bus, as a separate
// process would, recording what it is asked to show.
class FakeServer : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        QString appName;
        uint replacesId = 0;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };

    explicit FakeServer(bool hang = false, QStringList capabilities = {})
        : m_hang(hang),
          m_capabilities(capabilities.isEmpty()
                             ? QStringList{QStringLiteral("actions"), QStringLiteral("body")}
                             : capabilities),
          m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("fake-notification-server")))
    {
        m_bus.registerObject(serverPath, this,
                             QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
        m_registered = m_bus.registerService(serverName);
    }
    ~FakeServer() override
    {
        m_bus.unregisterService(serverName);
        m_bus.unregisterObject(serverPath);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-server"));
    }
    bool isRegistered() const { return m_registered; }
    void invoke(uint id, const QString &action) { emit ActionInvoked(id, action); }

    QList<Call> calls;
    QList<uint> closed;

public slots:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expire_timeout)
    {
        Q_UNUSED(app_icon)
        Q_UNUSED(expire_timeout)
        if (hang())
            return 0;
        const uint id = replaces_id != 0 ? replaces_id : ++m_lastId;
        calls.append({app_name, replaces_id, summary, body, actions, hints, id});
        return id;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        emit NotificationClosed(id, 3);
    }
    QStringList GetCapabilities() { return hang() ? QStringList() : m_capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &spec_version)
    {
        vendor = QStringLiteral("Parley tests");
        version = QStringLiteral("1");
        spec_version = QStringLiteral("1.2");
        return hang() ? QString() : QStringLiteral("fake");
    }

signals:
    void ActionInvoked(uint id, const QString &action_key);
    void NotificationClosed(uint id, uint reason);

private:
    // A server that owns the name but never answers.
    bool hang()
    {
        if (m_hang)
            setDelayedReply(true);
        return m_hang;
    }

    bool m_hang;
    QStringList m_capabilities;
    QDBusConnection m_bus;
    bool m_registered = false;
    uint m_lastId = 0;
};

// The fallback presenter, recording instead of showing.
class RecordingPresenter : public NotificationPresenter {
    Q_OBJECT
public:
    void present(const Notification &n) override { presented.append(n); }
    void withdraw(Id conversationId) override { withdrawn.append(conversationId); }
    QList<Notification> presented;
    QList<Id> withdrawn;
};

// A clock the test can move forward; it keeps running in real time.
struct MovableClock {
    TimestampMs offset = 0;
    TimestampMs now() const { return QDateTime::currentMSecsSinceEpoch() + offset; }
};

} // namespace

class NotificationsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The developer's own session would get test notifications and could start services.
        QVERIFY2(qEnvironmentVariableIsSet("PARLEY_DESKTOP_SESSION"),
                 "run through tests/ui/desktopsession.sh (a private D-Bus session)");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

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

    void init()
    {
        if (QByteArray(QTest::currentTestFunction()).startsWith("real"))
            return;
        QVERIFY2(!serverNameOwned(), "another notification server runs on the test bus: use "
                                     "PARLEY_TEST_NOTIFICATION_SERVER=none");
    }

    void notifyCarriesTitleBodyActionsAndHints()
    {
        FakeServer server;
        QVERIFY(server.isRegistered());
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana Souza"));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(center.usesServer());
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Olá")}));
        QTRY_COMPARE(server.calls.size(), 1);
        const FakeServer::Call call = server.calls.first();
        QCOMPARE(call.appName, QStringLiteral("Parley"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.summary, QStringLiteral("Ana Souza"));
        QCOMPARE(call.body, QStringLiteral("Olá"));
        QCOMPARE(call.actions,
                 (QStringList{"default", "Open", "open", "Open", "snooze-15", "Snooze 15 min",
                              "snooze-60", "Snooze 1 h", "dismiss", "Dismiss"}));
        QCOMPARE(call.hints.value(QStringLiteral("category")).toString(),
                 QStringLiteral("im.received"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.parley.Parley"));
        QTRY_COMPARE(center.serverNotificationId(1), call.id);
    }

    void severalMessagesMakeOneNotificationWithTheCount()
    {
        FakeServer server;
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        inbox.conversation(2, QStringLiteral("Bruno"));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(center.usesServer());

        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Oi")}));
        QTRY_COMPARE(server.calls.size(), 1);
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Alô"), QStringLiteral("?")}));
        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(1).replacesId, server.calls.at(0).id);
        QCOMPARE(server.calls.at(1).body, QStringLiteral("3 new messages"));

        // Three at once in another conversation: one notification of its own.
        center.onMirrorChanged(inbox.receive(2, {"a", "b", "c"}));
        QTRY_COMPARE(server.calls.size(), 3);
        QCOMPARE(server.calls.at(2).replacesId, 0u);
        QCOMPARE(server.calls.at(2).summary, QStringLiteral("Bruno"));
        QCOMPARE(server.calls.at(2).body, QStringLiteral("3 new messages"));
        QCOMPARE(center.recentNotifications()->rowCount(), 2);
        QCOMPARE(center.recentNotifications()->unreadCount(), 2);
    }

    void markupServersGetAnEscapedBody()
    {
        FakeServer server(false, {QStringLiteral("actions"), QStringLiteral("body-markup")});
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(center.usesServer());
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("<b>5 & 6</b>")}));
        QTRY_COMPARE(server.calls.size(), 1);
        QCOMPARE(server.calls.first().body, QStringLiteral("&lt;b&gt;5 &amp; 6&lt;/b&gt;"));
    }

    void snoozeIsStoredAndTheNotificationComesBackOnTime()
    {
        FakeServer server;
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        MovableClock clock;
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        center.setClock([&clock] { return clock.now(); });
        QTRY_VERIFY(center.usesServer());
        center.onMirrorChanged(inbox.receive(1, {"Oi", "Tem alguém?"}));
        QTRY_COMPARE(server.calls.size(), 1);
        const uint id = server.calls.first().id;

        const TimestampMs pressedAt = clock.now();
        server.invoke(id, QStringLiteral("snooze-15"));
        QTRY_COMPARE(server.closed, QList<uint>{id});
        const std::optional<Snooze> stored = Snoozes(inbox.db()).find(1);
        QVERIFY(stored);
        QVERIFY(qAbs(stored->untilAt - (pressedAt + 15 * minute)) < 2000);
        QCOMPARE(stored->messageCount, 2);
        QCOMPARE(center.nextReminderAt().value_or(0), stored->untilAt);

        // Fourteen minutes and a bit later: nothing yet; the rest of the wait runs in real time.
        clock.offset = stored->untilAt - 400 - QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer waited;
        waited.start();
        center.checkSnoozes();
        QCOMPARE(server.calls.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(server.calls.size(), 2, 3000);
        QVERIFY2(waited.elapsed() >= 300, qPrintable(QString::number(waited.elapsed())));
        const FakeServer::Call again = server.calls.at(1);
        QCOMPARE(again.replacesId, 0u); // the first one was closed
        QCOMPARE(again.summary, QStringLiteral("Ana"));
        QCOMPARE(again.body, QStringLiteral("2 new messages"));
        QVERIFY(!Snoozes(inbox.db()).find(1));
    }

    void messagesDuringASnoozeJoinTheReminder()
    {
        FakeServer server;
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(center.usesServer());
        QVERIFY(center.snooze(1, 60)); // the app's own "Snooze…" menu
        center.onMirrorChanged(inbox.receive(1, {"a", "b"}));
        QTest::qWait(100);
        QVERIFY(server.calls.isEmpty());
        QCOMPARE(Snoozes(inbox.db()).find(1)->messageCount, 3);
        QVERIFY(!center.snooze(1, 0));
    }

    void aSnoozeDueDuringARestartIsRaisedAtStart()
    {
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        inbox.conversation(2, QStringLiteral("Bruno"));
        inbox.receive(1, {QStringLiteral("Preciso do boleto")});
        MovableClock clock;
        {
            FakeServer server;
            NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
            center.setClock([&clock] { return clock.now(); });
            QTRY_VERIFY(center.usesServer());
            QVERIFY(center.snooze(1, 15));
            QVERIFY(center.snooze(2, 120));
        }
        clock.offset = 20 * minute; // Parley was closed for twenty minutes
        FakeServer server;
        NotificationCenter restarted(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        restarted.setClock([&clock] { return clock.now(); });
        QTRY_COMPARE(server.calls.size(), 1);
        QCOMPARE(server.calls.first().summary, QStringLiteral("Ana"));
        QCOMPARE(server.calls.first().body, QStringLiteral("Preciso do boleto"));
        QVERIFY(!Snoozes(inbox.db()).find(1));
        QVERIFY(Snoozes(inbox.db()).find(2)); // still ahead
        QCOMPARE(restarted.nextReminderAt().value_or(0), Snoozes(inbox.db()).find(2)->untilAt);
    }

    void openAndClickEmitOpenConversation()
    {
        FakeServer server;
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        inbox.conversation(2, QStringLiteral("Bruno"));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(center.usesServer());
        QSignalSpy opened(&center, &NotificationCenter::openConversation);
        center.onMirrorChanged(inbox.receive(1, {"Oi"}));
        center.onMirrorChanged(inbox.receive(2, {"Olá"}));
        QTRY_COMPARE(server.calls.size(), 2);

        server.invoke(server.calls.at(0).id, QStringLiteral("open"));
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).first().toLongLong(), 1);
        server.invoke(server.calls.at(1).id, QStringLiteral("default"));
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).first().toLongLong(), 2);
        QCOMPARE(center.recentNotifications()->unreadCount(), 0);

        // Another application's notification is none of Parley's business.
        server.invoke(9999, QStringLiteral("open"));
        QTest::qWait(100);
        QCOMPARE(opened.count(), 2);
    }

    void dismissClosesAndTheNextMessageStartsAfresh()
    {
        FakeServer server;
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(center.usesServer());
        center.onMirrorChanged(inbox.receive(1, {"a", "b"}));
        QTRY_COMPARE(server.calls.size(), 1);
        server.invoke(server.calls.first().id, QStringLiteral("dismiss"));
        QTRY_COMPARE(server.closed.size(), 1);
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("c")}));
        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(1).replacesId, 0u);
        QCOMPARE(server.calls.at(1).body, QStringLiteral("c"));
    }

    void disabledOrFocusedRaisesNothingOnScreen()
    {
        FakeServer server;
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        inbox.conversation(2, QStringLiteral("Bruno"));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(center.usesServer());
        QSignalSpy notified(&center, &NotificationCenter::notified);
        center.setFocusedConversation(2);
        center.onMirrorChanged(inbox.receive(2, {"being read"}));
        center.setEnabled(false);
        center.onMirrorChanged(inbox.receive(1, {"muted"}));
        QTest::qWait(100);
        QVERIFY(server.calls.isEmpty());
        QCOMPARE(notified.count(), 1); // the bell still lists the muted one
        QCOMPARE(center.recentNotifications()->rowCount(), 1);
        center.setEnabled(true);
        center.onMirrorChanged(inbox.receive(1, {"heard"}));
        QTRY_COMPARE(server.calls.size(), 1);
    }

    void withoutAServerTheFallbackShowsItAndStartUpDoesNotWait()
    {
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        auto *fallback = new RecordingPresenter;
        QElapsedTimer startUp;
        startUp.start();
        auto center = std::make_unique<NotificationCenter>(inbox.db(),
                                                           QDBusConnection::sessionBus(), fallback);
        center->onMirrorChanged(inbox.receive(1, {QStringLiteral("Oi")}));
        const qint64 elapsed = startUp.elapsed();
        QVERIFY2(elapsed < immediateMs, qPrintable(QString::number(elapsed)));
        QTRY_COMPARE(fallback->presented.size(), 1);
        QVERIFY(!center->usesServer());
        QCOMPARE(fallback->presented.first().title, QStringLiteral("Ana"));
        QCOMPARE(fallback->presented.first().body, QStringLiteral("Oi"));
        // The tray's balloon click comes back as "open".
        QSignalSpy opened(center.get(), &NotificationCenter::openConversation);
        emit fallback->actionInvoked(1, QStringLiteral("open"));
        QCOMPARE(opened.count(), 1);
    }

    void withoutASessionBusTheFallbackIsUsedAtOnce()
    {
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        const QDBusConnection nowhere = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/parley-test-bus"), QStringLiteral("nowhere"));
        QVERIFY(!nowhere.isConnected());
        auto *fallback = new RecordingPresenter;
        QElapsedTimer startUp;
        startUp.start();
        NotificationCenter center(inbox.db(), nowhere, fallback);
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Oi")}));
        QVERIFY(startUp.elapsed() < immediateMs);
        QCOMPARE(fallback->presented.size(), 1);
        QDBusConnection::disconnectFromBus(QStringLiteral("nowhere"));
    }

    void aHungServerDelaysNothingAndFallsBack()
    {
        FakeServer server(true);
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        auto *fallback = new RecordingPresenter;
        QElapsedTimer startUp;
        startUp.start();
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), fallback);
        center.onMirrorChanged(inbox.receive(1, {QStringLiteral("Oi")}));
        QVERIFY(startUp.elapsed() < immediateMs);
        QVERIFY(center.isProbing());
        QTRY_COMPARE_WITH_TIMEOUT(fallback->presented.size(), 1,
                                  DBusNotifier::callTimeoutMs + 3000);
        QVERIFY(!center.usesServer());
    }

    void theBellKeepsTheLatestFiftyAndCountsUnread()
    {
        RecentNotificationsModel model;
        QSignalSpy unread(&model, &RecentNotificationsModel::unreadCountChanged);
        for (int i = 1; i <= 60; ++i)
            model.add({i, QStringLiteral("c%1").arg(i), QStringLiteral("m"), 1, i});
        QCOMPARE(model.rowCount(), RecentNotificationsModel::capacity);
        QCOMPARE(model.unreadCount(), 50);
        QCOMPARE(model.index(0).data(RecentNotificationsModel::ConversationIdRole).toLongLong(),
                 60);
        model.add({60, QStringLiteral("c60"), QStringLiteral("2 new messages"), 2, 61});
        QCOMPARE(model.rowCount(), 50); // replaced its unread entry
        QCOMPARE(model.index(0).data(RecentNotificationsModel::BodyRole).toString(),
                 QStringLiteral("2 new messages"));
        model.markRead(60);
        QCOMPARE(model.unreadCount(), 49);
        QVERIFY(!model.index(0).data(RecentNotificationsModel::UnreadRole).toBool());
        model.markAllRead();
        QCOMPARE(model.unreadCount(), 0);
        QCOMPARE(unread.last().first().toInt(), 0);
    }
};

QTEST_MAIN(NotificationsTest)
#include "tst_notifications.moc"
