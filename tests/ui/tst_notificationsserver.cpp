// NotificationCenter against a notification server this test plays itself on the private session
// bus (what it is asked to show, actions, muting), the fallback when there is no server or a hung
// one, and the bell's list. Run it through tests/ui/desktopsession.sh.
#include "notificationfixtures.h"

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class NotificationsServerTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { requirePrivateSession(); }

    void init() { requireNoOtherServer(); }

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
        // (The batch is read on the mirror's reader thread: its answer comes back queued.)
        QTRY_COMPARE(notified.count(), 1); // the bell still lists the muted one
        QTest::qWait(100);
        QVERIFY(server.calls.isEmpty());
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
        QTRY_COMPARE(fallback->presented.size(), 1); // read on the reader thread, then shown
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

QTEST_MAIN(NotificationsServerTest)
#include "moc_notificationfixtures.cpp"
#include "tst_notificationsserver.moc"
