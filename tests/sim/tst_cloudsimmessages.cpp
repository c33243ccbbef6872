// The real parley-cloudsim process on its own: customers' messages arriving as webhooks, the
// Graph API's /messages (replies, the 24-hour window, mark-read, refusals, injected failures),
// templates reviewed and sent as Meta does, and webhook delivery (retries, duplicates, every
// POST signed and parseable).
#include "cloudsimfixture.h"

using namespace parley;
using namespace parley::testing;

class CloudSimMessagesTest : public QObject, protected CloudSimFixture {
    Q_OBJECT
private slots:
    void initTestCase() { startSim(); }

    void anInboundTextArrivesSignedAndParseable()
    {
        const QString wamid = m_sim->inbound(QStringLiteral("+55 11 98765-0001"),
                                             QStringLiteral("Ana Souza"), QStringLiteral("Oi! 😀"));
        QVERIFY(wamid.startsWith(QLatin1String("wamid.")));
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.message(wamid).has_value(), 5000);
        const whatsapp::InboundMessage message = *m_receiver.message(wamid);
        QCOMPARE(message.from, QStringLiteral("5511987650001"));
        QCOMPARE(message.profileName, QStringLiteral("Ana Souza"));
        QCOMPARE(message.text, QStringLiteral("Oi! 😀"));
        QCOMPARE(message.origin.phoneNumberId, m_sim->identity().phoneNumberId);
        QCOMPARE(message.origin.wabaId, m_sim->identity().wabaId);
        QCOMPARE(message.origin.displayPhoneNumber, m_sim->identity().displayNumber);
        QVERIFY(qAbs(message.timestamp - QDateTime::currentMSecsSinceEpoch()) < 10000);
        for (const Delivery &delivery : m_receiver.deliveries) {
            QVERIFY(delivery.signatureValid);
            QVERIFY(delivery.parsed);
        }
    }

    void aReplyInsideTheWindowIsSentDeliveredAndRead()
    {
        QVERIFY(!m_sim
                     ->inbound(QStringLiteral("5511987650002"), QStringLiteral("Bruno"),
                               QStringLiteral("Tem azul?"))
                     .isEmpty());
        const HttpReply reply =
            m_sim->graph("POST", m_messagesPath, textTo("+5511987650002", "Temos sim!"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("contacts")[0]["wa_id"].toString(),
                 QStringLiteral("5511987650002"));
        const QString wamid = wamidOf(reply);
        QVERIFY(wamid.startsWith(QLatin1String("wamid.")));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.statusesOf(wamid).size(), 3, 5000);
        const QList<whatsapp::StatusUpdate> statuses = m_receiver.statusesOf(wamid);
        QCOMPARE(statusNames(statuses),
                 (QStringList{QStringLiteral("sent"), QStringLiteral("delivered"),
                              QStringLiteral("read")}));
        const whatsapp::StatusUpdate &sent = statuses.first();
        QVERIFY(sent.pricing.has_value());
        QCOMPARE(sent.pricing->category, QStringLiteral("service"));
        QCOMPARE(sent.pricing->type, QStringLiteral("free_customer_service"));
        QCOMPARE(sent.pricing->pricingModel, QStringLiteral("PMP"));
        QVERIFY(!sent.conversation.has_value());
        QCOMPARE(sent.recipientId, QStringLiteral("5511987650002"));
        QCOMPARE(sent.bizOpaqueCallbackData, QStringLiteral("parley:Temos sim!"));
        const QJsonArray sentBySim = m_sim->sent(QStringLiteral("5511987650002"));
        QCOMPARE(sentBySim.size(), 1);
        QCOMPARE(sentBySim[0]["text"].toString(), QStringLiteral("Temos sim!"));
        QCOMPARE(sentBySim[0]["status"].toString(), QStringLiteral("read"));
    }

    void freeFormOutsideTheWindowFailsWith131047()
    {
        const qint64 dayAndAHourAgo = QDateTime::currentSecsSinceEpoch() - 25 * 3600;
        QCOMPARE(m_sim
                     ->inbound(QJsonObject{{"from", "14155550100"},
                                           {"name", "Old Friend"},
                                           {"text", "hello from yesterday"},
                                           {"timestamp", dayAndAHourAgo}})
                     .status,
                 200);
        for (const QString &to : {QStringLiteral("+14155550100"), QStringLiteral("+14155550199")}) {
            const HttpReply reply =
                m_sim->graph("POST", m_messagesPath, textTo(to, "Still there?"));
            QCOMPARE(reply.status, 200); // accepted first, as Meta does
            const QString wamid = wamidOf(reply);
            QTRY_COMPARE_WITH_TIMEOUT(m_receiver.statusesOf(wamid).size(), 1, 5000);
            const whatsapp::StatusUpdate failed = m_receiver.statusesOf(wamid).first();
            QCOMPARE(failed.status, QStringLiteral("failed"));
            QCOMPARE(failed.errors.value(0).code, 131047);
            QCOMPARE(failed.errors.value(0).title, QStringLiteral("Re-engagement message"));
            QVERIFY(failed.errors.value(0).details.contains(QLatin1String("24 hours")));
            QVERIFY(!failed.pricing.has_value());
        }
    }

    void anImplausibleNumberFailsWith131026()
    {
        const HttpReply reply = m_sim->graph("POST", m_messagesPath, textTo("0123", "hi"));
        QCOMPARE(reply.status, 200);
        const QString wamid = wamidOf(reply);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.statusesOf(wamid).size(), 1, 5000);
        QCOMPARE(m_receiver.statusesOf(wamid).first().errors.value(0).code, 131026);
    }

    void graphRefusesWrongTokensAndBadRequests()
    {
        HttpReply reply = m_sim->graph("POST", m_messagesPath, textTo("5511987650002", "x"),
                                       QStringLiteral("not-the-token"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), 190);
        QCOMPARE(reply.json().value("error")["type"].toString(), QStringLiteral("OAuthException"));
        QVERIFY(!reply.json().value("error")["fbtrace_id"].toString().isEmpty());
        reply = httpCall("POST", m_sim->url(QStringLiteral("/v23.0") + m_messagesPath),
                         QJsonDocument(textTo("5511987650002", "x")).toJson());
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), 190);

        QJsonObject noBody = textTo("5511987650002", "x");
        noBody.remove(QStringLiteral("text"));
        reply = m_sim->graph("POST", m_messagesPath, noBody);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 131008);
        reply = m_sim->graph("POST", QStringLiteral("/999/messages"), textTo("5511987650002", "x"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 100);
        QCOMPARE(reply.json().value("error")["error_subcode"].toInt(), 33);
        // Without a version, as a hub configured with a bare graph URL would call it: refused,
        // since Graph would answer from the app's oldest version (graphsupport.h).
        reply = httpCall("POST", m_sim->url(m_messagesPath),
                         QJsonDocument(textTo("5511987650002", "bare")).toJson(),
                         {{"Authorization", "Bearer " + m_sim->identity().accessToken.toUtf8()}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 2500);
    }

    void markingAsReadNeedsAReceivedMessage()
    {
        const QString wamid = m_sim->inbound(QStringLiteral("5511987650003"),
                                             QStringLiteral("Carla"), QStringLiteral("Oi"));
        HttpReply reply = m_sim->graph(
            "POST", m_messagesPath,
            {{"messaging_product", "whatsapp"}, {"status", "read"}, {"message_id", wamid}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("success").toBool(), true);
        reply = m_sim->graph(
            "POST", m_messagesPath,
            {{"messaging_product", "whatsapp"}, {"status", "read"}, {"message_id", "wamid.nope"}});
        // Meta's answer to an invalid message id: 131009, "Parameter value is not valid".
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 131009);
        reply = m_sim->graph("POST", m_messagesPath,
                             {{"messaging_product", "whatsapp"}, {"status", "read"}});
        QCOMPARE(errorCode(reply), 131008);

        // Only the accepted one is recorded, with the customer who wrote it.
        const QJsonArray reads =
            httpCall("GET", m_sim->url(QStringLiteral("/sim/read?from=5511987650003")))
                .json()
                .value(QStringLiteral("reads"))
                .toArray();
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads[0]["message_id"].toString(), wamid);
        QCOMPARE(reads[0]["wa_id"].toString(), QStringLiteral("5511987650003"));
        QCOMPARE(reads[0]["typing_indicator"].toBool(), false);
        QVERIFY(m_sim->state().value(QStringLiteral("read_count")).toInt() >= 1);
    }

    void templatesAreReviewed()
    {
        const QString path = QStringLiteral("/%1/message_templates").arg(m_sim->identity().wabaId);
        HttpReply reply = m_sim->graph(
            "POST", path,
            templateDefinition("order_shipped", "utility", "Hi {{1}}, order {{2}} has shipped."));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("status").toString(), QStringLiteral("PENDING"));
        QCOMPARE(reply.json().value("category").toString(), QStringLiteral("UTILITY"));
        const QString approvedId = reply.json().value("id").toString();

        reply = m_sim->graph("POST", path,
                             templateDefinition("flash_sale", "UTILITY",
                                                "Hi {{1}}, get 20% off today with our discount!"));
        const QString promotionalId = reply.json().value("id").toString();
        reply = m_sim->graph(
            "POST", path,
            templateDefinition("promocao", "UTILITY", "Olá {{1}}, aproveite a promoção de hoje."));
        const QString portugueseId = reply.json().value("id").toString();
        reply = m_sim->graph("POST", path,
                             templateDefinition("adjacent", "MARKETING", "Hello {{1}} {{2}} bye"));
        const QString adjacentId = reply.json().value("id").toString();

        reply = m_sim->graph("POST", path,
                             templateDefinition("order_shipped", "UTILITY", "Duplicate {{1}} x"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 100);
        QCOMPARE(reply.json().value("error")["error_subcode"].toInt(), 2388024);
        reply = m_sim->graph("POST", path, templateDefinition("Bad-Name", "UTILITY", "Hello"));
        QCOMPARE(errorCode(reply), 100);

        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.templateVerdict(adjacentId).has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.templateVerdict(approvedId).has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.templateVerdict(promotionalId).has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.templateVerdict(portugueseId).has_value(), 5000);
        const auto approved = *m_receiver.templateVerdict(approvedId);
        QCOMPARE(approved.event, QStringLiteral("APPROVED"));
        QCOMPARE(approved.name, QStringLiteral("order_shipped"));
        QCOMPARE(approved.language, QStringLiteral("en_US"));
        QCOMPARE(approved.wabaId, m_sim->identity().wabaId);
        for (const QString &id : {promotionalId, portugueseId}) {
            const auto rejected = *m_receiver.templateVerdict(id);
            QCOMPARE(rejected.event, QStringLiteral("REJECTED"));
            QCOMPARE(rejected.reason, QStringLiteral("INCORRECT_CATEGORY"));
        }
        const auto adjacent = *m_receiver.templateVerdict(adjacentId);
        QCOMPARE(adjacent.reason, QStringLiteral("INVALID_FORMAT"));
        QVERIFY(!adjacent.rejectionReason.isEmpty());

        reply = m_sim->graph("GET", path + QStringLiteral("?limit=2"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("data").toArray().size(), 2);
        QCOMPARE(reply.json().value("data")[0]["status"].toString(), QStringLiteral("APPROVED"));
        const QUrl next(reply.json().value("paging")["next"].toString());
        QVERIFY(next.isValid());
        reply = httpCall("GET", next, {},
                         {{"Authorization", "Bearer " + m_sim->identity().accessToken.toUtf8()}});
        QCOMPARE(reply.json().value("data").toArray().size(), 2);
        QVERIFY(!reply.json().value("paging").toObject().contains(QLatin1String("next")));
    }

    void templateSendsAreCheckedLikeMeta()
    {
        const QString to = QStringLiteral("+5511987650004"); // never wrote: templates still go
        HttpReply reply = m_sim->graph("POST", m_messagesPath, templateTo(to, "no_such", {"x"}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 132001);
        reply = m_sim->graph("POST", m_messagesPath, templateTo(to, "flash_sale", {"x"}));
        QCOMPARE(errorCode(reply), 132001); // rejected, not sendable
        reply = m_sim->graph("POST", m_messagesPath, templateTo(to, "order_shipped", {"Ana"}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 132000);
        reply =
            m_sim->graph("POST", m_messagesPath, templateTo(to, "order_shipped", {"Ana", "#4821"}));
        QCOMPARE(reply.status, 200);
        const QString wamid = wamidOf(reply);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.statusesOf(wamid).size(), 3, 5000);
        const whatsapp::StatusUpdate sent = m_receiver.statusesOf(wamid).first();
        QCOMPARE(sent.pricing->category, QStringLiteral("utility"));
        QCOMPARE(sent.pricing->type, QStringLiteral("regular"));
        QCOMPARE(sent.pricing->billable, std::optional<bool>(true));
        // A template opens nothing: free-form to the same customer still fails.
        reply = m_sim->graph("POST", m_messagesPath, textTo(to, "and now free text"));
        const QString freeForm = wamidOf(reply);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.statusesOf(freeForm).size(), 1, 5000);
        QCOMPARE(m_receiver.statusesOf(freeForm).first().errors.value(0).code, 131047);
    }

    void unacknowledgedWebhooksAreRetriedUntilTaken()
    {
        waitUntilWebhooksAreQuiet(); // so the failing POSTs carry this test's update
        m_receiver.scriptedAnswers = {500, 500};
        const qint64 retriesBefore = webhookCounter("retries");
        const QString wamid = m_sim->inbound(QStringLiteral("8613812345678"),
                                             QString::fromUtf8("王芳"), QString::fromUtf8("你好"));
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.message(wamid).has_value(), 5000);
        QCOMPARE(m_receiver.postsCarrying(wamid), 3);
        QByteArray first;
        for (const Delivery &delivery : m_receiver.deliveries) {
            if (!delivery.body.contains(wamid.toUtf8()))
                continue;
            if (first.isEmpty())
                first = delivery.body;
            QCOMPARE(delivery.body, first); // the same update, byte for byte
            QVERIFY(delivery.signatureValid);
        }
        QTRY_COMPARE_WITH_TIMEOUT(webhookCounter("retries") - retriesBefore, qint64(2), 5000);
        QCOMPARE(webhookCounter("dropped_updates"), qint64(0));
        QCOMPARE(webhookCounter("pending_updates"), qint64(0));
    }

    void aDuplicateDeliveryRepeatsTheSameBody()
    {
        waitUntilWebhooksAreQuiet();
        QVERIFY(m_sim->duplicateNextWebhook());
        const QString wamid =
            m_sim->inbound(QStringLiteral("819012345678"), QString::fromUtf8("佐藤 健"),
                           QString::fromUtf8("こんにちは"));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.postsCarrying(wamid), 2, 5000);
        QCOMPARE(webhookCounter("duplicates_sent"), qint64(1));
    }

    void failNextMakesTheNextSendsFail()
    {
        QVERIFY(m_sim->failNext(130429, 2));
        const QJsonObject send = textTo("5511987650002", "after the storm");
        for (int i = 0; i < 2; ++i) {
            const HttpReply reply = m_sim->graph("POST", m_messagesPath, send);
            QCOMPARE(reply.status, 429);
            QCOMPARE(errorCode(reply), 130429);
        }
        QCOMPARE(m_sim->graph("POST", m_messagesPath, send).status, 200);
        QVERIFY(m_sim->failNext(0, 1, 500));
        const HttpReply reply = m_sim->graph("POST", m_messagesPath, send);
        QCOMPARE(reply.status, 500);
        QVERIFY(m_sim->failNext(131026, 5));
        QVERIFY(m_sim->failNext(131026, 0)); // disarmed
        QCOMPARE(m_sim->graph("POST", m_messagesPath, send).status, 200);
        QCOMPARE(m_sim->state().value("graph")["injected"].toInt(), 3);
    }

    void everyWebhookWasSignedAndParseable()
    {
        // The last sends' statuses are still on their timers: count once they are all out (the
        // unversioned send that used to add three is refused now).
        waitUntilWebhooksAreQuiet();
        m_receiver.verifyEverySignedAndParseable(21);
    }
};

QTEST_GUILESS_MAIN(CloudSimMessagesTest)
#include "tst_cloudsimmessages.moc"
