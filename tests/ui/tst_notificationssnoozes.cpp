// Snoozing a notification: stored in the mirror, raised again on time, joined by later messages,
// and raised at start when it fell due while Parley was closed. Run it through
// tests/ui/desktopsession.sh.
#include "notificationfixtures.h"
#include "ui/notify/recentnotificationsmodel.h"
#include "ui/notify/snoozedialog.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTimeZone>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class NotificationsSnoozesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { requirePrivateSession(); }

    void init() { requireNoOtherServer(); }

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
        // Kept at once, written on the store's writer thread.
        QTRY_VERIFY(Snoozes(inbox.db()).find(1));
        const std::optional<Snooze> stored = Snoozes(inbox.db()).find(1);
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
        QTRY_VERIFY(!Snoozes(inbox.db()).find(1));
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
        // (The batch is read on the mirror's reader thread: its answer comes back queued.)
        QTRY_COMPARE(Snoozes(inbox.db()).find(1).value_or(Snooze{}).messageCount, 3);
        QTest::qWait(100);
        QVERIFY(server.calls.isEmpty());
        QVERIFY(!center.snooze(1, 0));
    }

    void manyConversationsAtOnceMakeOneDigest()
    {
        FakeServer server;
        Inbox inbox;
        for (Id id = 1; id <= 7; ++id)
            inbox.conversation(id, QStringLiteral("Cliente %1").arg(id));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(center.usesServer());
        // The catch-up at sign-in: eleven messages in seven conversations in one batch.
        MirrorChanges all;
        for (Id id = 1; id <= 7; ++id) {
            const MirrorChanges one =
                inbox.receive(id, id == 1 ? QStringList{"a", "b", "c", "d", "e"}
                                          : QStringList{QStringLiteral("Oi")});
            all.messages.unite(one.messages);
            all.conversations.unite(one.conversations);
        }
        center.onMirrorChanged(all);
        QTRY_COMPARE(server.calls.size(), 1);
        QTest::qWait(200);
        QCOMPARE(server.calls.size(), 1);
        QCOMPARE(server.calls.first().body, QStringLiteral("11 new messages in 7 conversations"));
        QCOMPARE(center.recentNotifications()->rowCount(), 7); // the bell lists each
        // Three at once are still shown one by one.
        center.onMirrorChanged(inbox.receive(2, {QStringLiteral("E aí?")}));
        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(1).summary, QStringLiteral("Cliente 2"));
    }

    void aNamedMomentIsStoredAsItsTime()
    {
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        NotificationCenter center(inbox.db(), QDBusConnection::sessionBus(), nullptr);
        QSignalSpy changed(&center, &NotificationCenter::snoozesChanged);
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(!center.snoozeUntil(1, now - minute)); // not in the past
        QVERIFY(center.snoozeUntil(1, now + 90 * minute));
        QCOMPARE(center.snoozes()->find(1).value_or(Snooze{}).untilAt, now + 90 * minute);
        QTRY_COMPARE(Snoozes(inbox.db()).find(1).value_or(Snooze{}).untilAt, now + 90 * minute);
        QCOMPARE(changed.size(), 1);

        // Friday 15:00: in an hour is 16:00, tomorrow is Saturday 9:00, next week Monday 9:00.
        const QDateTime friday(QDate(2026, 12, 4), QTime(15, 0), QTimeZone::utc());
        const QList<SnoozeDialog::Choice> choices = SnoozeDialog::choicesAfter(friday);
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices.at(0).until,
                 QDateTime(QDate(2026, 12, 4), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(choices.at(1).until, QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(choices.at(2).until, QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
        SnoozeDialog dialog(QStringLiteral("Ana Souza"), friday);
        QVERIFY(dialog.findChild<QLabel *>()->text().contains(QStringLiteral("Ana Souza")));
        dialog.choose(1);
        QCOMPARE(dialog.until(), choices.at(1).until);
        dialog.choose(-1); // "On a date…"
        QVERIFY(dialog.until() > friday);
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
        QTRY_VERIFY(!Snoozes(inbox.db()).find(1));
        QVERIFY(Snoozes(inbox.db()).find(2)); // still ahead
        QCOMPARE(restarted.nextReminderAt().value_or(0), Snoozes(inbox.db()).find(2)->untilAt);
    }
};

QTEST_MAIN(NotificationsSnoozesTest)
#include "moc_notificationfixtures.cpp"
#include "tst_notificationssnoozes.moc"
