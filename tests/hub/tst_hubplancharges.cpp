// R8.5 from outside: the real parley-hub and parley-cloudsim on loopback, one approved utility
// and one approved marketing template, and a business-initiated send of each under every one of
// the four rate plans the admin can switch to. Each charge in the ledger is the plan's price for
// that message, worked out here by hand from the plan's published figures (core/billing/
// rateplan.cpp), not by calling the code under test:
//   desk_session   US$0.005 a session message, no country part; a credit is US$0.0001
//   desk_country   the same session part plus the destination's template rate
//   im_credit      no session part, the destination's template rate only
//   message_points US$0.005 a message and one credit is US$0.005: one credit a message
// Brazil's illustrative rates: utility US$0.0068, marketing US$0.0625; Jamaica's (+1876, which
// must win over +1) utility US$0.0113.
#include "approvedtemplate.h"
#include "hubprocess.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

namespace {

QJsonObject draft(const QString &name, const QString &category)
{
    return {{"name", name},
            {"language", "pt_BR"},
            {"category", category},
            {"module", "Leads"},
            {"body", "Seu pedido foi separado e sai hoje."}};
}

} // namespace

class HubPlanChargesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_admin.isEmpty());
        // Bought under the default plan: 3 × 10,000 credits, enough for every send below.
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 3}}, m_admin).status,
            200);
        const QJsonArray channels =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin);
        QVERIFY(!channels.isEmpty());
        m_channel = channels.first()["id"].toInteger();
        m_utility = approvedTemplate(draft(QStringLiteral("pedido_separado"), "UTILITY"));
        m_marketing = approvedTemplate(draft(QStringLiteral("oferta_semana"), "MARKETING"));
        QVERIFY(m_utility > 0 && m_marketing > 0);
    }

    void everyPlanChargesItsOwnPrice_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("marketing");
        QTest::addColumn<qint64>("credits");
        // US$0.005 / US$0.0001
        QTest::newRow("desk_session utility") << "desk_session"
                                              << "+5511987650101" << false << qint64(50);
        QTest::newRow("desk_session marketing") << "desk_session"
                                                << "+5511987650102" << true << qint64(50);
        // (US$0.005 + US$0.0068) / US$0.0001, (US$0.005 + US$0.0625) / US$0.0001
        QTest::newRow("desk_country utility") << "desk_country"
                                              << "+5511987650103" << false << qint64(118);
        QTest::newRow("desk_country marketing") << "desk_country"
                                                << "+5511987650104" << true << qint64(675);
        // Jamaica's prefix 1876 beats 1: (US$0.005 + US$0.0113) / US$0.0001
        QTest::newRow("desk_country jamaica") << "desk_country"
                                              << "+18765550105" << false << qint64(163);
        // US$0.0068 / US$0.0001, US$0.0625 / US$0.0001
        QTest::newRow("im_credit utility") << "im_credit"
                                           << "+5511987650106" << false << qint64(68);
        QTest::newRow("im_credit marketing") << "im_credit"
                                             << "+5511987650107" << true << qint64(625);
        // US$0.005 / US$0.005
        QTest::newRow("message_points utility") << "message_points"
                                                << "+5511987650108" << false << qint64(1);
        QTest::newRow("message_points marketing") << "message_points"
                                                  << "+5511987650109" << true << qint64(1);
    }

    void everyPlanChargesItsOwnPrice()
    {
        QFETCH(QString, plan);
        QFETCH(QString, number);
        QFETCH(bool, marketing);
        QFETCH(qint64, credits);
        const HttpReply switched =
            m_hub.post(QStringLiteral("/api/v1/credits/plan"), {{"plan", plan}}, m_admin);
        QCOMPARE(switched.status, 200);
        QCOMPARE(switched.json()["plan"].toString(), plan);

        const qint64 before = balance();
        const HttpReply sent =
            m_hub.post(QStringLiteral("/api/v1/conversations"),
                       {{"channel_id", m_channel},
                        {"customer_number", number},
                        {"template_id", marketing ? m_marketing : m_utility}},
                       m_admin, {{"Idempotency-Key", QByteArray("plan-") + number.toLatin1()}});
        QVERIFY2(sent.status == 202, sent.body.constData());
        const qint64 message = sent.json()["message"].toObject()["id"].toInteger();
        QVERIFY(message > 0);

        qint64 charged = 0;
        for (const QJsonValue &entry :
             m_hub.get(QStringLiteral("/api/v1/credits/ledger?kind=charge&limit=100"), m_admin)
                 .json()
                 .value(QStringLiteral("entries"))
                 .toArray()) {
            if (entry["message_id"].toInteger() == message)
                charged += entry["amount"].toInteger();
        }
        QCOMPARE(charged, -credits);
        QCOMPARE(balance(), before - credits);
        // WhatsApp's "sent" status (long past once delivered or read) settles it at the same price:
        // a business-initiated template is billable in its own category, so nothing is refunded or
        // adjusted.
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(message) == QLatin1String("delivered") ||
                                     statusOf(message) == QLatin1String("read"),
                                 10000);
        QCOMPARE(balance(), before - credits);
    }

    void aPlanTheHubDoesNotKnowIsRefused()
    {
        const HttpReply refused =
            m_hub.post(QStringLiteral("/api/v1/credits/plan"), {{"plan", "free_for_all"}}, m_admin);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json()["error"].toObject()["code"].toString(),
                 QStringLiteral("credits_plan_unknown"));
    }

private:
    qint64 approvedTemplate(const QJsonObject &body)
    {
        return parley::testing::approvedTemplate(m_hub, m_admin, body);
    }

    qint64 balance()
    {
        return m_hub.get(QStringLiteral("/api/v1/credits"), m_admin)
            .json()
            .value(QStringLiteral("balance"))
            .toInteger();
    }

    QString statusOf(qint64 message)
    {
        QString status;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString().startsWith(QLatin1String("message.")) &&
                event["data"].toObject()["id"].toInteger() == message)
                status = event["data"].toObject()["status"].toString();
        }
        return status;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    qint64 m_channel = 0;
    qint64 m_utility = 0;
    qint64 m_marketing = 0;
};

QTEST_GUILESS_MAIN(HubPlanChargesTest)
#include "tst_hubplancharges.moc"
