// The real parley-hub, started as a process, fed Meta's example webhooks over loopback HTTP.
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookparser.h"
#include "hubprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("test-app-secret");
const QString verifyToken = QStringLiteral("verify-me");
const QString fixtureNumber = QStringLiteral("106540352242922");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

Headers signedBy(const QString &secret, const QByteArray &body)
{
    return {{whatsapp::signatureHeader, whatsapp::webhookSignature(secret.toUtf8(), body)},
            {"Content-Type", "application/json"}};
}

} // namespace

class HubWebhooksTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addChannel(fixtureNumber, QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 appSecret, verifyToken));
        QVERIFY2(m_hub.start(), m_hub.log().constData());
        m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_token.isEmpty());
    }

    void verificationEchoesTheChallengeOnlyForTheRightToken()
    {
        HttpReply ok = httpCall(
            "GET", m_hub.url(QStringLiteral("/webhooks/whatsapp?hub.mode=subscribe&hub.challenge="
                                            "1158201444&hub.verify_token=verify-me")));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1158201444"));
        HttpReply wrong = httpCall(
            "GET", m_hub.url(QStringLiteral("/webhooks/whatsapp?hub.mode=subscribe&hub.challenge="
                                            "1158201444&hub.verify_token=guess")));
        QCOMPARE(wrong.status, 403);
        QVERIFY(!wrong.body.contains("1158201444"));
    }

    void unsignedAndBadlySignedBodiesStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong secret") << whatsapp::webhookSignature(
            "another-secret", fixture(QStringLiteral("message_text.json")));
        QTest::newRow("no prefix") << QByteArray(64, 'a');
        QTest::newRow("truncated")
            << whatsapp::webhookSignature(appSecret.toUtf8(),
                                          fixture(QStringLiteral("message_text.json")))
                   .left(40);
    }

    void unsignedAndBadlySignedBodiesStoreNothing()
    {
        QFETCH(QByteArray, signature);
        const qint64 before = lastSeq();
        Headers headers{{"Content-Type", "application/json"}};
        if (!signature.isEmpty())
            headers.append({"X-Hub-Signature-256", signature});
        const HttpReply reply = httpCall("POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")),
                                         fixture(QStringLiteral("message_text.json")), headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json()["error"].toObject()["code"].toString(),
                 QStringLiteral("signature_invalid"));
        QCOMPARE(lastSeq(), before);
    }

    void malformedSignedBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("{\"object\": \"whatsapp_business_account\", ");
        QTest::newRow("an array") << QByteArray("[1, 2, 3]");
    }

    // Signed JSON that cannot be read is kept for admins and acknowledged: refusing it would
    // only make Meta retry it for days (tst_hubconversations covers bodies mixing good and bad).
    void unreadableSignedItemsAreDeadLettered_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("another object") << QByteArray(R"({"object":"page","entry":[]})");
        QTest::newRow("message without id") << QByteArray(
            R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"messages":[{"from":"16505551234","timestamp":"1749416383","type":"text","text":{"body":"x"}}]}}]}]})");
    }

    void unreadableSignedItemsAreDeadLettered()
    {
        QFETCH(QByteArray, body);
        const qint64 before = lastSeq();
        const int deadBefore = deadLetterCount();
        const HttpReply reply = httpCall("POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")),
                                         body, signedBy(appSecret, body));
        QCOMPARE(reply.status, 200);
        QCOMPARE(lastSeq(), before);
        QCOMPARE(deadLetterCount(), deadBefore + 1);
    }

    void malformedSignedBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        const qint64 before = lastSeq();
        const HttpReply reply = httpCall("POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")),
                                         body, signedBy(appSecret, body));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()["error"].toObject()["code"].toString(), QStringLiteral("malformed"));
        QCOMPARE(lastSeq(), before);
    }

    void oversizedBodiesAreRefused()
    {
        // Meta's cap is 3 MB: one byte more is refused before anything reads it.
        const QByteArray body(3 * 1024 * 1024 + 1, ' ');
        const qint64 before = lastSeq();
        const HttpReply reply = httpCall("POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")),
                                         body, signedBy(appSecret, body), 30000);
        QCOMPARE(reply.status, 413);
        QCOMPARE(lastSeq(), before);
    }

    void everyExampleMessageIsStoredOnceEvenWhenRetried()
    {
        const QStringList names =
            QDir(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp"))
                .entryList({QStringLiteral("message_*.json"), QStringLiteral("batch_*.json")});
        QVERIFY(names.size() >= 15);
        QSet<QString> expected;
        for (const QString &name : names) {
            const QByteArray body = fixture(name);
            whatsapp::WebhookUpdates updates;
            QString error;
            QVERIFY2(whatsapp::parseWebhook(body, &updates, &error), qPrintable(error));
            for (const whatsapp::WebhookUpdate &update : updates) {
                // A reaction, an edit or a deletion changes the message it is about; it is no
                // message of its own.
                if (const auto *m = std::get_if<whatsapp::InboundMessage>(&update);
                    m && m->origin.phoneNumberId == fixtureNumber &&
                    (m->isWrittenByCustomer() || m->type == QLatin1String("system")))
                    expected.insert(m->wamid);
            }
            // Meta retries: every body arrives twice.
            for (int attempt = 0; attempt < 2; ++attempt) {
                const HttpReply reply =
                    httpCall("POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                             signedBy(appSecret, body));
                QVERIFY2(reply.status == 200, qPrintable(name + QLatin1Char(' ') + reply.body));
            }
        }
        QList<QString> stored;
        for (const QJsonValue &event : allEvents()) {
            if (event["type"].toString() == QLatin1String("message.created"))
                stored.append(event["data"]["wamid"].toString());
        }
        QCOMPARE(QSet<QString>(stored.begin(), stored.end()), expected);
        QCOMPARE(stored.size(), expected.size()); // no wamid twice
    }

    void customersBecomeLeadsWithOneConversationPerNumber()
    {
        int conversations = 0;
        int records = 0;
        QSet<QString> numbers;
        for (const QJsonValue &event : allEvents()) {
            const QString type = event["type"].toString();
            if (type == QLatin1String("conversation.created")) {
                ++conversations;
                numbers.insert(event["data"]["customer_number"].toString());
                QCOMPARE(event["data"]["record_module"].toString(), QStringLiteral("Leads"));
                QCOMPARE(event["data"]["owner_id"].toInteger(), 1); // the only agent
            }
            if (type == QLatin1String("record.updated"))
                ++records;
        }
        QVERIFY(conversations >= 2);
        QCOMPARE(numbers.size(), conversations);
        QCOMPARE(records, conversations);
    }

    void statusesMoveOnlyForward()
    {
        // An outgoing message needs a wamid the hub knows; the simulator tests cover real sends.
        // Here: statuses for unknown wamids are acknowledged and change nothing.
        const qint64 before = lastSeq();
        for (const QString &name :
             {QStringLiteral("status_sent_cbp.json"), QStringLiteral("status_delivered_v24.json"),
              QStringLiteral("status_read.json"), QStringLiteral("status_failed_131047.json")}) {
            const QByteArray body = fixture(name);
            QCOMPARE(httpCall("POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                              signedBy(appSecret, body))
                         .status,
                     200);
        }
        QCOMPARE(lastSeq(), before);
    }

    void acknowledgedMessagesSurviveAKill()
    {
        QByteArray body = fixture(QStringLiteral("message_text.json"));
        body.replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                     "wamid.survives-a-kill");
        QCOMPARE(httpCall("POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                          signedBy(appSecret, body))
                     .status,
                 200);
        m_hub.kill(); // no shutdown: the 200 must already be on disk
        QVERIFY(m_hub.start());
        m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        bool found = false;
        for (const QJsonValue &event : allEvents())
            found = found ||
                    event["data"]["wamid"].toString() == QLatin1String("wamid.survives-a-kill");
        QVERIFY(found);
    }

    void metricsCountWhatHappened()
    {
        const HttpReply metrics = m_hub.get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("parley_webhooks_accepted_total"));
        QVERIFY(metrics.body.contains("parley_outgoing_queue_depth 0"));
        QCOMPARE(m_hub.get(QStringLiteral("/healthz")).json()["status"].toString(),
                 QStringLiteral("ok"));
    }

private:
    QJsonArray allEvents()
    {
        QJsonArray events;
        qint64 since = 0;
        for (;;) {
            const HttpReply reply =
                m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=1000").arg(since), m_token);
            const QJsonArray page = reply.json()["events"].toArray();
            for (const QJsonValue &event : page)
                events.append(event);
            since = reply.json()["next"].toInteger();
            if (page.size() < 1000)
                return events;
        }
    }

    int deadLetterCount()
    {
        return m_hub.get(QStringLiteral("/api/v1/admin/webhook-dead-letters?limit=500"), m_token)
            .json()[QStringLiteral("dead_letters")]
            .toArray()
            .size();
    }

    qint64 lastSeq()
    {
        const QJsonArray events = allEvents();
        return events.isEmpty() ? 0 : events.last()["seq"].toInteger();
    }

    HubProcess m_hub;
    QString m_token;
};

QTEST_GUILESS_MAIN(HubWebhooksTest)
#include "tst_hubwebhooks.moc"
