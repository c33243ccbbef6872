// Real conversations through the real parley-hub (issue #10): Meta's example webhooks of every
// kind are kept whole and served to agents; reactions, edits and deletions change the message
// they are about; only what a person wrote counts as a customer message; customers without a
// phone number are first-class; echoes, calls and preferences are not dropped; replaying every
// fixture adds nothing. What an item may change: tst_hubwebhookisolation.
#include "hubconversationsfixture.h"

#include <QDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class HubConversationsTest : public QObject, protected HubConversationsFixture {
    Q_OBJECT
private slots:
    void initTestCase() { startHubWithTwoChannels(); }

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
};

QTEST_GUILESS_MAIN(HubConversationsTest)
#include "tst_hubconversations.moc"
