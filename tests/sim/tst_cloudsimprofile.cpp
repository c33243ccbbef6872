// R1.9 over loopback: the sim's whatsapp_business_profile validates like Meta, and the hub's
// /api/v1/channels/{id}/profile reads and writes it through Graph with the channel's token.
#include "hubprocess.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

class CloudSimProfileTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_admin.isEmpty());
        m_path = QLatin1Char('/') + m_sim.identity().phoneNumberId +
                 QStringLiteral("/whatsapp_business_profile");
    }

    void simStoresAValidUpdate()
    {
        const QJsonObject update{{"messaging_product", "whatsapp"},
                                 {"about", "Fresh bread daily"},
                                 {"vertical", "GROCERY"},
                                 {"websites", QJsonArray{"https://bakery.example"}}};
        const HttpReply posted = m_sim.graph("POST", m_path, update);
        QCOMPARE(posted.status, 200);
        QCOMPARE(posted.json().value("success").toBool(), true);
        const QJsonObject entry = m_sim.graph("GET", m_path).json().value("data")[0].toObject();
        QCOMPARE(entry.value("about").toString(), QStringLiteral("Fresh bread daily"));
        QCOMPARE(entry.value("vertical").toString(), QStringLiteral("GROCERY"));
        QCOMPARE(entry.value("messaging_product").toString(), QStringLiteral("whatsapp"));
    }

    void simRefusesLikeMeta_data()
    {
        QTest::addColumn<QJsonObject>("update");
        QTest::newRow("about too long")
            << QJsonObject{{"messaging_product", "whatsapp"}, {"about", QString(140, 'a')}};
        QTest::newRow("unknown vertical")
            << QJsonObject{{"messaging_product", "whatsapp"}, {"vertical", "BAKERY"}};
        QTest::newRow("three websites") << QJsonObject{
            {"messaging_product", "whatsapp"},
            {"websites", QJsonArray{"https://a.io", "https://b.io", "https://c.io"}}};
        QTest::newRow("no messaging_product") << QJsonObject{{"about", "x"}};
    }

    void simRefusesLikeMeta()
    {
        QFETCH(QJsonObject, update);
        const HttpReply refused = m_sim.graph("POST", m_path, update);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value("error")["code"].toInt(), 100);
        // Nothing of a refused update is kept.
        QCOMPARE(m_sim.graph("GET", m_path).json().value("data")[0]["about"].toString(),
                 QStringLiteral("Fresh bread daily"));
    }

    void hubReadsAndWritesThroughGraph()
    {
        const QString profile = QStringLiteral("/api/v1/channels/1/profile");
        QCOMPARE(m_hub.get(profile, m_admin).json().value("profile")["about"].toString(),
                 QStringLiteral("Fresh bread daily"));
        const HttpReply saved = m_hub.post(
            profile,
            {{"about", "Open on Sundays"}, {"vertical", "RESTAURANT"}, {"email", "a@b.io"}},
            m_admin);
        QCOMPARE(saved.status, 200);
        const QJsonObject read = m_hub.get(profile, m_admin).json().value("profile").toObject();
        QCOMPARE(read.value("about").toString(), QStringLiteral("Open on Sundays"));
        QCOMPARE(read.value("vertical").toString(), QStringLiteral("RESTAURANT"));
        QCOMPARE(read.value("email").toString(), QStringLiteral("a@b.io"));
    }

    void hubChecksTheRuleBeforeGraph()
    {
        const HttpReply refused = m_hub.post(QStringLiteral("/api/v1/channels/1/profile"),
                                             {{"description", QString(513, 'd')}}, m_admin);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json().value("error")["code"].toString(),
                 QStringLiteral("profile_description_too_long"));
    }

    void unknownChannelIsNotFound()
    {
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/channels/99/profile"), m_admin).status, 404);
    }

private:
    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    QString m_path;
};

QTEST_GUILESS_MAIN(CloudSimProfileTest)
#include "tst_cloudsimprofile.moc"
