// Pending and snoozed conversations against the real hub and simulator (issue #12 item 6):
// pending is a status the customer writing ends; a snoozed conversation reopens by itself when
// its time comes (the hub's clock moved by a HubTestClock, no sleeping) or, snoozed without a
// time, when the customer writes; every mirror hears of it. Labels, teams and selections:
// tst_hubtriage.
#include "hubtriagefixture.h"

#include <QTest>

using namespace parley;
using namespace parley::testing;

class HubSnoozeTest : public QObject, protected HubTriageFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpTriageTeam(); }

    void pendingIsAStatusAndTheCustomerWritingReopensIt()
    {
        const Id chat = writes(QStringLiteral("5511987650302"), "Aguardo o financeiro");
        const HttpReply pending =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                       {{"status", "pending"}}, m_ada);
        QCOMPARE(pending.json().value(QStringLiteral("conversation"))["status"].toString(),
                 QStringLiteral("pending"));
        const qint64 before = lastSeq(m_bea);
        QCOMPARE(writes(QStringLiteral("5511987650302"), "Alguma novidade?"), chat);
        QCOMPARE(latestConversation(m_bea, chat, before)["status"].toString(),
                 QStringLiteral("open"));
    }

    void aSnoozedConversationReopensByItselfWhenItsTimeComes()
    {
        const Id chat = writes(QStringLiteral("5511987650303"), "Me liga amanhã");
        const HttpReply past =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                       {{"status", "snoozed"}, {"snoozed_until", isoIn(-60000)}}, m_ada);
        QCOMPARE(errorCode(past), QStringLiteral("snooze_in_past"));
        const HttpReply snoozed =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                       {{"status", "snoozed"}, {"snoozed_until", isoIn(3600000)}}, m_ada);
        QCOMPARE(snoozed.status, 200);
        QCOMPARE(snoozed.json().value(QStringLiteral("conversation"))["status"].toString(),
                 QStringLiteral("snoozed"));
        QVERIFY(!snoozed.json()
                     .value(QStringLiteral("conversation"))["snoozed_until"]
                     .toString()
                     .isEmpty());
        const qint64 before = lastSeq(m_bea);
        // The timer runs every 100 ms here; before the hour is up it leaves the conversation.
        QTest::qWait(400);
        QCOMPARE(latestConversation(m_bea, chat, 0)["status"].toString(),
                 QStringLiteral("snoozed"));
        // An hour and a minute later by the hub's clock: open again, for every mirror.
        moveClock(3660000);
        QTRY_COMPARE_WITH_TIMEOUT(latestConversation(m_bea, chat, before)["status"].toString(),
                                  QStringLiteral("open"), 10000);
        QCOMPARE(latestConversation(m_ada, chat, before)["snoozed_until"].toString(), QString());
        moveClock(0);
    }

    void snoozedUntilTheCustomerWritesWaitsForThem()
    {
        const Id chat = writes(QStringLiteral("5511987650304"), "Vou ver e te falo");
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"status", "snoozed"}}, m_ada)
                     .json()
                     .value(QStringLiteral("conversation"))["status"]
                     .toString(),
                 QStringLiteral("snoozed"));
        moveClock(7LL * 24 * 3600000); // a week: no time set, so nothing wakes it
        QTest::qWait(400);
        QCOMPARE(latestConversation(m_bea, chat, 0)["status"].toString(),
                 QStringLiteral("snoozed"));
        moveClock(0);
        const qint64 before = lastSeq(m_bea);
        writes(QStringLiteral("5511987650304"), "Voltei");
        QCOMPARE(latestConversation(m_bea, chat, before)["status"].toString(),
                 QStringLiteral("open"));
    }
};

QTEST_MAIN(HubSnoozeTest)
#include "tst_hubsnooze.moc"
