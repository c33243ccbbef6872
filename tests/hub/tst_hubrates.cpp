// The rate table from outside (issue #14 item 7, R8.5): the real parley-hub and parley-cloudsim
// on loopback. Every agent reads the table, only admins change it; every value is checked before
// it is stored, with its own error code; a price an admin sets is what the next template send to
// that country is charged under the current plan, as the ledger shows; each change is logged
// with who and what it was; a plan goes back to its presets on request. The figures are worked
// out here by hand from the published presets (core/billing/rateplan.cpp): a credit is
// US$0.0001 under desk_country and im_credit; desk_country adds the US$0.005 session part.
#include "apierror.h"
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

class HubRatesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());
        m_adminId = m_hub.get(QStringLiteral("/api/v1/me"), m_admin)
                        .json()["agent"]
                        .toObject()["id"]
                        .toInteger();
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

    void theTableStartsAsThePresets()
    {
        // Brazil's illustrative desk_country rates: marketing US$0.0625, utility US$0.0068.
        const QJsonObject brazil =
            row(m_agent, QStringLiteral("desk_country"), QStringLiteral("55"));
        QCOMPARE(brazil["country"].toString(), QStringLiteral("Brazil"));
        QCOMPARE(brazil["marketing"].toInteger(), 62500);
        QCOMPARE(brazil["utility"].toInteger(), 6800);
        QCOMPARE(brazil["authentication"].toInteger(), 6800);
        QCOMPARE(brazil["service"].toInteger(), 0);
        // Every plan, each with its other-countries row (the empty prefix) last.
        const QJsonArray plans =
            m_hub.get(QStringLiteral("/api/v1/credits/rates"), m_agent).json()["plans"].toArray();
        QCOMPARE(plans.size(), 4);
        for (const QJsonValue &plan : plans) {
            QCOMPARE(plan["currency"].toString(), QStringLiteral("USD"));
            QCOMPARE(plan["rates"].toArray().last()["prefix"].toString(), QString());
        }
        QCOMPARE(row(m_agent, QStringLiteral("desk_country"), QString())["marketing"].toInteger(),
                 60400);
    }

    void onlyAdminsChangeIt()
    {
        const QJsonObject change{{"plan", "desk_country"},
                                 {"prefix", "55"},
                                 {"category", "marketing"},
                                 {"price_micros", 1000}};
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/credits/rates"), change, m_agent).status, 403);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/credits/rates/reset"),
                           {{"plan", "desk_country"}}, m_agent)
                     .status,
                 403);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/credits/rates/changes"), m_agent).status, 403);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/credits/rates"), change, QString()).status,
                 401);
        QCOMPARE(row(m_admin, QStringLiteral("desk_country"), QStringLiteral("55"))["marketing"]
                     .toInteger(),
                 62500);
    }

    void badValuesAreRefusedBeforeTheyAreStored_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        const auto change = [](const char *prefix, const char *category, const QJsonValue &price) {
            return QJsonObject{{"plan", "desk_country"},
                               {"prefix", prefix},
                               {"category", category},
                               {"price_micros", price}};
        };
        QTest::newRow("unknown plan") << QJsonObject{{"plan", "free_for_all"},
                                                     {"prefix", "55"},
                                                     {"category", "marketing"},
                                                     {"price_micros", 100}}
                                      << "credits_plan_unknown";
        QTest::newRow("plus sign")
            << change("+55", "marketing", 100) << "billing_rate_prefix_invalid";
        QTest::newRow("iso code") << change("BR", "marketing", 100)
                                  << "billing_rate_prefix_invalid";
        QTest::newRow("seven digits")
            << change("5511987", "marketing", 100) << "billing_rate_prefix_invalid";
        QTest::newRow("unknown category")
            << change("55", "promotional", 100) << "billing_rate_category_unknown";
        QTest::newRow("negative") << change("55", "marketing", -100)
                                  << "billing_rate_price_invalid";
        QTest::newRow("above US$10")
            << change("55", "marketing", 10000100) << "billing_rate_price_invalid";
        QTest::newRow("half a credit")
            << change("55", "marketing", 62550) << "billing_plan_price_not_whole_credits";
        QTest::newRow("price as text") << change("55", "marketing", "0.07") << "bad_request";
        QTest::newRow("fractional micros") << change("55", "marketing", 0.5) << "bad_request";
        QTest::newRow("no price") << QJsonObject{{"plan", "desk_country"},
                                                 {"prefix", "55"},
                                                 {"category", "marketing"}}
                                  << "bad_request";
        QJsonObject twoLines = change("55", "marketing", 100);
        twoLines.insert(QStringLiteral("country"), QStringLiteral("Bra\nzil"));
        QTest::newRow("country on two lines") << twoLines << "billing_rate_country_invalid";
    }
    void badValuesAreRefusedBeforeTheyAreStored()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        const QByteArray before = m_hub.get(QStringLiteral("/api/v1/credits/rates"), m_admin).body;
        const HttpReply refused =
            m_hub.post(QStringLiteral("/api/v1/credits/rates"), body, m_admin);
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorCode(refused), code);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/credits/rates"), m_admin).body, before);
        QCOMPARE(changes().size(), 0);
    }

    void aSetPriceIsWhatTheNextSendIsCharged()
    {
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/plan"), {{"plan", "desk_country"}}, m_admin)
                .status,
            200);
        const qint64 eventsBefore = lastSeq();
        // Brazil's marketing rate to US$0.07.
        const HttpReply set = m_hub.post(QStringLiteral("/api/v1/credits/rates"),
                                         {{"plan", "desk_country"},
                                          {"prefix", "55"},
                                          {"category", "marketing"},
                                          {"price_micros", 70000}},
                                         m_admin);
        QVERIFY2(set.status == 200, set.body.constData());
        QCOMPARE(
            rowIn(set.json(), QStringLiteral("desk_country"), QStringLiteral("55"))["marketing"]
                .toInteger(),
            70000);
        // Only that price moved; the other plans keep theirs.
        const QJsonObject brazil =
            row(m_admin, QStringLiteral("desk_country"), QStringLiteral("55"));
        QCOMPARE(brazil["marketing"].toInteger(), 70000);
        QCOMPARE(brazil["utility"].toInteger(), 6800);
        QCOMPARE(row(m_admin, QStringLiteral("im_credit"), QStringLiteral("55"))["marketing"]
                     .toInteger(),
                 62500);
        // Desktops hear of it: their Credits page reads the table again.
        QVERIFY(hasEventAfter(QStringLiteral("credits.updated"), eventsBefore));

        // (US$0.005 + US$0.07) / US$0.0001
        QCOMPARE(chargeFor(QStringLiteral("+5511987650201"), m_marketing), 750);
        // A utility send to Brazil still pays the preset: (US$0.005 + US$0.0068) / US$0.0001.
        QCOMPARE(chargeFor(QStringLiteral("+5511987650202"), m_utility), 118);

        const QJsonArray log = changes();
        QCOMPARE(log.size(), 1);
        const QJsonObject entry = log.first().toObject();
        QCOMPARE(entry["plan"].toString(), QStringLiteral("desk_country"));
        QCOMPARE(entry["prefix"].toString(), QStringLiteral("55"));
        QCOMPARE(entry["category"].toString(), QStringLiteral("marketing"));
        QCOMPARE(entry["old_micros"].toInteger(), 62500);
        QCOMPARE(entry["new_micros"].toInteger(), 70000);
        QCOMPARE(entry["agent_id"].toInteger(), m_adminId);
        QVERIFY(!entry["changed_at"].toString().isEmpty());
    }

    void eachPlanChargesItsOwnTable()
    {
        // im_credit has no session part: Brazil's utility set to US$0.009 is 90 credits.
        QVERIFY(setPrice("im_credit", "55", "utility", 9000).status == 200);
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/plan"), {{"plan", "im_credit"}}, m_admin)
                .status,
            200);
        QCOMPARE(chargeFor(QStringLiteral("+5511987650203"), m_utility), 90);
        // desk_country's own change (US$0.07 marketing) does not leak into im_credit.
        QCOMPARE(chargeFor(QStringLiteral("+5511987650204"), m_marketing), 625);
    }

    void aNewCountryIsPricedFromTheOtherCountriesRow()
    {
        // Portugal (+351) had no row: it paid the other-countries rate. Its utility price set,
        // its marketing price is still the other-countries one.
        const HttpReply set = m_hub.post(QStringLiteral("/api/v1/credits/rates"),
                                         {{"plan", "im_credit"},
                                          {"prefix", "351"},
                                          {"category", "utility"},
                                          {"price_micros", 9900},
                                          {"country", "Portugal"}},
                                         m_admin);
        QVERIFY2(set.status == 200, set.body.constData());
        const QJsonObject portugal =
            row(m_admin, QStringLiteral("im_credit"), QStringLiteral("351"));
        QCOMPARE(portugal["country"].toString(), QStringLiteral("Portugal"));
        QCOMPARE(portugal["utility"].toInteger(), 9900);
        QCOMPARE(portugal["marketing"].toInteger(), 60400);
        QCOMPARE(chargeFor(QStringLiteral("+351912345601"), m_utility), 99);
        QCOMPARE(chargeFor(QStringLiteral("+351912345602"), m_marketing), 604);
    }

    void aPlanGoesBackToItsPresets()
    {
        const qint64 logged = changes().size();
        const HttpReply reset = m_hub.post(QStringLiteral("/api/v1/credits/rates/reset"),
                                           {{"plan", "im_credit"}}, m_admin);
        QVERIFY2(reset.status == 200, reset.body.constData());
        QCOMPARE(
            row(m_admin, QStringLiteral("im_credit"), QStringLiteral("55"))["utility"].toInteger(),
            6800);
        QVERIFY(row(m_admin, QStringLiteral("im_credit"), QStringLiteral("351")).isEmpty());
        // Brazil's utility price moved back, Portugal's row went to the other-countries price.
        QCOMPARE(changes().size(), logged + 2);
        QCOMPARE(chargeFor(QStringLiteral("+5511987650205"), m_utility), 68);
        // desk_country keeps its own change.
        QCOMPARE(row(m_admin, QStringLiteral("desk_country"), QStringLiteral("55"))["marketing"]
                     .toInteger(),
                 70000);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/credits/rates/reset"),
                           {{"plan", "free_for_all"}}, m_admin)
                     .status,
                 400);
    }

