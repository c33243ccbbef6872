// The Graph API's /messages endpoint: send and mark-read requests as Meta shapes them, their
// checks, and the responses.
#include "core/whatsapp/graphrequestshape.h"
#include "whatsappgraphfixtures.h"

using namespace parley::testing;
using namespace parley::whatsapp;

class WhatsAppGraphMessagesTest : public QObject {
    Q_OBJECT
private slots:
    void textRequestIsMetasShape()
    {
        QCOMPARE(sendMessageRequestJson(textRequest()),
                 json(R"({"messaging_product":"whatsapp","recipient_type":"individual",
                     "to":"+16505551234","type":"text","text":{"preview_url":true,
                     "body":"Your order shipped: example.com/t/1"}})"));
    }

    void replyAndCallbackDataAreOptional()
    {
        SendMessageRequest r = textRequest();
        r.previewUrl = false;
        r.replyToWamid =
            QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
        r.bizOpaqueCallbackData = QStringLiteral("outbox:4f1c2a9e");
        QCOMPARE(sendMessageRequestJson(r),
                 json(R"({"messaging_product":"whatsapp","recipient_type":"individual",
                     "to":"+16505551234","type":"text","text":{"preview_url":false,
                     "body":"Your order shipped: example.com/t/1"},
                     "context":{"message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="},
                     "biz_opaque_callback_data":"outbox:4f1c2a9e"})"));
    }

    void mediaRequests()
    {
        SendMessageRequest document;
        document.to = QStringLiteral("5511987654321");
        document.type = QStringLiteral("document");
        document.mediaId = QStringLiteral("1037543291543636");
        document.caption = QStringLiteral("Orçamento");
        document.filename = QStringLiteral("order_abc123.pdf");
        QCOMPARE(sendMessageRequestJson(document),
                 json(R"({"messaging_product":"whatsapp","recipient_type":"individual",
                     "to":"5511987654321","type":"document","document":{"id":"1037543291543636",
                     "caption":"Orçamento","filename":"order_abc123.pdf"}})"));

        SendMessageRequest image;
        image.to = QStringLiteral("5511987654321");
        image.type = QStringLiteral("image");
        image.mediaLink = QStringLiteral("example.com/p.jpg");
        QCOMPARE(sendMessageRequestJson(image),
                 json(R"({"messaging_product":"whatsapp","recipient_type":"individual",
                     "to":"5511987654321","type":"image","image":{"link":"example.com/p.jpg"}})"));
    }

    void audioAndStickerNeverCarryACaption()
    {
        for (const QString &type : {QStringLiteral("audio"), QStringLiteral("sticker")}) {
            SendMessageRequest r;
            r.to = QStringLiteral("+5511987654321");
            r.type = type;
            r.mediaId = QStringLiteral("1037543291543636");
            r.caption = QStringLiteral("listen");
            r.filename = QStringLiteral("a.mp3");
            const QJsonObject wire = sendMessageRequestJson(r);
            QCOMPARE(wire.value(type).toObject(), json(R"({"id":"1037543291543636"})"));
            GraphError error;
            QVERIFY2(checkMessagesRequestShape(wire, &error), qPrintable(error.message));
        }
        QVERIFY(mediaCaptionAllowed(QStringLiteral("image")));
        QVERIFY(mediaCaptionAllowed(QStringLiteral("video")));
        QVERIFY(mediaCaptionAllowed(QStringLiteral("document")));
    }

