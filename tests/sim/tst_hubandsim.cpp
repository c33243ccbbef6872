// End to end over loopback: the real parley-hub with the real parley-cloudsim as its WhatsApp.
// Customers write through the sim's control API; agents answer through the hub's API; sends go
// out through the sim's Graph endpoint and their statuses come back as signed webhooks.
#include "hubprocess.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>

using namespace parley::testing;

namespace {

const QString customer = QStringLiteral("5511987650042");
const QString customerName = QStringLiteral("Marina Costa");

QString webhookUrl(const HubProcess &hub)
{
    return hub.url(QStringLiteral("/webhooks/whatsapp")).toString();
}

} // namespace

class HubAndSimTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_token = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_token.isEmpty());
        // Sends are paid for in credits; one pack covers every reply here.
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);

        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0").arg(m_hub.port())));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            for (const QJsonValue &event : frame.value(QStringLiteral("events")).toArray())
                m_streamed.append(event.toObject());
        });
        m_socket.open(request);
        QTRY_VERIFY_WITH_TIMEOUT(m_socket.state() == QAbstractSocket::ConnectedState, 5000);
    }

    void aCustomerMessageReachesTheAgentsStream()
    {
        const QString wamid =
            m_sim.inbound(customer, customerName, QStringLiteral("Oi! Vocês entregam em Niterói?"));
        QVERIFY(!wamid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!streamedMessage(wamid).isEmpty(), 5000);
        const QJsonObject message = streamedMessage(wamid);
        QCOMPARE(message["text"].toString(), QStringLiteral("Oi! Vocês entregam em Niterói?"));
        QCOMPARE(message["direction"].toString(), QStringLiteral("in"));
        m_conversation = message["conversation_id"].toInteger();
        QVERIFY(m_conversation > 0);
    }

    void anAgentsReplyGoesOutOnceAndItsStatusesComeBack()
    {
        QVERIFY(m_conversation > 0);
        const QString text = QStringLiteral("Entregamos sim! 🚚");
        const HttpReply first = reply(text, QStringLiteral("reply-1"));
        QCOMPARE(first.status, 202);
        QCOMPARE(reply(text, QStringLiteral("reply-1")).status, 200); // the outbox retried
        const qint64 messageId = first.json().value("message")["id"].toInteger();

        QTRY_COMPARE_WITH_TIMEOUT(sentWithText(text), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(streamedStatuses(messageId).contains(QLatin1String("read")), 5000);
        const QStringList statuses = streamedStatuses(messageId);
        QVERIFY2(statuses.contains(QLatin1String("delivered")), qPrintable(statuses.join(',')));
        QVERIFY(statuses.indexOf(QLatin1String("delivered")) <
                statuses.indexOf(QLatin1String("read")));
        const QJsonArray sent = m_sim.sent(customer);
        QCOMPARE(sent.last()["biz_opaque_callback_data"].toString(),
                 QStringLiteral("parley:%1").arg(messageId));
        QTest::qWait(500);
        QCOMPARE(sentWithText(text), 1);
    }

    void aRepeatedWebhookDoublesNothing()
    {
        QVERIFY(m_sim.duplicateNextWebhook());
        const qint64 duplicatesBefore =
            m_sim.state().value("webhook")["duplicates_sent"].toInteger();
        const QString wamid =
            m_sim.inbound(customer, customerName, QStringLiteral("Perfeito, obrigada!"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.state().value("webhook")["duplicates_sent"].toInteger() -
                                      duplicatesBefore,
                                  1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.state().value("webhook")["pending_updates"].toInt(), 0,
                                  5000);
        int stored = 0;
        for (const QJsonValue &message : storedMessages())
            stored += message["wamid"].toString() == wamid ? 1 : 0;
        QCOMPARE(stored, 1);
        int created = 0;
        for (const QJsonValue &event : syncEvents()) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == wamid)
                ++created;
        }
        QCOMPARE(created, 1);
    }

    void templatesAreReviewedBySimAndSentWithTheirParameters()
    {
        QVERIFY(m_conversation > 0);
        const HttpReply created =
            m_hub.post(QStringLiteral("/api/v1/templates"),
                       {{"name", "pedido_enviado"},
                        {"language", "pt_BR"},
                        {"category", "UTILITY"},
                        {"module", "Leads"},
                        {"body", "Olá $[Leads.First Name], seu pedido foi enviado hoje."}},
                       m_admin);
        QCOMPARE(created.status, 202);
        const qint64 approvedId = created.json().value("template")["id"].toInteger();
        const HttpReply promotional = m_hub.post(
            QStringLiteral("/api/v1/templates"),
            {{"name", "aviso_promocao"},
             {"language", "pt_BR"},
             {"category", "UTILITY"},
             {"module", "Leads"},
             {"body", "Olá $[Leads.First Name], hoje tem desconto de 20% na loja toda."}},
            m_admin);
        QCOMPARE(promotional.status, 202);
        const qint64 rejectedId = promotional.json().value("template")["id"].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(hubTemplate(approvedId)["status"].toString(),
                                  QStringLiteral("APPROVED"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(hubTemplate(rejectedId)["status"].toString(),
                                  QStringLiteral("REJECTED"), 5000);
        QCOMPARE(hubTemplate(rejectedId)["rejection_reason"].toString(),
                 QStringLiteral("INCORRECT_CATEGORY"));

        // Rewritten without the sales pitch, the rejected template is reviewed again.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/templates/%1").arg(rejectedId),
                           {{"name", "aviso_promocao"},
                            {"language", "pt_BR"},
                            {"category", "UTILITY"},
                            {"module", "Leads"},
                            {"body", "Olá $[Leads.First Name], sua troca foi registrada hoje."}},
                           m_admin)
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(hubTemplate(rejectedId)["status"].toString(),
                                  QStringLiteral("APPROVED"), 5000);

        const HttpReply sent =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/template").arg(m_conversation),
                       {{"template_id", approvedId}}, m_token, {{"Idempotency-Key", "template-1"}});
        QCOMPARE(sent.status, 202);
        const qint64 messageId = sent.json().value("message")["id"].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(storedStatus(messageId), QStringLiteral("read"), 5000);
        const QJsonObject onTheWire = m_sim.sent(customer).last().toObject();
        QCOMPARE(onTheWire["type"].toString(), QStringLiteral("template"));
        QCOMPARE(onTheWire["template"]["name"].toString(), QStringLiteral("pedido_enviado"));
        QCOMPARE(onTheWire["template"]["language"].toString(), QStringLiteral("pt_BR"));
        QCOMPARE(onTheWire["template"]["parameters"].toArray(),
                 QJsonArray{QStringLiteral("Marina")});
        QCOMPARE(onTheWire["pricing_category"].toString(), QStringLiteral("utility"));
    }

    void aReplyQueuedWhileGraphFailsIsSentOnceAfterTheHubRestarts()
    {
        // Graph answers 500 to everything, so the hub keeps the reply queued for a retry.
        QVERIFY(m_sim.failNext(0, 1000, 500));
        const qint64 injectedBefore = m_sim.state().value("graph")["injected"].toInteger();
        const QString text = QStringLiteral("Seu pedido sai amanhã.");
        const HttpReply queued = reply(text, QStringLiteral("reply-2"));
        QCOMPARE(queued.status, 202);
        const qint64 messageId = queued.json().value("message")["id"].toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sim.state().value("graph")["injected"].toInteger() > injectedBefore, 5000);
        m_hub.kill(); // before its retry, which is a second or more away
        m_socket.abort();
        QVERIFY(m_sim.failNext(0, 0)); // Graph is well again
        QCOMPARE(sentWithText(text), 0);

        QVERIFY2(m_hub.start(), m_hub.log().constData());
        QVERIFY(m_sim.setWebhook(webhookUrl(m_hub))); // the restarted hub has a new port
        QTRY_COMPARE_WITH_TIMEOUT(sentWithText(text), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(storedStatus(messageId), QStringLiteral("read"), 5000);
        QTest::qWait(1000);
        QCOMPARE(sentWithText(text), 1);
    }