private:
    HttpReply setPrice(const char *plan, const char *prefix, const char *category, qint64 micros)
    {
        return m_hub.post(
            QStringLiteral("/api/v1/credits/rates"),
            {{"plan", plan}, {"prefix", prefix}, {"category", category}, {"price_micros", micros}},
            m_admin);
    }

    static QJsonObject rowIn(const QJsonObject &table, const QString &plan, const QString &prefix)
    {
        for (const QJsonValue &each : table["plans"].toArray()) {
            if (each["plan"].toString() != plan)
                continue;
            for (const QJsonValue &rate : each["rates"].toArray()) {
                if (rate["prefix"].toString() == prefix)
                    return rate.toObject();
            }
        }
        return {};
    }

    QJsonObject row(const QString &token, const QString &plan, const QString &prefix)
    {
        return rowIn(m_hub.get(QStringLiteral("/api/v1/credits/rates"), token).json(), plan,
                     prefix);
    }

    QJsonArray changes()
    {
        return m_hub.get(QStringLiteral("/api/v1/credits/rates/changes"), m_admin)
            .json()["changes"]
            .toArray();
    }

    // Sends the template to `number` (a chat it starts) and returns the credits the ledger
    // charged for that message; -1 when the send was refused.
    qint64 chargeFor(const QString &number, qint64 templateId)
    {
        const HttpReply sent = m_hub.post(
            QStringLiteral("/api/v1/conversations"),
            {{"channel_id", m_channel}, {"customer_number", number}, {"template_id", templateId}},
            m_admin, {{"Idempotency-Key", QByteArray("rates-") + number.toLatin1()}});
        if (sent.status != 202) {
            qWarning("send refused: %s", sent.body.constData());
            return -1;
        }
        const qint64 message = sent.json()["message"].toObject()["id"].toInteger();
        qint64 charged = 0;
        for (const QJsonValue &entry :
             m_hub.get(QStringLiteral("/api/v1/credits/ledger?kind=charge&limit=100"), m_admin)
                 .json()["entries"]
                 .toArray()) {
            if (entry["message_id"].toInteger() == message)
                charged -= entry["amount"].toInteger();
        }
        return charged;
    }

    qint64 lastSeq()
    {
        qint64 seq = 0;
        for (const QJsonValue &event : m_hub.events(m_admin))
            seq = qMax(seq, event["seq"].toInteger());
        return seq;
    }

    bool hasEventAfter(const QString &type, qint64 seq)
    {
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["seq"].toInteger() > seq && event["type"].toString() == type)
                return true;
        }
        return false;
    }

    qint64 approvedTemplate(const QJsonObject &body)
    {
        return parley::testing::approvedTemplate(m_hub, m_admin, body);
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    QString m_agent;
    qint64 m_adminId = 0;
    qint64 m_channel = 0;
    qint64 m_utility = 0;
    qint64 m_marketing = 0;
};

QTEST_GUILESS_MAIN(HubRatesTest)
#include "tst_hubrates.moc"