    void documentedShapesOnly_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString head = QStringLiteral(
            R"("messaging_product":"whatsapp","recipient_type":"individual","to":"+5511987654321",)");
        QTest::newRow("audio caption")
            << QStringLiteral(R"({%1"type":"audio","audio":{"id":"1","caption":"x"}})").arg(head)
            << 100 << QStringLiteral(R"((#100) Unexpected key "caption" on param "audio".)");
        QTest::newRow("image filename")
            << QStringLiteral(R"({%1"type":"image","image":{"id":"1","filename":"a"}})").arg(head)
            << 100 << QStringLiteral(R"((#100) Unexpected key "filename" on param "image".)");
        QTest::newRow("top-level foo")
            << QStringLiteral(R"({%1"type":"text","text":{"body":"x"},"foo":1})").arg(head) << 100
            << QStringLiteral(R"((#100) Unexpected key "foo" on param "message".)");
        QTest::newRow("caption in text")
            << QStringLiteral(R"({%1"type":"text","text":{"body":"x","caption":"y"}})").arg(head)
            << 100 << QStringLiteral(R"((#100) Unexpected key "caption" on param "text".)");
        QTest::newRow("location without latitude")
            << QStringLiteral(R"({%1"type":"location","location":{"longitude":1}})").arg(head)
            << 131008 << QStringLiteral("(#131008) Required parameter is missing");
        QTest::newRow("to with letters")
            << QStringLiteral(
                   R"({"messaging_product":"whatsapp","to":"call me","type":"text","text":{"body":"x"}})")
            << 131009 << QStringLiteral("(#131009) Parameter value is not valid");
        QTest::newRow("reaction ok")
            << QStringLiteral(R"({%1"type":"reaction","reaction":{"message_id":"w","emoji":""}})")
                   .arg(head)
            << 0 << QString();
        QTest::newRow("typing indicator ok")
            << QStringLiteral(R"({"messaging_product":"whatsapp","status":"read","message_id":"w",
                                 "typing_indicator":{"type":"text"}})")
            << 0 << QString();
    }

    void documentedShapesOnly()
    {
        QFETCH(QString, body);
        QFETCH(int, code);
        GraphError error;
        QCOMPARE(checkMessagesRequestShape(json(body.toUtf8().constData()), &error), code == 0);
        QCOMPARE(error.code, code);
        if (code != 0)
            QTEST(error.message, "message");
    }

    void recipientsAndLinkPreviews()
    {
        QCOMPARE(recipientE164(QStringLiteral("447700900123")), QStringLiteral("+447700900123"));
        QCOMPARE(recipientE164(QStringLiteral("+447700900123")), QStringLiteral("+447700900123"));
        QVERIFY(isValidRecipientFormat(QStringLiteral("+44 (7700) 900-123")));
        QVERIFY(!isValidRecipientFormat(QStringLiteral("+44 7700 9OO123")));
        QVERIFY(!isValidRecipientFormat(QStringLiteral("4+4")));
        QVERIFY(textWantsLinkPreview(QStringLiteral("see https://shop.example/a")));
        QVERIFY(textWantsLinkPreview(QStringLiteral("HTTP://shop.example")));
        QVERIFY(!textWantsLinkPreview(QStringLiteral("see shop.example/a")));
    }

    void templateRequestMatchesMetasExample()
    {
        SendMessageRequest r;
        r.to = QStringLiteral("+16505551234");
        r.type = QStringLiteral("template");
        r.templateName = QStringLiteral("order_confirmation");
        r.templateLanguage = QStringLiteral("en_US");
        r.bodyParameters = {{QStringLiteral("Jessica"), QString()},
                            {QStringLiteral("SKBUP2-4CPIG9"), QString()}};
        QCOMPARE(sendMessageRequestJson(r),
                 fixture(QStringLiteral("graph_send_template_request.json")));

        SendMessageRequest back;
        GraphError error;
        QVERIFY(parseSendMessageRequest(fixture(QStringLiteral("graph_send_template_request.json")),
                                        &back, &error));
        QCOMPARE(back.templateName, QStringLiteral("order_confirmation"));
        QCOMPARE(back.templateLanguage, QStringLiteral("en_US"));
        QCOMPARE(back.bodyParameters.size(), 2);
        QCOMPARE(back.bodyParameters.at(1).text, QStringLiteral("SKBUP2-4CPIG9"));
    }

    void namedTemplateParametersCarryTheirName()
    {
        SendMessageRequest r;
        r.to = QStringLiteral("+16505551234");
        r.type = QStringLiteral("template");
        r.templateName = QStringLiteral("welcome");
        r.templateLanguage = QStringLiteral("pt_BR");
        r.bodyParameters = {{QStringLiteral("Jessica"), QStringLiteral("first_name")}};
        const QJsonObject parameter = sendMessageRequestJson(r)
                                          .value(QLatin1String("template"))
                                          .toObject()
                                          .value(QLatin1String("components"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QLatin1String("parameters"))
                                          .toArray()
                                          .first()
                                          .toObject();
        QCOMPARE(parameter,
                 json(R"({"type":"text","text":"Jessica","parameter_name":"first_name"})"));
    }

    void sendRequestsRoundTrip_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *type :
             {"text", "image", "video", "audio", "document", "sticker", "template"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }

    void sendRequestsRoundTrip()
    {
        QFETCH(QString, type);
        SendMessageRequest r;
        r.to = QStringLiteral("+55 (11) 98765-4321");
        r.type = type;
        r.replyToWamid = QStringLiteral("wamid.in.1");
        r.bizOpaqueCallbackData = QString(maxBizOpaqueCallbackDataLength, QLatin1Char('b'));
        if (type == QLatin1String("text")) {
            r.text = QString(maxTextBodyLength, QLatin1Char('t'));
            r.previewUrl = true;
        } else if (type == QLatin1String("template")) {
            r.templateName = QStringLiteral("boas_vindas");
            r.templateLanguage = QStringLiteral("pt_BR");
            r.bodyParameters = {{QStringLiteral("Ana"), QString()}};
        } else {
            r.mediaId = QStringLiteral("1037543291543636");
            // Meta documents a caption on image, video and document only.
            r.caption = mediaCaptionAllowed(type) ? QStringLiteral("Segue 📎") : QString();
            r.filename = type == QLatin1String("document") ? QStringLiteral("a.pdf") : QString();
        }
        SendMessageRequest back;
        GraphError error;
        const QByteArray wire = QJsonDocument(sendMessageRequestJson(r)).toJson();
        QVERIFY2(parseSendMessageRequest(QJsonDocument::fromJson(wire).object(), &back, &error),
                 qPrintable(error.details));
        QCOMPARE(back.to, r.to);
        QCOMPARE(back.recipientType, QStringLiteral("individual"));
        QCOMPARE(back.type, r.type);
        QCOMPARE(back.text, r.text);
        QCOMPARE(back.previewUrl, r.previewUrl);
        QCOMPARE(back.mediaId, r.mediaId);
        QCOMPARE(back.caption, r.caption);
        QCOMPARE(back.filename, r.filename);
        QCOMPARE(back.templateName, r.templateName);
        QCOMPARE(back.templateLanguage, r.templateLanguage);
        QCOMPARE(back.bodyParameters.size(), r.bodyParameters.size());
        QCOMPARE(back.replyToWamid, r.replyToWamid);
        QCOMPARE(back.bizOpaqueCallbackData, r.bizOpaqueCallbackData);
    }

    void lengthLimitsCountCharactersNotUtf16Units()
    {
        SendMessageRequest r = textRequest();
        r.text = QString();
        for (int i = 0; i < maxTextBodyLength; ++i)
            r.text += QStringLiteral("😮"); // 4096 characters, 8192 UTF-16 units
        SendMessageRequest back;
        GraphError error;
        QVERIFY(parseSendMessageRequest(sendMessageRequestJson(r), &back, &error));
        r.text += QLatin1Char('!');
        QVERIFY(!parseSendMessageRequest(sendMessageRequestJson(r), &back, &error));
        QCOMPARE(error.code, 100);
    }

    void badSendRequestsGetGraphsError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("details");
        const QByteArray longText = QByteArray(maxTextBodyLength + 1, 'x');
        const QByteArray longCaption = QByteArray(maxCaptionLength + 1, 'c');
        const QByteArray longData = QByteArray(maxBizOpaqueCallbackDataLength + 1, 'd');
        QTest::newRow("wrong product")
            << QByteArray(
                   R"({"messaging_product":"sms","to":"1","type":"text","text":{"body":"x"}})")
            << 100 << R"(messaging_product must be "whatsapp")";
        QTest::newRow("no to")
            << QByteArray(R"({"messaging_product":"whatsapp","type":"text","text":{"body":"x"}})")
            << 131008 << "The parameter to is required.";
        QTest::newRow("no type") << QByteArray(R"({"messaging_product":"whatsapp","to":"1"})")
                                 << 131008 << "The parameter type is required.";
        QTest::newRow("unknown type")
            << QByteArray(R"({"messaging_product":"whatsapp","to":"1","type":"hologram"})")
            << 131009 << R"(Parameter type: unsupported message type "hologram")";
        QTest::newRow("no text body")
            << QByteArray(R"({"messaging_product":"whatsapp","to":"1","type":"text","text":{}})")
            << 131008 << "The parameter text['body'] is required.";
        QTest::newRow("text too long")
            << filled(
                   R"({"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":"@"}})",
                   longText)
            << 100 << "Param text['body'] must be at most 4096 characters long.";
        QTest::newRow("body not a string")
            << QByteArray(
                   R"({"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":["x"]}})")
            << 100 << "text.body: expected a string, found an array";
        QTest::newRow("media without id or link")
            << QByteArray(
                   R"({"messaging_product":"whatsapp","to":"1","type":"image","image":{"caption":"c"}})")
            << 131008 << "The parameter image['id'] is required.";
        QTest::newRow("media with id and link")
            << QByteArray(
                   R"({"messaging_product":"whatsapp","to":"1","type":"video","video":{"id":"1","link":"x.jpg"}})")
            << 131009 << "Parameter video: use either id or link, not both";
        QTest::newRow("caption too long")
            << filled(
                   R"({"messaging_product":"whatsapp","to":"1","type":"image","image":{"id":"1","caption":"@"}})",
                   longCaption)
            << 100 << "Param image['caption'] must be at most 1024 characters long.";
        QTest::newRow("template without language")
            << QByteArray(
                   R"({"messaging_product":"whatsapp","to":"1","type":"template","template":{"name":"t"}})")
            << 131008 << "The parameter template['language']['code'] is required.";
        QTest::newRow("callback data too long")
            << filled(
                   R"({"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":"x"},"biz_opaque_callback_data":"@"})",
                   longData)
            << 100 << "Param biz_opaque_callback_data must be at most 512 characters long.";
    }

    void badSendRequestsGetGraphsError()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        SendMessageRequest request;
        GraphError error;
        QVERIFY(!parseSendMessageRequest(QJsonDocument::fromJson(body).object(), &request, &error));
        QCOMPARE(error.code, code);
        QTEST(error.details, "details");
        QCOMPARE(error.message, QStringLiteral("(#%1) %2").arg(code).arg(graphErrorTitle(code)));
        QCOMPARE(error.type, QStringLiteral("OAuthException"));
    }

    void markAsRead()
    {
        MarkReadRequest r{QStringLiteral("wamid.in.1"), false};
        QCOMPARE(
            markReadRequestJson(r),
            json(R"({"messaging_product":"whatsapp","status":"read","message_id":"wamid.in.1"})"));
        r.typingIndicator = true;
        const QJsonObject withTyping = markReadRequestJson(r);
        QCOMPARE(withTyping.value(QLatin1String("typing_indicator")).toObject(),
                 json(R"({"type":"text"})"));
        QVERIFY(isMarkReadRequest(withTyping));
        QVERIFY(!isMarkReadRequest(sendMessageRequestJson(textRequest())));

        MarkReadRequest back;
        GraphError error;
        QVERIFY(parseMarkReadRequest(withTyping, &back, &error));
        QCOMPARE(back.messageId, QStringLiteral("wamid.in.1"));
        QVERIFY(back.typingIndicator);
        QVERIFY(!parseMarkReadRequest(json(R"({"messaging_product":"whatsapp","status":"read"})"),
                                      &back, &error));
        QCOMPARE(error.code, 131008);
        QCOMPARE(error.details, QStringLiteral("The parameter message_id is required."));
    }

    void sendResponses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("messageStatus");
        QTest::newRow("plain") << "graph_send_success.json" << QString();
        QTest::newRow("paced template") << "graph_send_success_paced.json"
                                        << "accepted";
    }

    void sendResponses()
    {
        QFETCH(QString, file);
        SendMessageResponse response;
        QString error;
        QVERIFY2(parseSendMessageResponse(fixture(file), &response, &error), qPrintable(error));
        QCOMPARE(response.input, QStringLiteral("+16505551234"));
        QCOMPARE(response.waId, QStringLiteral("16505551234"));
        QCOMPARE(response.wamid,
                 QStringLiteral("wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"));
        QTEST(response.messageStatus, "messageStatus");
        QCOMPARE(sendMessageResponseJson(response), fixture(file));
    }

    void badSendResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("no messages")
            << QByteArray(R"({"messaging_product":"whatsapp"})") << "messages: missing";
        QTest::newRow("empty messages") << QByteArray(R"({"messages":[]})") << "messages: empty";
        QTest::newRow("no id") << QByteArray(R"({"messages":[{"message_status":"accepted"}]})")
                               << "messages[0].id: missing";
        QTest::newRow("id too long") << filled(R"({"messages":[{"id":"@"}]})", QByteArray(129, 'w'))
                                     << "messages[0].id: longer than 128 characters";
    }

    void badSendResponses()
    {
        QFETCH(QByteArray, body);
        SendMessageResponse response;
        QString error;
        QVERIFY(
            !parseSendMessageResponse(QJsonDocument::fromJson(body).object(), &response, &error));
        QTEST(error, "error");
    }

    void successResponse()
    {
        QString error;
        QCOMPARE(successResponseJson(), json(R"({"success":true})"));
        QVERIFY(parseSuccessResponse(successResponseJson(), &error));
        QVERIFY(!parseSuccessResponse(json(R"({"success":false})"), &error));
        QCOMPARE(error, QStringLiteral("success: not true"));
    }
};

QTEST_GUILESS_MAIN(WhatsAppGraphMessagesTest)
#include "tst_whatsappgraphmessages.moc"
