#include "core/whatsapp/grapherrors.h"
#include "core/whatsapp/graphmedia.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/graphtemplates.h"
#include "core/whatsapp/limits.h"
#include "core/whatsapp/wirereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parley::whatsapp;

Q_DECLARE_METATYPE(GraphErrorClass)

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// `json` with its "@" replaced by `value`, for values too long to write out.
QByteArray filled(const char *json, const QByteArray &value)
{
    return QByteArray(json).replace('@', value);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

SendMessageRequest textRequest()
{
    SendMessageRequest r;
    r.to = QStringLiteral("+16505551234");
    r.type = QStringLiteral("text");
    r.text = QStringLiteral("Your order shipped: example.com/t/1");
    r.previewUrl = true;
    return r;
}

} // namespace

class WhatsAppGraphTest : public QObject {
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
            r.caption = type == QLatin1String("audio") ? QString() : QStringLiteral("Segue 📎");
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

    void rateLimitErrorEnvelope()
    {
        GraphError error;
        QString problem;
        QVERIFY(
            parseGraphError(fixture(QStringLiteral("graph_error_130429.json")), &error, &problem));
        QCOMPARE(error.code, 130429);
        QCOMPARE(error.message, QStringLiteral("(#130429) Rate limit hit"));
        QCOMPARE(error.type, QStringLiteral("OAuthException"));
        QCOMPARE(error.details,
                 QStringLiteral("Message failed to send because there were too many messages sent "
                                "from this phone number in a short period of time"));
        QCOMPARE(error.subcode, 2494055);
        QCOMPARE(error.fbtraceId, QStringLiteral("Az8or2yhqkZfEZ-_4Qn_Bam"));
        QCOMPARE(graphErrorJson(error), fixture(QStringLiteral("graph_error_130429.json")));
        QCOMPARE(classifyGraphError(error.code, 429), GraphErrorClass::RetryWithBackoff);
    }

    void tokenExpiryErrorEnvelope()
    {
        GraphError error;
        QString problem;
        QVERIFY(parseGraphError(fixture(QStringLiteral("graph_error_190.json")), &error, &problem));
        QCOMPARE(error.code, 190);
        QCOMPARE(error.subcode, 463);
        QVERIFY(error.message.startsWith(
            QLatin1String("Error validating access token: Session has expired on")));
        QCOMPARE(error.details, QString());
        QCOMPARE(error.fbtraceId, QStringLiteral("ACEyrTehk6IAd0lm05Ixogh"));
        QCOMPARE(graphErrorJson(error), fixture(QStringLiteral("graph_error_190.json")));
        QCOMPARE(classifyGraphError(error.code, 401), GraphErrorClass::Auth);
    }

    void notAnErrorEnvelope()
    {
        GraphError error;
        QString problem;
        QVERIFY(
            !parseGraphError(fixture(QStringLiteral("graph_send_success.json")), &error, &problem));
        QCOMPARE(problem, QStringLiteral("error: missing"));
        QVERIFY(!parseGraphError(json(R"({"error":{"message":"x"}})"), &error, &problem));
        QCOMPARE(problem, QStringLiteral("error.code: missing"));

        // A proxy's HTML 502 page is not JSON at all.
        QJsonObject object;
        QVERIFY(!parseJsonObject("<html>Bad Gateway</html>", &object, &problem));
        QCOMPARE(problem, QStringLiteral("body is not JSON: illegal value at offset 1"));
    }

