// Webhook bodies the parser must refuse, or survive: malformed, oversized, deeply nested, huge.
#include "whatsappwebhookfixtures.h"

using namespace parley;
using namespace parley::testing;
using namespace parley::whatsapp;

class WhatsAppWebhookMalformedTest : public QObject {
    Q_OBJECT
private slots:
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
            << messagePath + "from: missing";
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

    void aValidChangeBeforeABrokenOneIsNotHalfAccepted()
    {
        QJsonObject body = jsonOf(fixture(QStringLiteral("batch_two_entries.json")));
        QJsonArray entries = body.value(QLatin1String("entry")).toArray();
        entries.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("9")}});
        body.insert(QStringLiteral("entry"), entries);
        QCOMPARE(parseError(QJsonDocument(body).toJson()),
                 QStringLiteral("entry[2].changes: missing"));
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
