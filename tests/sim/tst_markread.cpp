// Blue ticks end to end: when an agent reads a conversation, the real parley-hub tells the real
// parley-cloudsim, through its durable outgoing queue, that the newest customer message was read.
#include "customerwrites.h"
#include "hubprocess.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

namespace {

const QString customer = QStringLiteral("5511987650077");
const QString customerName = QStringLiteral("Joana Prado");

} // namespace

class MarkReadTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_token = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_token.isEmpty());
    }

    void readingMarksTheNewestCustomerMessageOnce()
    {
        QVERIFY(!m_sim.inbound(customer, customerName, QStringLiteral("Oi, bom dia")).isEmpty());
        const QString newest =
            m_sim.inbound(customer, customerName, QStringLiteral("Ainda tem o vestido azul?"));
        QVERIFY(!newest.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT((m_conversation = conversationOf(newest)) > 0, 5000);
        const qint64 seqBefore = lastSeq();

        QCOMPARE(read(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(reads().size(), 1, 5000);
        QCOMPARE(reads().at(0)["message_id"].toString(), newest);
        QCOMPARE(reads().at(0)["wa_id"].toString(), customer);
        QTest::qWait(700);
        QCOMPARE(reads().size(), 1);

        // A receipt, not a message: nothing was sent to the customer, nothing was charged and no
        // message appeared in the conversation.
        QVERIFY(m_sim.sent(customer).isEmpty());
        for (const QJsonValue &event : eventsAfter(seqBefore)) {
            const QString type = event["type"].toString();
            QVERIFY2(!type.startsWith(QLatin1String("message.")) &&
                         type != QLatin1String("credits.updated"),
                     qPrintable(type));
        }
    }

    void readingAgainWithNothingNewSendsNone()
    {
        QVERIFY(m_conversation > 0);
        QCOMPARE(read(), 200);
        QCOMPARE(read(), 200);
        QTest::qWait(1000);
        QCOMPARE(reads().size(), 1);

        // Something new is marked again, by itself.
        const QString next = m_sim.inbound(customer, customerName, QStringLiteral("Tamanho M"));
        QTRY_VERIFY_WITH_TIMEOUT(conversationOf(next) == m_conversation, 5000);
        QCOMPARE(read(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(reads().size(), 2, 5000);
        QCOMPARE(reads().at(1)["message_id"].toString(), next);
    }

    void aMarkReadQueuedWhileGraphFailsIsSentOnceAfterTheHubRestarts()
    {
        QVERIFY(m_conversation > 0);
        const QString pending =
            m_sim.inbound(customer, customerName, QStringLiteral("Vocês entregam amanhã?"));
        QTRY_VERIFY_WITH_TIMEOUT(conversationOf(pending) == m_conversation, 5000);
        // Graph answers 500 to everything, so the hub keeps the receipt queued for a retry.
        QVERIFY(m_sim.failNext(0, 1000, 500));
        const qint64 injectedBefore = m_sim.state().value("graph")["injected"].toInteger();
        QCOMPARE(read(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sim.state().value("graph")["injected"].toInteger() > injectedBefore, 5000);
        // Killed before its retry, which is a second or more away; then Graph is well again.
        m_hub.kill();
        QVERIFY(m_sim.failNext(0, 0));
        QCOMPARE(reads().size(), 2);

        QVERIFY2(m_hub.start(), m_hub.log().constData());
        QVERIFY(m_sim.setWebhook(m_hub.url(QStringLiteral("/webhooks/whatsapp")).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(reads().size(), 3, 10000);
        QCOMPARE(reads().at(2)["message_id"].toString(), pending);
        QTest::qWait(1000);
        QCOMPARE(reads().size(), 3);
    }

    void aRefusedMarkReadIsLoggedNotShown()
    {
        // A customer message WhatsApp never delivered through this sim: Graph refuses to mark it.
        CustomerMessage unknown(QStringLiteral("5511987650078"), QStringLiteral("Olá"));
        unknown.wamid = QStringLiteral("wamid.unknown-to-graph");
        const qint64 conversation =
            customerWrites(m_hub, m_sim.identity().appSecret, m_token, unknown);
        QVERIFY(conversation > 0);
        const qint64 refusedBefore = m_sim.state().value("graph")["refused"].toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation), {},
                           m_token)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_sim.state().value("graph")["refused"].toInteger() - refusedBefore, 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_hub.log().contains("(#131009)"), 5000);
        // Not retried (131009 is Parley's mistake, not Graph's moment) and not marked again.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation), {},
                           m_token)
                     .status,
                 200);
        QTest::qWait(1500);
        QCOMPARE(m_sim.state().value("graph")["refused"].toInteger() - refusedBefore, 1);
        QCOMPARE(reads().size(), 3);
    }

private:
    int read()
    {
        return m_hub
            .post(QStringLiteral("/api/v1/conversations/%1/read").arg(m_conversation), {}, m_token)
            .status;
    }

    // What the sim recorded as marked read for the test's customer, oldest first.
    QJsonArray reads()
    {
        return httpCall("GET", m_sim.url(QStringLiteral("/sim/read?from=") + customer))
            .json()
            .value(QStringLiteral("reads"))
            .toArray();
    }

    QJsonArray eventsAfter(qint64 seq)
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(seq), m_token)
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    qint64 lastSeq()
    {
        const QJsonArray events = eventsAfter(0);
        return events.isEmpty() ? 0 : events.last()["seq"].toInteger();
    }

    // The conversation the hub stored the customer message `wamid` in; 0 until it has.
    qint64 conversationOf(const QString &wamid)
    {
        for (const QJsonValue &event : eventsAfter(0)) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == wamid)
                return event["data"]["conversation_id"].toInteger();
        }
        return 0;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_token;
    qint64 m_conversation = 0;
};

QTEST_GUILESS_MAIN(MarkReadTest)
#include "tst_markread.moc"
