// What one webhook item may change in the real parley-hub: an unreadable item costs only itself
// (issue #10), and a status or an account update counts only for the channel that signed it
// (issue #9, finding 1). Conversations of every kind: tst_hubconversations.
#include "hubconversationsfixture.h"

#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace parley;
using namespace parley::testing;

class HubWebhookIsolationTest : public QObject, protected HubConversationsFixture {
    Q_OBJECT
private slots:
    void initTestCase() { startHubWithTwoChannels(); }

    void oneUnreadableItemCostsOnlyItself()
    {
        QJsonObject body =
            QJsonDocument::fromJson(fixture(QStringLiteral("message_text.json"))).object();
        QJsonObject value = body["entry"][0]["changes"][0]["value"].toObject();
        QJsonObject good = value["messages"][0].toObject();
        good.insert(QStringLiteral("id"), QStringLiteral("wamid.good-before"));
        QJsonObject bad = good;
        bad.remove(QStringLiteral("from"));
        bad.insert(QStringLiteral("id"), QStringLiteral("wamid.no-sender"));
        QJsonObject after = good;
        after.insert(QStringLiteral("id"), QStringLiteral("wamid.good-after"));
        value.insert(QStringLiteral("messages"), QJsonArray{good, bad, after});
        QJsonObject change = body["entry"][0]["changes"][0].toObject();
        change.insert(QStringLiteral("value"), value);
        QJsonObject entry = body["entry"][0].toObject();
        entry.insert(QStringLiteral("changes"), QJsonArray{change});
        body.insert(QStringLiteral("entry"), QJsonArray{entry});

        const int deadBefore = deadLetters().size();
        QCOMPARE(post(QJsonDocument(body).toJson(), secretA), 200);
        QVERIFY(!latestMessage(QStringLiteral("wamid.good-before")).isEmpty());
        QVERIFY(!latestMessage(QStringLiteral("wamid.good-after")).isEmpty());
        const QJsonArray dead = deadLetters();
        QCOMPARE(dead.size(), deadBefore + 1);
        QCOMPARE(dead.first()["raw"]["id"].toString(), QStringLiteral("wamid.no-sender"));
        QVERIFY(dead.first()["reason"].toString().contains(QStringLiteral("from: missing")));
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/admin/webhook-dead-letters"), m_agent).status,
                 403);
        QVERIFY(m_hub.get(QStringLiteral("/metrics"))
                    .body.contains("parley_webhook_dead_letters " +
                                   QByteArray::number(deadBefore + 1)));
        // Only a body that is not JSON is refused.
        QCOMPARE(post("{\"object\": \"whatsapp_business_account\", ", secretA), 400);
    }

    // Issue #13: the hub checks signatures and reads JSON on a thread of its own and stores on
    // another. Six customers write at once, each message sent once the one before it is
    // answered, with unsigned bodies and bodies holding an unreadable item among them: each
    // customer's messages are stored once, in the order sent; the unsigned bodies are refused,
    // the unreadable items dead-lettered, and nothing else is lost.
    void concurrentWebhooksKeepEachCustomersOrder()
    {
        constexpr int customers = 6;
        constexpr int perCustomer = 30;
        const TimestampMs start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        const int deadBefore = deadLetters().size();
        QNetworkAccessManager manager;
        QEventLoop loop;
        int running = customers;
        QHash<int, int> statuses;
        QList<QStringList> expected(customers);
        std::function<void(int, int)> send = [&](int customer, int index) {
            if (index == perCustomer) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            const QString from = QStringLiteral("55119876%1").arg(5100 + customer);
            const QString wamid = QStringLiteral("wamid.order-%1-%2").arg(customer).arg(index);
            QJsonObject body = QJsonDocument::fromJson(
                                   webhook(textMessage(numberA, from, wamid,
                                                       QStringLiteral("Mensagem %1").arg(index),
                                                       start + index * 1000)))
                                   .object();
            QString secret = secretA;
            if (index % 10 == 3) {
                secret = QStringLiteral("not-the-app-secret"); // refused, never stored
            } else {
                if (index % 10 == 7) { // an unreadable item first, in the same body
                    QJsonObject value = body["entry"][0]["changes"][0]["value"].toObject();
                    QJsonObject bad = value["messages"][0].toObject();
                    bad.remove(QStringLiteral("from"));
                    bad.insert(QStringLiteral("id"), wamid + QStringLiteral("-unreadable"));
                    value.insert(QStringLiteral("messages"), QJsonArray{bad, value["messages"][0]});
                    QJsonObject change = body["entry"][0]["changes"][0].toObject();
                    change.insert(QStringLiteral("value"), value);
                    QJsonObject entry = body["entry"][0].toObject();
                    entry.insert(QStringLiteral("changes"), QJsonArray{change});
                    body.insert(QStringLiteral("entry"), QJsonArray{entry});
                }
                expected[customer].append(wamid);
            }
            const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
            QNetworkRequest request(m_hub.url(QStringLiteral("/webhooks/whatsapp")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            request.setRawHeader(whatsapp::signatureHeader,
                                 whatsapp::webhookSignature(secret.toUtf8(), bytes));
            request.setTransferTimeout(30000);
            QNetworkReply *reply = manager.post(request, bytes);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, customer, index] {
                reply->deleteLater();
                ++statuses[reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
                send(customer, index + 1);
            });
        };
        for (int customer = 0; customer < customers; ++customer)
            send(customer, 0);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // a bound, not an expectation
        loop.exec();
        QCOMPARE(running, 0);
        QCOMPARE(statuses.value(401), customers * perCustomer / 10);
        QCOMPARE(statuses.value(200), customers * perCustomer * 9 / 10);

        QList<QStringList> stored(customers);
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            const QString wamid = event["data"]["wamid"].toString();
            if (event["type"] == QLatin1String("message.created") &&
                wamid.startsWith(QLatin1String("wamid.order-")))
                stored[wamid.section(QLatin1Char('-'), 1, 1).toInt()].append(wamid);
        }
        for (int customer = 0; customer < customers; ++customer)
            QCOMPARE(stored.at(customer), expected.at(customer));
        QCOMPARE(deadLetters().size(), deadBefore + customers * perCustomer / 10);
    }

    void aStatusCountsOnlyForTheChannelThatSignedIt()
    {
        // Channel B's customer writes and an agent answers; the send cannot reach Graph here,
        // so the reply waits in the queue without a wamid.
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(post(webhook(textMessage(numberB, QStringLiteral("5511987650077"),
                                          QStringLiteral("wamid.b-customer"), QStringLiteral("Olá"),
                                          now - 60000)),
                      secretB),
                 200);
        const Id conversation =
            latestMessage(QStringLiteral("wamid.b-customer"))["conversation_id"].toInteger();
        const HttpReply sent =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                       {{"text", "Oi!"}}, m_agent, {{"Idempotency-Key", "cross-1"}});
        QCOMPARE(sent.status, 202);
        const Id reply = sent.json().value(QStringLiteral("message"))["id"].toInteger();

        // Meta's failed status for that reply, with the callback data naming it: signed with
        // channel A's secret (for A's number, then for B's), it must change nothing.
        whatsapp::StatusUpdate status;
        status.wamid = QStringLiteral("wamid.cross-channel");
        status.status = QStringLiteral("failed");
        status.timestamp = now;
        status.recipientId = QStringLiteral("5511987650077");
        status.bizOpaqueCallbackData = QStringLiteral("parley:%1").arg(reply);
        status.errors = {{131047, QStringLiteral("Re-engagement message"), QString(),
                          QStringLiteral("More than 24 hours have passed"), QString()}};
        for (const QString &number : {numberA, numberB}) {
            status.origin = {QStringLiteral("102290129340398"), number, QStringLiteral("1555")};
            QCOMPARE(post(whatsapp::webhookBody(whatsapp::WebhookUpdate(status)), secretA), 200);
            const QJsonObject message = messageById(reply);
            QVERIFY(message["wamid"].toString().isEmpty());
            QVERIFY(message["failure_code"].toString() != QLatin1String("131047"));
            QVERIFY(m_hub.get(QStringLiteral("/api/v1/credits/ledger?kind=refund"), m_admin)
                        .json()["entries"]
                        .toArray()
                        .isEmpty());
        }
        // Signed by B for B's number, it applies.
        status.origin = {QStringLiteral("102290129340398"), numberB, QStringLiteral("1555")};
        status.timestamp = now + 1000;
        QCOMPARE(post(whatsapp::webhookBody(whatsapp::WebhookUpdate(status)), secretB), 200);
        QCOMPARE(messageById(reply)["wamid"].toString(), QStringLiteral("wamid.cross-channel"));
        QCOMPARE(messageById(reply)["failure_code"].toString(), QStringLiteral("131047"));
    }

    void anAccountUpdateMovesOnlyItsSigningChannels()
    {
        const auto statusOf = [this](const QString &number) {
            return latestOf(QStringLiteral("channel."), QStringLiteral("phone_number_id"),
                            number)["status"]
                .toString();
        };
        QCOMPARE(post(fixture(QStringLiteral("account_update_deleted.json")), secretA), 200);
        QCOMPARE(statusOf(numberA), QStringLiteral("disconnected"));
        QVERIFY(statusOf(numberB) != QLatin1String("disconnected")); // signed by A's secret only
        QCOMPARE(post(fixture(QStringLiteral("account_update_reconnected.json")), secretA), 200);
        QCOMPARE(statusOf(numberA), QStringLiteral("connected"));
    }
};

QTEST_GUILESS_MAIN(HubWebhookIsolationTest)
#include "tst_hubwebhookisolation.moc"
