// Real conversations through the real parley-hub (issue #10): Meta's example webhooks of every
// kind are kept whole and served to agents; reactions, edits and deletions change the message
// they are about; only what a person wrote counts as a customer message; customers without a
// phone number are first-class; one unreadable item costs only itself; and a status counts only
// for the channel that signed it (issue #9, finding 1).
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"
#include "hubprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString secretA = QStringLiteral("secret-of-channel-a");
const QString secretB = QStringLiteral("secret-of-channel-b");
const QString numberA = QStringLiteral("106540352242922"); // the fixtures' number
const QString numberB = QStringLiteral("106540352240002");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

whatsapp::InboundMessage textMessage(const QString &phoneNumberId, const QString &from,
                                     const QString &wamid, const QString &text, TimestampMs at)
{
    whatsapp::InboundMessage message;
    message.origin = {QStringLiteral("102290129340398"), phoneNumberId, QStringLiteral("1555")};
    message.from = from;
    message.profileName = QStringLiteral("Cliente ") + from.right(4);
    message.wamid = wamid;
    message.timestamp = at;
    message.type = QStringLiteral("text");
    message.text = text;
    return message;
}

} // namespace

class HubConversationsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(m_hub.addChannel(numberA, QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 secretA, QStringLiteral("verify-a")));
        QVERIFY(addChannelB());
        QVERIFY2(m_hub.start(), m_hub.log().constData());
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());
    }

    void everyKindIsKeptWholeAndServed_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QString>("wamid");
        QTest::addColumn<QString>("path"); // a slash-separated path into the served message
        QTest::addColumn<QJsonValue>("expected");
        const auto row = [](const char *name, const char *fixtureName, const char *wamid,
                            const char *path, const QJsonValue &expected) {
            QTest::newRow(name) << QString::fromLatin1(fixtureName) << QString::fromLatin1(wamid)
                                << QString::fromLatin1(path) << expected;
        };
        row("location latitude", "message_location.json",
            "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGMDYA",
            "details/location/latitude", 37.4611978);
        row("location longitude", "message_location.json",
            "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGMDYA",
            "details/location/longitude", -122.2164385);
        row("contact phone", "message_contacts.json", nullptr, "details/contacts/0/phones/0/wa_id",
            QStringLiteral("972987654321"));
        row("order quantity", "message_order.json", nullptr, "details/order/items/0/quantity", 2);
        row("order currency", "message_order.json", nullptr, "details/order/items/0/currency",
            QStringLiteral("ILS"));
        row("order type", "message_order.json", nullptr, "whatsapp_type", QStringLiteral("order"));
        row("flow answers", "message_interactive_nfm_reply.json",
            "wamid.wegrchytvwcggt==", "details/reply/fields/delivery_rating", QStringLiteral("4"));
        row("flow quotes", "message_interactive_nfm_reply.json",
            "wamid.wegrchytvwcggt==", "reply_to", QStringLiteral("wamid.gvwegfretge=="));
        row("ad referral", "message_referral.json",
            "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGMjEA",
            "details/referral/headline", QStringLiteral("Summer sale: 30% off"));
        row("list description", "message_interactive_list_reply.json",
            "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGMTEA",
            "details/reply/description", QStringLiteral("Chest 96-101 cm"));
        row("template button payload", "message_button.json", nullptr, "details/reply/type",
            QStringLiteral("button"));
        row("voice note", "message_audio_voice.json", nullptr, "details/voice", true);
        row("unsupported error", "message_unsupported.json", nullptr, "details/errors/0/code",
            131051);
        row("system notice", "message_system.json", nullptr, "details/system/type",
            QStringLiteral("user_changed_number"));
    }

    void everyKindIsKeptWholeAndServed()
    {
        QFETCH(QString, fixtureName);
        QFETCH(QString, wamid);
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);
        const QByteArray body = fixture(fixtureName);
        if (wamid.isEmpty()) { // the fixture's only message
            const QJsonObject root = QJsonDocument::fromJson(body).object();
            wamid = root["entry"][0]["changes"][0]["value"]["messages"][0]["id"].toString();
        }
        QCOMPARE(post(body, secretA), 200);
        const QJsonObject message = latestMessage(wamid);
        QVERIFY2(!message.isEmpty(), qPrintable(wamid));
        QJsonValue value = message;
        for (const QString &step : path.split(QLatin1Char('/'))) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            value = isIndex ? value.toArray().at(index) : value.toObject().value(step);
        }
        QCOMPARE(value, expected);
        // Served the same way by the messages API as by sync.
        const QJsonArray listed =
            m_hub.getList(QStringLiteral("/api/v1/conversations/%1/messages?limit=200")
                              .arg(message["conversation_id"].toInteger()),
                          QStringLiteral("messages"), m_agent);
        bool found = false;
        for (const QJsonValue &item : listed)
            found = found || item.toObject() == message;
        QVERIFY(found);
    }

    void aReactionIsAboutItsMessageAndIsNoCustomerMessage()
    {
        // The message Meta's example reacts to, then the reaction and its removal.
        const QString target = QStringLiteral("wamid.yzxyzx=");
        QCOMPARE(
            post(webhook(textMessage(numberA, QStringLiteral("16505551234"), target,
                                     QStringLiteral("Here is our new catalogue"), 1749416600000)),
                 secretA),
            200);
        const Id conversation = latestMessage(target)["conversation_id"].toInteger();
        closeAndRead(conversation);
        const QJsonObject before = latestConversation(conversation);

        const qint64 seq = lastSeq();
        QCOMPARE(post(fixture(QStringLiteral("message_reaction.json")), secretA), 200);
        QCOMPARE(latestMessage(target)["reaction"].toString(), QStringLiteral("😮"));
        QVERIFY(latestMessage(QStringLiteral(
                                  "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGMDgA"))
                    .isEmpty()); // the reaction is no message of its own
        const QJsonObject after = latestConversation(conversation);
        QCOMPARE(after["unread_count"].toInt(), before["unread_count"].toInt());
        QCOMPARE(after["status"].toString(), QStringLiteral("closed"));
        QCOMPARE(after["last_message_text"], before["last_message_text"]);
        QVERIFY(lastSeq() > seq);

        QCOMPARE(post(fixture(QStringLiteral("message_reaction_removed.json")), secretA), 200);
        QVERIFY(!latestMessage(target).contains(QStringLiteral("reaction")));
        QCOMPARE(latestConversation(conversation)["unread_count"].toInt(),
                 before["unread_count"].toInt());
    }

    void anEditChangesTheMessageAndADeletionMarksIt()
    {
        const QString original = QStringLiteral("wamid.zzzzzz");
        QCOMPARE(post(webhook(textMessage(numberA, QStringLiteral("972987654321"), original,
                                          QStringLiteral("Original text"), 1697044900000)),
                      secretA),
                 200);
        const Id conversation = latestMessage(original)["conversation_id"].toInteger();
        closeAndRead(conversation);
        const int conversationsBefore = count(QStringLiteral("conversation.created"));
        const int recordsBefore = count(QStringLiteral("record.updated"));

        QCOMPARE(post(fixture(QStringLiteral("message_edit.json")), secretA), 200);
        QJsonObject edited = latestMessage(original);
        QCOMPARE(edited["text"].toString(), QStringLiteral("Text was edited"));
        QCOMPARE(edited["edited_at"].toString(), QStringLiteral("2023-10-11T17:22:48.000Z"));
        QCOMPARE(edited["earlier_versions"][0]["text"].toString(), QStringLiteral("Original text"));
        QVERIFY(latestMessage(QStringLiteral("wamid.yyyyyy")).isEmpty());

        QCOMPARE(post(fixture(QStringLiteral("message_revoke.json")), secretA), 200);
        QVERIFY(latestMessage(original).contains(QStringLiteral("deleted_at")));
        QVERIFY(latestMessage(QStringLiteral("wamid.xxxxxx")).isEmpty());

        // No new conversation, no new lead, nothing unread, still closed.
        QCOMPARE(count(QStringLiteral("conversation.created")), conversationsBefore);
        QCOMPARE(count(QStringLiteral("record.updated")), recordsBefore);
        QCOMPARE(latestConversation(conversation)["unread_count"].toInt(), 0);
        QCOMPARE(latestConversation(conversation)["status"].toString(), QStringLiteral("closed"));
    }

    void aCustomerWithoutAPhoneIsOneCustomer()
    {
        const int before = count(QStringLiteral("conversation.created"));
        QCOMPARE(post(fixture(QStringLiteral("message_user_id_only.json")), secretA), 200);
        const QJsonObject first = latestMessage(QStringLiteral(
            "wamid.HBgLdXNlcm5hbWVvbmx5FQIAEhggQUM4Q0I2MzlGQzA0NDhFOUIwOTJGMjVERTZCRDY3MTMA"));
        QVERIFY(!first.isEmpty());
        const Id conversation = first["conversation_id"].toInteger();
        QCOMPARE(latestConversation(conversation)["customer_user_id"].toString(),
                 QStringLiteral("IN.1410018717833190"));
        QCOMPARE(latestConversation(conversation)["customer_name"].toString(),
                 QStringLiteral("Dana Levi"));

        QCOMPARE(post(fixture(QStringLiteral("message_user_id_and_phone.json")), secretA), 200);
        const QJsonObject second = latestMessage(QStringLiteral(
            "wamid.HBgMOTcyNTQxMjM0NTY3FQIAEhggQUM4Q0I2MzlGQzA0NDhFOUIwOTJGMjVERTZCRDY3MTMA"));
        QCOMPARE(second["conversation_id"].toInteger(), conversation);
        QCOMPARE(latestConversation(conversation)["customer_number"].toString(),
                 QStringLiteral("972541234567"));
        QCOMPARE(count(QStringLiteral("conversation.created")), before + 1);

        // A status addressed to the user id is read, not refused or dead-lettered.
        const int deadBefore = deadLetters().size();
        QCOMPARE(post(fixture(QStringLiteral("status_read_user_id.json")), secretA), 200);
        QCOMPARE(deadLetters().size(), deadBefore);
    }

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

    void theOtherWebhooksAreNotDropped()
    {
        // A message someone at the business sent from the WhatsApp Business app: outgoing.
        QCOMPARE(post(fixture(QStringLiteral("echo_text.json")), secretA), 200);
        const QJsonObject echo = latestMessage(
            QStringLiteral("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJFQ0hPMTIzNDU2Nzg5MEFCQ0QA"));
        QCOMPARE(echo["direction"].toString(), QStringLiteral("out"));
        QCOMPARE(echo["text"].toString(),
                 QStringLiteral("Sent from the WhatsApp Business app on our phone"));
        QCOMPARE(echo["author_id"].toInt(), 0);
        const Id conversation = echo["conversation_id"].toInteger();

        // Calls: a line in the conversation when they end.
        QCOMPARE(post(fixture(QStringLiteral("calls_terminate_user.json")), secretA), 200);
        QCOMPARE(post(fixture(QStringLiteral("calls_terminate_business.json")), secretA), 200);
        int calls = 0;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            const QJsonObject data = event["data"].toObject();
            if (event["type"] == QStringLiteral("message.created") &&
                data["whatsapp_type"] == QStringLiteral("call")) {
                ++calls;
                QCOMPARE(data["conversation_id"].toInteger(), conversation);
                QCOMPARE(data["details"]["call"]["duration"].toInt(), 120);
                QVERIFY(data["text"].toString().endsWith(QStringLiteral("(2:00)")));
            }
        }
        QCOMPARE(calls, 2);

        // Marketing opt-out and resume, recorded on the customer.
        QCOMPARE(post(fixture(QStringLiteral("user_preferences_stop.json")), secretA), 200);
        QCOMPARE(latestConversation(conversation)["marketing_stopped_at"].toString(),
                 QStringLiteral("2024-11-15T21:20:01.000Z"));
        QCOMPARE(post(fixture(QStringLiteral("user_preferences_resume.json")), secretA), 200);
        QVERIFY(!latestConversation(conversation).contains(QStringLiteral("marketing_stopped_at")));
    }

    void replayingEveryFixtureAddsNothing()
    {
        const QStringList names =
            QDir(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp"))
                .entryList({QStringLiteral("message_*.json"), QStringLiteral("status_*.json"),
                            QStringLiteral("user_preferences_*.json"),
                            QStringLiteral("echo_*.json"), QStringLiteral("calls_*.json"),
                            QStringLiteral("batch_*.json")});
        QVERIFY(names.size() >= 25);
        for (const QString &name : names)
            QCOMPARE(post(fixture(name), secretA), 200);
        const qint64 seq = lastSeq();
        const int dead = deadLetters().size();
        for (const QString &name : names)
            QCOMPARE(post(fixture(name), secretA), 200);
        QCOMPARE(lastSeq(), seq);
        QCOMPARE(deadLetters().size(), dead);
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

private:
    // A second channel needs a department of its own (R1.8); HubProcess::addChannel has none.
    bool addChannelB()
    {
        QTemporaryDir files;
        for (const auto &file : {qMakePair(QStringLiteral("token"), QStringLiteral("tok")),
                                 qMakePair(QStringLiteral("secret"), secretB),
                                 qMakePair(QStringLiteral("verify"), QStringLiteral("verify-b"))}) {
            QFile f(files.filePath(file.first));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write(file.second.toUtf8());
        }
        QByteArray output;
        const int code = runTool(
            hubBinary(),
            QStringList{QStringLiteral("channel"), QStringLiteral("add")} + m_hub.storeArguments() +
                QStringList{
                    QStringLiteral("--name"), QStringLiteral("Channel B"),
                    QStringLiteral("--waba-id"), QStringLiteral("102290129340398"),
                    QStringLiteral("--phone-number-id"), numberB,
                    QStringLiteral("--display-number"), QStringLiteral("15550780002"),
                    QStringLiteral("--graph-url"), QStringLiteral("http://127.0.0.1:9/v23.0"),
                    QStringLiteral("--access-token-file"), files.filePath(QStringLiteral("token")),
                    QStringLiteral("--app-secret-file"), files.filePath(QStringLiteral("secret")),
                    QStringLiteral("--verify-token-file"), files.filePath(QStringLiteral("verify")),
                    QStringLiteral("--department"), QStringLiteral("Vendas")},
            {}, &output);
        if (code != 0)
            qWarning("channel add: %s", output.constData());
        return code == 0;
    }

    int post(const QByteArray &body, const QString &secret)
    {
        return httpCall(
                   "POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                   {{whatsapp::signatureHeader, whatsapp::webhookSignature(secret.toUtf8(), body)},
                    {"Content-Type", "application/json"}})
            .status;
    }

    static QByteArray webhook(const whatsapp::InboundMessage &message)
    {
        return whatsapp::webhookBody(whatsapp::WebhookUpdate(message));
    }

    QJsonObject latestOf(const QString &prefix, const QString &key, const QJsonValue &value)
    {
        QJsonObject found;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString().startsWith(prefix) && event["data"][key] == value)
                found = event["data"].toObject();
        }
        return found;
    }

    QJsonObject latestMessage(const QString &wamid)
    {
        return latestOf(QStringLiteral("message."), QStringLiteral("wamid"), wamid);
    }

    QJsonObject messageById(Id id)
    {
        return latestOf(QStringLiteral("message."), QStringLiteral("id"), id);
    }

    QJsonObject latestConversation(Id id)
    {
        return latestOf(QStringLiteral("conversation."), QStringLiteral("id"), id);
    }

    void closeAndRead(Id conversation)
    {
        const QString base = QStringLiteral("/api/v1/conversations/%1/").arg(conversation);
        QCOMPARE(m_hub.post(base + QStringLiteral("read"), {}, m_agent).status, 200);
        // Unread is per agent (issue #12): the admin, whose events these checks read, reads too.
        QCOMPARE(m_hub.post(base + QStringLiteral("read"), {}, m_admin).status, 200);
        QCOMPARE(
            m_hub.post(base + QStringLiteral("status"), {{"status", "closed"}}, m_agent).status,
            200);
        QCOMPARE(latestConversation(conversation)["status"].toString(), QStringLiteral("closed"));
    }

    int count(const QString &type)
    {
        int n = 0;
        for (const QJsonValue &event : m_hub.events(m_admin))
            n += event["type"].toString() == type ? 1 : 0;
        return n;
    }

    qint64 lastSeq()
    {
        const QJsonArray events = m_hub.events(m_admin);
        return events.isEmpty() ? 0 : events.last()["seq"].toInteger();
    }

    QJsonArray deadLetters()
    {
        const HttpReply reply =
            m_hub.get(QStringLiteral("/api/v1/admin/webhook-dead-letters?limit=500"), m_admin);
        if (reply.status != 200)
            qWarning("dead letters: %d %s", reply.status, reply.body.constData());
        return reply.json()["dead_letters"].toArray();
    }

    HubProcess m_hub;
    QString m_admin;
    QString m_agent;
};

QTEST_GUILESS_MAIN(HubConversationsTest)
#include "tst_hubconversations.moc"
