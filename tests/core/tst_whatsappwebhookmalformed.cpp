// Webhook bodies the parser must refuse (not JSON, oversized), items it must set aside without
// losing their neighbours, and bodies it must survive: deeply nested, huge.
#include "whatsappwebhookfixtures.h"

#include <QDateTime>

using namespace parley;
using namespace parley::testing;
using namespace parley::whatsapp;

class WhatsAppWebhookMalformedTest : public QObject {
    Q_OBJECT
private slots:
    // Not JSON or over 3 MB: the body is refused. Anything else that cannot be read is set aside
    // item by item, with the same reason.
    void malformedBodiesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QByteArray head =
            R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[)";
        const QByteArray tail = "]}]}";
        auto messagesChange = [&](const QByteArray &value) {
            return head + R"({"field":"messages","value":)" + value + "}" + tail;
        };
        const QString messagePath = QStringLiteral("entry[0].changes[0].value.messages[0].");

        QTest::newRow("not JSON") << QByteArray("hello")
                                  << "body is not JSON: illegal value at offset 1";
        QTest::newRow("empty") << QByteArray() << "body is not JSON: illegal value at offset 0";
        QTest::newRow("truncated")
            << QByteArray(R"({"object":)") << "body is not JSON: unterminated object at offset 10";
        QTest::newRow("array") << QByteArray("[1,2]") << "body is a JSON array, expected an object";
        QTest::newRow("wrong object") << QByteArray(R"({"object":"page","entry":[]})")
                                      << R"(object: "page" is not "whatsapp_business_account")";
        QTest::newRow("no object") << QByteArray(R"({"entry":[]})") << "object: missing";
        QTest::newRow("object not a string") << QByteArray(R"({"object":{},"entry":[]})")
                                             << "object: expected a string, found an object";
        QTest::newRow("no entry") << QByteArray(R"({"object":"whatsapp_business_account"})")
                                  << "entry: missing";
        QTest::newRow("entry not array")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":{}})")
            << "entry: expected an array, found an object";
        QTest::newRow("entry item not object")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":[7]})")
            << "entry[0]: expected an object, found a number";
        QTest::newRow("no changes")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":[{"id":"1"}]})")
            << "entry[0].changes: missing";
        QTest::newRow("no field") << head + R"({"value":{}})" + tail
                                  << "entry[0].changes[0].field: missing";
        QTest::newRow("no value") << head + R"({"field":"messages"})" + tail
                                  << "entry[0].changes[0].value: missing";
        QTest::newRow("messages not array")
            << messagesChange(R"({"messages":{"id":"x"}})")
            << "entry[0].changes[0].value.messages: expected an array, found an object";
        QTest::newRow("message missing id")
            << messagesChange(R"({"messages":[{"from":"1","timestamp":"1","type":"text"}]})")
            << messagePath + "id: missing";
        QTest::newRow("message empty id")
            << messagesChange(
                   R"({"messages":[{"id":"","from":"1","timestamp":"1","type":"text"}]})")
            << messagePath + "id: empty";
        QTest::newRow("message missing from")
            << messagesChange(R"({"messages":[{"id":"w","timestamp":"1","type":"text"}]})")
            << messagePath + "from: missing, and no from_user_id";
        QTest::newRow("timestamp not numeric")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":"yesterday","type":"text"}]})")
            << messagePath + "timestamp: expected an integer, found a string";
        QTest::newRow("timestamp negative")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":-5,"type":"text"}]})")
            << messagePath + "timestamp: not a unix time in seconds";
        QTest::newRow("text body is an object")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":"1","type":"text","text":{"body":{}}}]})")
            << messagePath + "text.body: expected a string, found an object";
        QTest::newRow("location without latitude")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":"1","type":"location","location":{"longitude":1}}]})")
            << messagePath + "location.latitude: missing";
        QTest::newRow("reaction without target")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":"1","type":"reaction","reaction":{"emoji":"x"}}]})")
            << messagePath + "reaction.message_id: missing";
        QTest::newRow("status missing status")
            << messagesChange(R"({"statuses":[{"id":"w","timestamp":"1","recipient_id":"1"}]})")
            << "entry[0].changes[0].value.statuses[0].status: missing";
        QTest::newRow("error without code") << messagesChange(R"({"errors":[{"title":"x"}]})")
                                            << "entry[0].changes[0].value.errors[0].code: missing";
        QTest::newRow("template without id")
            << head + R"({"field":"message_template_status_update","value":{"event":"APPROVED"}})" +
                   tail
            << "entry[0].changes[0].value.message_template_id: missing";
    }

    void malformedBodiesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        QTEST(parseError(body), "error");
    }

    void aBrokenEntryCostsOnlyItself()
    {
        const WebhookUpdates good = parsed(fixture(QStringLiteral("batch_two_entries.json")));
        QJsonObject body = jsonOf(fixture(QStringLiteral("batch_two_entries.json")));
        QJsonArray entries = body.value(QLatin1String("entry")).toArray();
        entries.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("9")}});
        body.insert(QStringLiteral("entry"), entries);
        const WebhookUpdates updates = parsed(QJsonDocument(body).toJson());
        QCOMPARE(updates.size(), good.size() + 1);
        const auto &rejected = std::get<RejectedItem>(updates.last());
        QCOMPARE(rejected.reason, QStringLiteral("entry[2].changes: missing"));
        QCOMPARE(rejected.raw.toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("9"));
    }

    void oneBadMessageCostsOnlyItself()
    {
        // Three messages; the middle one names no sender at all.
        QJsonObject body = jsonOf(fixture(QStringLiteral("message_text.json")));
        QJsonObject value = body["entry"][0]["changes"][0]["value"].toObject();
        QJsonObject good = value["messages"][0].toObject();
        QJsonObject bad = good;
        bad.remove(QStringLiteral("from"));
        bad.insert(QStringLiteral("id"), QStringLiteral("wamid.bad"));
        QJsonObject second = good;
        second.insert(QStringLiteral("id"), QStringLiteral("wamid.second"));
        value.insert(QStringLiteral("messages"), QJsonArray{good, bad, second});
        QJsonObject change = body["entry"][0]["changes"][0].toObject();
        change.insert(QStringLiteral("value"), value);
        QJsonObject entry = body["entry"][0].toObject();
        entry.insert(QStringLiteral("changes"), QJsonArray{change});
        body.insert(QStringLiteral("entry"), QJsonArray{entry});
        const WebhookUpdates updates = parsed(QJsonDocument(body).toJson());
        QCOMPARE(updates.size(), 3);
        QCOMPARE(std::get<InboundMessage>(updates.at(0)).wamid, good["id"].toString());
        const auto &rejected = std::get<RejectedItem>(updates.at(1));
        QCOMPARE(rejected.reason,
                 QStringLiteral("entry[0].changes[0].value.messages[1].from: missing, and no "
                                "from_user_id"));
        QCOMPARE(rejected.raw.toObject(), bad);
        QCOMPARE(rejected.origin.phoneNumberId, phoneNumberId);
        QCOMPARE(std::get<InboundMessage>(updates.at(2)).wamid, QStringLiteral("wamid.second"));
    }

    void signedValuesAreCheckedBeforeTheyBecomeData_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        const QString path = QStringLiteral("entry[0].changes[0].value.messages[0].");
        QTest::newRow("wamid over 128") << "id" << QJsonValue(QString(129, QLatin1Char('w')))
                                        << path + "id: longer than 128 characters";
        QTest::newRow("phone with letters")
            << "from" << QJsonValue(QStringLiteral("1650555abcd"))
            << path + "from: \"1650555abcd\" is not a WhatsApp number";
        QTest::newRow("user id malformed")
            << "from_user_id" << QJsonValue(QStringLiteral("<script>"))
            << path + "from_user_id: \"<script>\" is not a WhatsApp user id";
        QTest::newRow("from the future") << "timestamp" << QJsonValue(QStringLiteral("4102444800"))
                                         << path + "timestamp: in the future";
        QTest::newRow("text over 4096")
            << "text" << QJsonValue(QJsonObject{{"body", QString(4097, QLatin1Char('x'))}})
            << path + "text.body: 4097 characters, over Meta's limit of 4096";
    }

    void signedValuesAreCheckedBeforeTheyBecomeData()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject body = jsonOf(fixture(QStringLiteral("message_text.json")));
        QJsonObject message = body["entry"][0]["changes"][0]["value"]["messages"][0].toObject();
        message.insert(key, value);
        QJsonObject value0 = body["entry"][0]["changes"][0]["value"].toObject();
        value0.insert(QStringLiteral("messages"), QJsonArray{message});
        QJsonObject change = body["entry"][0]["changes"][0].toObject();
        change.insert(QStringLiteral("value"), value0);
        QJsonObject entry = body["entry"][0].toObject();
        entry.insert(QStringLiteral("changes"), QJsonArray{change});
        body.insert(QStringLiteral("entry"), QJsonArray{entry});
        WebhookUpdates updates;
        QString error;
        QVERIFY(parseWebhook(QJsonDocument(body).toJson(), &updates, &error,
                             QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(updates.size(), 1);
        QVERIFY(std::holds_alternative<RejectedItem>(updates.first()));
        QTEST(std::get<RejectedItem>(updates.first()).reason, "reason");
    }

    void aLoneSurrogateIsNotText()
    {
        QByteArray body = fixture(QStringLiteral("message_text.json"));
        body.replace("Does it come in another color?", "broken \\ud800 text");
        QCOMPARE(parseError(body),
                 QStringLiteral("entry[0].changes[0].value.messages[0].text.body: not valid "
                                "Unicode (a lone surrogate)"));
    }

    void aThousandMessageBatchParses()
    {
        WebhookUpdates updates;
        for (int i = 0; i < 1000; ++i) {
            InboundMessage m;
            m.origin = origin();
            m.from = QString::number(5511900000000LL + i);
            m.profileName = QStringLiteral("Cliente %1").arg(i);
            m.wamid = QStringLiteral("wamid.batch%1").arg(i);
            m.timestamp = 1749416383000;
            m.type = QStringLiteral("text");
            m.text = QString(500, QLatin1Char('x'));
            updates.append(m);
        }
        const QByteArray body = webhookBody(updates);
        QVERIFY(body.size() < maxWebhookPayloadBytes);
        const WebhookUpdates back = parsed(body);
        QCOMPARE(back.size(), 1000);
        const auto &last = std::get<InboundMessage>(back.last());
        QCOMPARE(last.wamid, QStringLiteral("wamid.batch999"));
        QCOMPARE(last.profileName, QStringLiteral("Cliente 999"));
    }

    void bodiesOverThreeMegabytesAreRefused()
    {
        const QByteArray body =
            QByteArray(R"({"object":"whatsapp_business_account","entry":[],"pad":")") +
            QByteArray(maxWebhookPayloadBytes, 'x') + "\"}";
        QCOMPARE(parseError(body),
                 QStringLiteral("body is %1 bytes, over the 3 MB webhook limit").arg(body.size()));
    }

    void deepNestingIsAnErrorNotACrash()
    {
        QCOMPARE(parseError(QByteArray(200000, '[')),
                 QStringLiteral("body is not JSON: too deeply nested document at offset 1025"));

        // Nesting Qt accepts inside an unmodelled change is passed on untouched.
        QByteArray nested = "1";
        for (int i = 0; i < 500; ++i)
            nested = "{\"a\":" + nested + "}";
        const QByteArray body =
            R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"account_update","value":)" +
            nested + "}]}]}";
        const WebhookUpdates updates = parsed(body);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(std::get<OtherUpdate>(updates.first()).field, QStringLiteral("account_update"));
    }
};

QTEST_GUILESS_MAIN(WhatsAppWebhookMalformedTest)
#include "tst_whatsappwebhookmalformed.moc"