    void simulatorErrorsLookLikeGraphs()
    {
        const GraphError error = graphError(131047, QStringLiteral("24 hours have passed"));
        QJsonObject expected = json(R"({"error":{"type":"OAuthException","code":131047,
            "error_data":{"messaging_product":"whatsapp","details":"24 hours have passed"}}})");
        QJsonObject body = expected.value(QLatin1String("error")).toObject();
        body.insert(QStringLiteral("message"), QStringLiteral("(#131047) Re-engagement message"));
        expected.insert(QStringLiteral("error"), body);
        QCOMPARE(graphErrorJson(error), expected);
        QCOMPARE(graphErrorHttpStatus(130429), 429);
        QCOMPARE(graphErrorHttpStatus(131056), 429);
        QCOMPARE(graphErrorHttpStatus(190), 401);
        QCOMPARE(graphErrorHttpStatus(131000), 500);
        QCOMPARE(graphErrorHttpStatus(368), 403);
        QCOMPARE(graphErrorHttpStatus(100), 400);
        QCOMPARE(graphErrorHttpStatus(999999), 400);
        QCOMPARE(graphErrorTitle(999999), QStringLiteral("Unknown error"));
    }

    void classification_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<GraphErrorClass>("expected");
        const auto retry = GraphErrorClass::RetryWithBackoff;
        for (int code : {130429, 131056, 131048, 4, 80007, 131000})
            QTest::addRow("%d", code) << code << 400 << retry;
        QTest::newRow("HTTP 500, no code") << 0 << 500 << retry;
        QTest::newRow("HTTP 503, unknown code") << 2 << 503 << retry;
        QTest::newRow("HTTP 429, no code") << 0 << 429 << retry;
        QTest::newRow("131047") << 131047 << 400 << GraphErrorClass::WindowClosed;
        QTest::newRow("131047 in a webhook") << 131047 << 0 << GraphErrorClass::WindowClosed;
        QTest::newRow("131026") << 131026 << 0 << GraphErrorClass::Undeliverable;
        for (int code : {132000, 132001, 132015, 132016, 132018})
            QTest::addRow("%d", code) << code << 400 << GraphErrorClass::TemplateProblem;
        QTest::newRow("190") << 190 << 401 << GraphErrorClass::Auth;
        QTest::newRow("190 behind a 500") << 190 << 500 << GraphErrorClass::Auth;
        for (int code : {100, 131008, 131009})
            QTest::addRow("%d", code) << code << 400 << GraphErrorClass::InvalidParameter;
        QTest::newRow("368 policy block") << 368 << 403 << GraphErrorClass::Permanent;
        QTest::newRow("130472 experiment") << 130472 << 0 << GraphErrorClass::Permanent;
        QTest::newRow("HTTP 400, no code") << 0 << 400 << GraphErrorClass::Permanent;
    }

    void classification()
    {
        QFETCH(int, code);
        QFETCH(int, httpStatus);
        QTEST(classifyGraphError(code, httpStatus), "expected");
    }

    void mediaUpload()
    {
        QString mediaId;
        QString error;
        QVERIFY(parseMediaUploadResponse(fixture(QStringLiteral("graph_media_upload.json")),
                                         &mediaId, &error));
        QCOMPARE(mediaId, QStringLiteral("1037543291543636"));
        QCOMPARE(mediaUploadResponseJson(mediaId),
                 fixture(QStringLiteral("graph_media_upload.json")));
        QVERIFY(!parseMediaUploadResponse(json("{}"), &mediaId, &error));
        QCOMPARE(error, QStringLiteral("id: missing"));
    }

    void mediaUrlTakesFileSizeAsStringOrNumber()
    {
        MediaUrlInfo info;
        QString error;
        QVERIFY(
            parseMediaUrlResponse(fixture(QStringLiteral("graph_media_url.json")), &info, &error));
        QCOMPARE(info.id, QStringLiteral("1037543291543636"));
        QCOMPARE(info.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(info.sha256, QStringLiteral("4654+8g="));
        QCOMPARE(info.fileSize, qint64(303833));
        QVERIFY(info.url.startsWith(
            QLatin1String("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=")));
        QCOMPARE(mediaUrlResponseJson(info), fixture(QStringLiteral("graph_media_url.json")));

        QJsonObject numeric = fixture(QStringLiteral("graph_media_url.json"));
        numeric.insert(QStringLiteral("file_size"), 61901);
        QVERIFY(parseMediaUrlResponse(numeric, &info, &error));
        QCOMPARE(info.fileSize, qint64(61901));

        numeric.insert(QStringLiteral("file_size"), QStringLiteral("big"));
        QVERIFY(!parseMediaUrlResponse(numeric, &info, &error));
        QCOMPARE(error, QStringLiteral("file_size: expected an integer, found a string"));
    }

    void templateCreateRequestFromMetasExample()
    {
        TemplateCreateRequest request;
        GraphError error;
        QVERIFY2(
            parseTemplateCreateRequest(
                fixture(QStringLiteral("graph_template_create_request.json")), &request, &error),
            qPrintable(error.details));
        QCOMPARE(request.name, QStringLiteral("order_confirmation"));
        QCOMPARE(request.language, QStringLiteral("en_US"));
        QCOMPARE(request.category, QStringLiteral("UTILITY"));
        QCOMPARE(request.parameterFormat, QStringLiteral("positional"));
        QCOMPARE(request.bodyText,
                 QStringLiteral("Hi {{1}}! Your order number is {{2}}. Thank you."));
        QCOMPARE(request.bodyExample,
                 (QStringList{QStringLiteral("Pablo"), QStringLiteral("860198-230332")}));
        QVERIFY(request.otherComponents.isEmpty());

        QJsonObject expected = fixture(QStringLiteral("graph_template_create_request.json"));
        expected.insert(QStringLiteral("category"), QStringLiteral("UTILITY"));
        QCOMPARE(templateCreateRequestJson(request), expected);
    }

    void templateCreateRequestKeepsOtherComponents()
    {
        TemplateCreateRequest request;
        request.name = QStringLiteral("promo_julho");
        request.language = QStringLiteral("pt_BR");
        request.category = QStringLiteral("marketing");
        request.bodyText = QStringLiteral("Olá {{1}}, 20% off!");
        request.bodyExample = {QStringLiteral("Ana")};
        request.otherComponents = {json(R"({"type":"FOOTER","text":"Parley"})")};
        const QJsonObject built = templateCreateRequestJson(request);
        QCOMPARE(built.value(QLatin1String("category")).toString(), QStringLiteral("MARKETING"));
        QVERIFY(!built.contains(QLatin1String("parameter_format")));

        TemplateCreateRequest back;
        GraphError error;
        QVERIFY(parseTemplateCreateRequest(built, &back, &error));
        QCOMPARE(back.name, request.name);
        QCOMPARE(back.category, QStringLiteral("MARKETING"));
        QCOMPARE(back.bodyText, request.bodyText);
        QCOMPARE(back.bodyExample, request.bodyExample);
        QCOMPARE(back.otherComponents, request.otherComponents);
    }

    void badTemplateCreateRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        const QByteArray body = R"("components":[{"type":"BODY","text":"Hi {{1}}"}])";
        QTest::newRow("upper-case name")
            << R"({"name":"Order_Confirmation","language":"en_US","category":"UTILITY",)" + body +
                   "}"
            << 100;
        QTest::newRow("name too long")
            << filled(
                   R"({"name":"@","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Hi {{1}}"}]})",
                   QByteArray(maxTemplateNameLength + 1, 'a'))
            << 100;
        QTest::newRow("no name") << R"({"language":"en_US","category":"UTILITY",)" + body + "}"
                                 << 131008;
        QTest::newRow("no language")
            << R"({"name":"a","category":"UTILITY",)" + body + "}" << 131008;
        QTest::newRow("unknown category")
            << R"({"name":"a","language":"en","category":"promo",)" + body + "}" << 100;
        QTest::newRow("no body")
            << QByteArray(
                   R"({"name":"a","language":"en","category":"utility","components":[{"type":"FOOTER","text":"x"}]})")
            << 131008;
        QTest::newRow("two bodies")
            << QByteArray(
                   R"({"name":"a","language":"en","category":"utility","components":[{"type":"BODY","text":"x"},{"type":"body","text":"y"}]})")
            << 100;
        QTest::newRow("body too long")
            << filled(
                   R"({"name":"a","language":"en","category":"utility","components":[{"type":"BODY","text":"@"}]})",
                   QByteArray(maxTemplateBodyLength + 1, 'x'))
            << 100;
        QTest::newRow("bad parameter_format")
            << R"({"name":"a","language":"en","category":"utility","parameter_format":"curly",)" +
                   body + "}"
            << 100;
    }

    void badTemplateCreateRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        TemplateCreateRequest request;
        GraphError error;
        QVERIFY(
            !parseTemplateCreateRequest(QJsonDocument::fromJson(body).object(), &request, &error));
        QCOMPARE(error.code, code);
    }

    void templateCreateResponse()
    {
        TemplateCreateResponse response;
        QString error;
        QVERIFY(parseTemplateCreateResponse(
            fixture(QStringLiteral("graph_template_create_response.json")), &response, &error));
        QCOMPARE(response.id, QStringLiteral("594425479261596"));
        QCOMPARE(response.status, QStringLiteral("PENDING"));
        QCOMPARE(response.category, QStringLiteral("MARKETING"));
        QCOMPARE(templateCreateResponseJson(response),
                 fixture(QStringLiteral("graph_template_create_response.json")));
    }

    void templateList()
    {
        TemplateListPage page;
        QString error;
        QVERIFY(parseTemplateListResponse(fixture(QStringLiteral("graph_template_list.json")),
                                          &page, &error));
        QCOMPARE(page.templates.size(), 2);
        QCOMPARE(page.templates.at(0).name, QStringLiteral("order_confirmation"));
        QCOMPARE(page.templates.at(0).category, QStringLiteral("UTILITY"));
        QCOMPARE(page.templates.at(0).status, QStringLiteral("APPROVED"));
        QCOMPARE(page.templates.at(0).id, QStringLiteral("594425479261596"));
        QCOMPARE(page.templates.at(1).status, QStringLiteral("REJECTED"));
        QCOMPARE(page.before, QStringLiteral("QVFIUkxCRnFMa2RfRXl3"));
        QCOMPARE(page.after, QStringLiteral("QVFIUmtXYzJ4V3pHc1Jr"));
        QVERIFY(page.next.endsWith(QLatin1String("&after=QVFIUmtXYzJ4V3pHc1Jr")));
        QCOMPARE(templateListResponseJson(page),
                 fixture(QStringLiteral("graph_template_list.json")));

        // The last page has no "next"; a missing data array is an error.
        page.next.clear();
        QVERIFY(!templateListResponseJson(page)
                     .value(QLatin1String("paging"))
                     .toObject()
                     .contains(QLatin1String("next")));
        TemplateListPage broken;
        QVERIFY(!parseTemplateListResponse(json(R"({"paging":{}})"), &broken, &error));
        QCOMPARE(error, QStringLiteral("data: missing"));
    }
};

QTEST_GUILESS_MAIN(WhatsAppGraphTest)
#include "tst_whatsappgraph.moc"
