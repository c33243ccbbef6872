#include "core/protocol/commands.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/events.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parley;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

Message sampleMessage()
{
    Message m;
    m.id = 9007199254740991; // 2^53 − 1: the largest id a JSON double carries exactly
    m.conversationId = 7;
    m.direction = Direction::Out;
    m.kind = MessageKind::Document;
    m.text = QStringLiteral("Segue o orçamento 📎 见附件 添付ファイル");
    m.state = DeliveryState::Failed;
    m.failureCode = QStringLiteral("131047");
    m.failureReason = QStringLiteral("Re-engagement message");
    m.authorId = 3;
    m.wamid = QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
    m.clientId = QStringLiteral("4f1c2a9e-outbox-1");
    m.createdAt = 1749416383123;
    m.media = {QStringLiteral("1037543291543636"), QStringLiteral("application/pdf"),
               QStringLiteral("orcamento.pdf"),    48213,
               QStringLiteral("4654+8g="),         QStringLiteral("Orçamento")};
    return m;
}

} // namespace

class ProtocolCodecTest : public QObject {
    Q_OBJECT
private slots:
    void messageRoundTrips()
    {
        const Message m = sampleMessage();
        Message back;
        QString error;
        // Through text, as it travels.
        const QByteArray wire = QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact);
        QVERIFY2(fromJson(QJsonDocument::fromJson(wire).object(), &back, &error),
                 qPrintable(error));
        QCOMPARE(back.id, m.id);
        QCOMPARE(back.conversationId, m.conversationId);
        QCOMPARE(back.direction, m.direction);
        QCOMPARE(back.kind, m.kind);
        QCOMPARE(back.text, m.text);
        QCOMPARE(back.state, m.state);
        QCOMPARE(back.failureCode, m.failureCode);
        QCOMPARE(back.failureReason, m.failureReason);
        QCOMPARE(back.authorId, m.authorId);
        QCOMPARE(back.wamid, m.wamid);
        QCOMPARE(back.clientId, m.clientId);
        QCOMPARE(back.createdAt, m.createdAt);
        QCOMPARE(back.media.mediaId, m.media.mediaId);
        QCOMPARE(back.media.fileName, m.media.fileName);
        QCOMPARE(back.media.size, m.media.size);
        QCOMPARE(back.media.caption, m.media.caption);
    }

    void aCustomersWholeMessageRoundTrips()
    {
        Message m = sampleMessage();
        m.direction = Direction::In;
        m.kind = MessageKind::Unsupported;
        m.whatsappType = QStringLiteral("order");
        m.details = parse(R"({"order":{"catalog_id":"1","items":[{"product_retailer_id":"SODA",
            "quantity":2,"item_price":10,"currency":"ILS"}]}})");
        m.replyTo = QStringLiteral("wamid.quoted");
        m.forwarded = true;
        m.frequentlyForwarded = true;
        m.reaction = QStringLiteral("😮");
        m.editedAt = 1749416400000;
        m.earlierVersions = {QJsonObject{{QStringLiteral("text"), QStringLiteral("old")}}};
        m.deletedAt = 1749416500000;
        Message back;
        QString error;
        const QByteArray wire = QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact);
        QVERIFY2(fromJson(QJsonDocument::fromJson(wire).object(), &back, &error),
                 qPrintable(error));
        QCOMPARE(back.whatsappType, m.whatsappType);
        QCOMPARE(back.details, m.details);
        QCOMPARE(back.replyTo, m.replyTo);
        QVERIFY(back.forwarded && back.frequentlyForwarded);
        QCOMPARE(back.reaction, m.reaction);
        QCOMPARE(back.editedAt, m.editedAt);
        QCOMPARE(back.earlierVersions, m.earlierVersions);
        QCOMPARE(back.deletedAt, m.deletedAt);
    }

    void newFieldsStayOutOfOldShapedMessages()
    {
        // A message with nothing new is written exactly as before issue #10, and keys a newer
        // hub adds are skipped by this decoder (as an older desktop's skips ours).
        const QJsonObject json = toJson(sampleMessage());
        for (const char *key : {"whatsapp_type", "details", "reply_to", "forwarded", "reaction",
                                "edited_at", "earlier_versions", "deleted_at"})
            QVERIFY2(!json.contains(QLatin1String(key)), key);
        QJsonObject future = json;
        future.insert(QStringLiteral("some_later_field"), QJsonObject{{"x", 1}});
        Message back;
        QString error;
        QVERIFY2(fromJson(future, &back, &error), qPrintable(error));
        QCOMPARE(back.text, sampleMessage().text);
    }

    void messageEventCarriesTheContractFields()
    {
        // architecture.md: id, conversation_id, direction, type, text, status, wamid, created_at.
        const QJsonObject json = toJson(sampleMessage());
        QCOMPARE(json.value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("document"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(json.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2025-06-08T20:59:43.123Z"));
        QVERIFY(json.contains(QStringLiteral("wamid")));
        QVERIFY(json.contains(QStringLiteral("conversation_id")));
    }

    void conversationRoundTrips()
    {
        Conversation c;
        c.id = 42;
        c.channelId = 2;
        c.customerNumber = QStringLiteral("5511987654321");
        c.customerName = QStringLiteral("João Silva");
        c.recordModule = QStringLiteral("Leads");
        c.recordId = 900;
        c.status = ConversationStatus::Closed;
        c.ownerId = 5;
        c.department = QStringLiteral("Vendas");
        c.lastInboundAt = 1700000000000;
        c.lastOutboundAt = 0; // never replied: travels as null
        c.lastMessageAt = 1700000000000;
        c.lastMessageText = QStringLiteral("你好，请问有货吗？");
        c.lastRepliedBy = 0;
        c.unreadCount = 3;
        const QJsonObject json = toJson(c);
        QVERIFY(json.value(QStringLiteral("last_outbound_at")).isNull());
        Conversation back;
        QString error;
        QVERIFY2(fromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back.customerName, c.customerName);
        QCOMPARE(back.status, ConversationStatus::Closed);
        QCOMPARE(back.lastInboundAt, c.lastInboundAt);
        QCOMPARE(back.lastOutboundAt, TimestampMs(0));
        QCOMPARE(back.lastMessageText, c.lastMessageText);
        QCOMPARE(back.unreadCount, 3);
        QVERIFY(back.awaitingReply());
    }

    void otherEntitiesRoundTrip()
    {
        QString error;
        Agent agent{11,           QStringLiteral("mei"),     QStringLiteral("美咲"),
                    Role::Viewer, QStringLiteral("Support"), false};
        Agent agentBack;
        QVERIFY2(fromJson(toJson(agent), &agentBack, &error), qPrintable(error));
        QCOMPARE(agentBack.name, agent.name);
        QCOMPARE(agentBack.role, Role::Viewer);
        QCOMPARE(agentBack.active, false);

        Record record;
        record.id = 5;
        record.module = Module::Contacts;
        record.fields.insert(QStringLiteral("First Name"), QStringLiteral("Ana"));
        record.createdAt = 1700000000000;
        Record recordBack;
        QVERIFY2(fromJson(toJson(record), &recordBack, &error), qPrintable(error));
        QCOMPARE(recordBack.module, Module::Contacts);
        QCOMPARE(recordBack.field(QStringLiteral("First Name")), QStringLiteral("Ana"));

        MessageTemplate t;
        t.id = 8;
        t.name = QStringLiteral("order_shipped");
        t.category = TemplateCategory::Marketing;
        t.status = TemplateStatus::Rejected;
        t.rejectionReason = QStringLiteral("INCORRECT_CATEGORY");
        MessageTemplate tBack;
        QVERIFY2(fromJson(toJson(t), &tBack, &error), qPrintable(error));
        QCOMPARE(tBack.status, TemplateStatus::Rejected);
        QCOMPARE(tBack.category, TemplateCategory::Marketing);
        QCOMPARE(tBack.rejectionReason, t.rejectionReason);

        Channel channel;
        channel.id = 3;
        channel.name = QStringLiteral("Loja");
        channel.status = ChannelStatus::Deactivated;
        channel.newCustomersAs = NewCustomerModule::Contacts;
        Channel channelBack;
        QVERIFY2(fromJson(toJson(channel), &channelBack, &error), qPrintable(error));
        QCOMPARE(channelBack.status, ChannelStatus::Deactivated);
        QCOMPARE(channelBack.newCustomersAs, NewCustomerModule::Contacts);

        PredefinedText text{4,
                            QStringLiteral("Greeting"),
                            Module::Leads,
                            QStringLiteral("Hi $[Leads.First Name]"),
                            1,
                            1700000000000};
        PredefinedText textBack;
        QVERIFY2(fromJson(toJson(text), &textBack, &error), qPrintable(error));
        QCOMPARE(textBack.body, text.body);
    }

    void badEntitiesAreRefusedWithTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing id") << QByteArray(R"({"conversation_id":1,"direction":"in",
            "created_at":"2025-01-01T00:00:00Z"})")
                                    << "id";
        QTest::newRow("id as string") << QByteArray(R"({"id":"7","conversation_id":1,
            "direction":"in","created_at":"2025-01-01T00:00:00Z"})")
                                      << "id";
        QTest::newRow("fractional id") << QByteArray(R"({"id":7.5,"conversation_id":1,
            "direction":"in","created_at":"2025-01-01T00:00:00Z"})")
                                       << "id";
        QTest::newRow("unknown direction") << QByteArray(R"({"id":7,"conversation_id":1,
            "direction":"sideways","created_at":"2025-01-01T00:00:00Z"})")
                                           << "direction";
        QTest::newRow("missing direction") << QByteArray(R"({"id":7,"conversation_id":1,
            "created_at":"2025-01-01T00:00:00Z"})")
                                           << "direction";
        QTest::newRow("unknown type") << QByteArray(R"({"id":7,"conversation_id":1,
            "direction":"in","type":"hologram","created_at":"2025-01-01T00:00:00Z"})")
                                      << "type";
        QTest::newRow("local time") << QByteArray(R"({"id":7,"conversation_id":1,
            "direction":"in","created_at":"2025-01-01T00:00:00"})")
                                    << "created_at";
        QTest::newRow("media not object") << QByteArray(R"({"id":7,"conversation_id":1,
            "direction":"in","created_at":"2025-01-01T00:00:00Z","media":[1]})")
                                          << "media";
    }

    void badEntitiesAreRefusedWithTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        Message m;
        QString error;
        QVERIFY(!fromJson(QJsonDocument::fromJson(json).object(), &m, &error));
        QVERIFY2(error.startsWith(field + QLatin1Char(':')), qPrintable(error));
    }

    void syncBatchRoundTripsAndChecksOrder()
    {
        SyncBatch batch;
        batch.events = {{1, EventType::ConversationCreated, QJsonObject{{"id", 1}}},
                        {2, EventType::MessageCreated, toJson(sampleMessage())}};
        batch.next = 2;
        SyncBatch back;
        QString error;
        QVERIFY2(fromJson(toJson(batch), &back, &error), qPrintable(error));
        QCOMPARE(back.events.size(), 2);
        QCOMPARE(back.events.at(1).seq, 2);
        QCOMPARE(back.events.at(1).type, QStringLiteral("message.created"));
        QCOMPARE(back.next, 2);

        QVERIFY(!fromJson(parse(R"({"events":[{"seq":2,"type":"a","data":{}},
                                              {"seq":2,"type":"b","data":{}}],"next":2})"),
                          &back, &error));
        QVERIFY2(error.contains(QStringLiteral("does not follow")), qPrintable(error));
        QVERIFY(!fromJson(parse(R"({"events":[{"seq":5,"type":"a","data":{}}],"next":4})"), &back,
                          &error));
        QVERIFY(error.startsWith(QStringLiteral("next:")));
        QVERIFY(!fromJson(parse(R"({"events":[{"seq":1,"type":"a"}],"next":1})"), &back, &error));
        QVERIFY(!fromJson(parse(R"({"events":{},"next":1})"), &back, &error));
        QVERIFY(fromJson(parse(R"({"events":[],"next":17})"), &back, &error));
        QCOMPARE(back.next, 17);
        QVERIFY(back.events.isEmpty());
    }

    void commandsRoundTrip()
    {
        QString error;
        LoginReply reply;
        reply.token = QStringLiteral("t0k3n");
        reply.expiresAt = 1700000000000;
        reply.agent = {3, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Admin, {}, true};
        LoginReply replyBack;
        QVERIFY2(fromJson(toJson(reply), &replyBack, &error), qPrintable(error));
        QCOMPARE(replyBack.token, reply.token);
        QCOMPARE(replyBack.expiresAt, reply.expiresAt);
        QCOMPARE(replyBack.agent.role, Role::Admin);

        SendTextRequest send{QStringLiteral("Olá! 你好 こんにちは"), 0, std::nullopt};
        SendTextRequest sendBack;
        QVERIFY(fromJson(toJson(send), &sendBack, &error));
        QCOMPARE(sendBack.text, send.text);
        QVERIFY(!sendBack.previewUrl.has_value()); // unset: the hub decides from the text
        send.previewUrl = false;
        QVERIFY(fromJson(toJson(send), &sendBack, &error));
        QCOMPARE(sendBack.previewUrl, std::optional<bool>(false));
        QVERIFY(!fromJson(parse(R"({"text":"x","preview_url":"no"})"), &sendBack, &error));
        QVERIFY(!fromJson(parse(R"({"text":"   "})"), &sendBack, &error));
        QVERIFY(!fromJson(parse(R"({"text":5})"), &sendBack, &error));
        QVERIFY(!fromJson(parse(R"({})"), &sendBack, &error));

        SetStatusRequest status{ConversationStatus::Closed};
        SetStatusRequest statusBack;
        QVERIFY(fromJson(toJson(status), &statusBack, &error));
        QCOMPARE(statusBack.status, ConversationStatus::Closed);
        QVERIFY(!fromJson(parse(R"({"status":"archived"})"), &statusBack, &error));
        QVERIFY(!fromJson(parse(R"({})"), &statusBack, &error));

        AssignRequest assign{12};
        AssignRequest assignBack;
        QVERIFY(fromJson(toJson(assign), &assignBack, &error));
        QCOMPARE(assignBack.ownerId, 12);

        SendTemplateRequest tpl{8};
        SendTemplateRequest tplBack;
        QVERIFY(fromJson(toJson(tpl), &tplBack, &error));
        QCOMPARE(tplBack.templateId, 8);

        ErrorReply err{QStringLiteral("window_closed"), QStringLiteral("The window closed")};
        const QJsonObject errJson = toJson(err);
        QCOMPARE(errJson.value("error").toObject().value("code").toString(),
                 QStringLiteral("window_closed"));
        ErrorReply errBack;
        QVERIFY(fromJson(errJson, &errBack, &error));
        QCOMPARE(errBack.code, err.code);
        QCOMPARE(errBack.message, err.message);
        QVERIFY(!fromJson(parse(R"({"code":"x"})"), &errBack, &error));
    }
};

QTEST_GUILESS_MAIN(ProtocolCodecTest)
#include "tst_protocolcodec.moc"
