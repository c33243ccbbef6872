// R8.6 trial limits, enforced by the real hub process.
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"
#include "customerwrites.h"
#include "hubprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("trial-secret");

} // namespace

class HubTrialTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("admin"), QStringLiteral("admin"),
                               QStringLiteral("admin-password")));
        QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 appSecret, QStringLiteral("vt")));
        QVERIFY(m_hub.start());
        m_admin = m_hub.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 5}}, m_admin).status,
            200);
    }

    void aLiveAccountHasNoTrialLimits()
    {
        const HttpReply trial = m_hub.get(QStringLiteral("/api/v1/credits/trial"), m_admin);
        QCOMPARE(trial.json().value(QStringLiteral("state")).toString(), QStringLiteral("off"));
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/trial"), {{"state", "forever"}}, m_admin)
                .status,
            400);
    }

    void repliesStopAfterTheTenthCustomerConversation()
    {
        const HttpReply set =
            m_hub.post(QStringLiteral("/api/v1/credits/trial"), {{"state", "trial"}}, m_admin);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(QStringLiteral("day")).toInteger(), 1);
        for (int customer = 1; customer <= 11; ++customer) {
            const Id conversation = customerWrites(
                m_hub, appSecret, m_admin,
                {QStringLiteral("55119000000%1").arg(customer, 2, 10, QLatin1Char('0')),
                 QStringLiteral("Oi")});
            QVERIFY(conversation > 0);
            const HttpReply reply = m_hub.post(
                QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                {{"text", "Olá!"}}, m_admin,
                {{"Idempotency-Key", QByteArray("trial-") + QByteArray::number(customer)}});
            if (customer <= 10) {
                QVERIFY2(reply.status == 202, reply.body.constData());
            } else {
                QCOMPARE(reply.status, 402);
                QCOMPARE(reply.json().value(QStringLiteral("error"))["code"].toString(),
                         QStringLiteral("trial_conversation_limit"));
            }
        }
        const HttpReply summary = m_hub.get(QStringLiteral("/api/v1/credits/trial"), m_admin);
        QCOMPARE(summary.json().value(QStringLiteral("customer_conversations")).toInteger(), 11);
    }

    void verificationLiftsTheConversationLimit()
    {
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/trial"), {{"state", "expanded"}}, m_admin)
                .status,
            200);
        const Id conversation = customerWrites(
            m_hub, appSecret, m_admin, {QStringLiteral("5511900000012"), QStringLiteral("Oi")});
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                           {{"text", "Olá!"}}, m_admin, {{"Idempotency-Key", "expanded-1"}})
                     .status,
                 202);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/credits/trial"), m_admin)
                     .json()
                     .value(QStringLiteral("expanded_messages"))
                     .toInteger(),
                 1);
    }

private:
    HubProcess m_hub;
    QString m_admin;
};

QTEST_GUILESS_MAIN(HubTrialTest)
#include "tst_hubtrial.moc"