private:
    HttpReply reply(const QString &text, const QString &idempotencyKey)
    {
        return m_hub.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                          {{QStringLiteral("text"), text}}, m_token,
                          {{"Idempotency-Key", idempotencyKey.toUtf8()}});
    }

    int sentWithText(const QString &text)
    {
        int count = 0;
        for (const QJsonValue &message : m_sim.sent(customer))
            count += message["text"].toString() == text ? 1 : 0;
        return count;
    }

    QJsonObject streamedMessage(const QString &wamid) const
    {
        for (const QJsonObject &event : m_streamed) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == wamid)
                return event["data"].toObject();
        }
        return {};
    }

    // The statuses the stream reported for one message, in order.
    QStringList streamedStatuses(qint64 messageId) const
    {
        QStringList statuses;
        for (const QJsonObject &event : m_streamed) {
            if (event["type"] == QStringLiteral("message.updated") &&
                event["data"]["id"].toInteger() == messageId)
                statuses.append(event["data"]["status"].toString());
        }
        return statuses;
    }

    QJsonArray storedMessages()
    {
        return m_hub
            .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=500").arg(m_conversation),
                 m_token)
            .json()
            .value(QStringLiteral("messages"))
            .toArray();
    }

    QString storedStatus(qint64 messageId)
    {
        for (const QJsonValue &message : storedMessages()) {
            if (message["id"].toInteger() == messageId)
                return message["status"].toString();
        }
        return {};
    }

    QJsonObject hubTemplate(qint64 id)
    {
        const QJsonArray templates = m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                   QStringLiteral("templates"), m_token);
        return withId(templates, id);
    }

    QJsonArray syncEvents() { return m_hub.events(m_token); }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_token;
    QString m_admin;
    QWebSocket m_socket;
    QList<QJsonObject> m_streamed;
    qint64 m_conversation = 0;
};

QTEST_GUILESS_MAIN(HubAndSimTest)
#include "tst_hubandsim.moc"
