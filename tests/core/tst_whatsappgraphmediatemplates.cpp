// The Graph API's media endpoints (upload, URL lookup) and message template endpoints (create,
// its checks, list).
#include "whatsappgraphfixtures.h"

using namespace parley::testing;
using namespace parley::whatsapp;

class WhatsAppGraphMediaTemplatesTest : public QObject {
    Q_OBJECT
private slots:
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

QTEST_GUILESS_MAIN(WhatsAppGraphMediaTemplatesTest)
#include "tst_whatsappgraphmediatemplates.moc"
