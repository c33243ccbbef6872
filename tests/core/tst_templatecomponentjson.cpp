// The JSON a template's header, footer and buttons become and are read back from: Meta's Graph
// shape of a template and of a send (core/whatsapp) and Parley's protocol (core/protocol). The
// rules they must follow: tst_templatecomponentrules.
#include "templaterulesfixtures.h"

#include "core/protocol/entitycodec.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/graphtemplatecomponents.h"
#include "core/whatsapp/graphtemplates.h"

#include <QJsonArray>

using namespace parley;
using namespace parley::testing;

class TemplateComponentJsonTest : public QObject {
    Q_OBJECT
private slots:
    void graphJsonIsMetasShape()
    {
        whatsapp::TemplateCreateRequest create;
        create.name = QStringLiteral("pedido");
        create.language = QStringLiteral("pt_BR");
        create.category = QStringLiteral("UTILITY");
        create.bodyText = QStringLiteral("Olá {{1}}, seu pedido chegou.");
        create.bodyExample = {QStringLiteral("Ana")};
        create.otherComponents = whatsapp::graphTemplateComponents(fullTemplate());
        const QJsonArray components = whatsapp::templateCreateRequestJson(create)
                                          .value(QLatin1String("components"))
                                          .toArray();
        QCOMPARE(components.size(), 4);
        QCOMPARE(components.at(0)["type"].toString(), QStringLiteral("HEADER"));
        QCOMPARE(components.at(0)["format"].toString(), QStringLiteral("TEXT"));
        QCOMPARE(components.at(0)["text"].toString(), QStringLiteral("Pedido {{1}}"));
        QCOMPARE(components.at(0)["example"]["header_text"].toArray(),
                 QJsonArray{QStringLiteral("A-1042")});
        QCOMPARE(components.at(1)["type"].toString(), QStringLiteral("body"));
        QCOMPARE(components.at(2)["type"].toString(), QStringLiteral("FOOTER"));
        const QJsonArray buttons = components.at(3)["buttons"].toArray();
        QCOMPARE(components.at(3)["type"].toString(), QStringLiteral("BUTTONS"));
        QCOMPARE(buttons.size(), 4);
        QCOMPARE(buttons.at(0).toObject(), (QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Sim"}}));
        QCOMPARE(buttons.at(2)["url"].toString(), QStringLiteral("https://loja.example/t/{{1}}"));
        QCOMPARE(buttons.at(2)["example"].toArray(),
                 QJsonArray{QStringLiteral("https://loja.example/t/A-1042")});
        QCOMPARE(buttons.at(3)["phone_number"].toString(), QStringLiteral("+5511987650001"));

        const MessageTemplate media =
            withHeader(TemplateHeaderFormat::Document, {}, QStringLiteral("4::ZG9j"));
        const QJsonObject header = whatsapp::graphTemplateComponents(media).at(0).toObject();
        QCOMPARE(header["format"].toString(), QStringLiteral("DOCUMENT"));
        QCOMPARE(header["example"]["header_handle"].toArray(),
                 QJsonArray{QStringLiteral("4::ZG9j")});
        QVERIFY(!header.contains(QLatin1String("text")));

        // Read back as Graph reads it: the same parts.
        MessageTemplate read;
        whatsapp::GraphError error;
        QVERIFY(whatsapp::parseGraphTemplateComponents(components, &read, &error));
        const MessageTemplate full = fullTemplate();
        QCOMPARE(read.header.text, full.header.text);
        QCOMPARE(read.header.example, full.header.example);
        QCOMPARE(read.footer, full.footer);
        QCOMPARE(read.buttons.size(), full.buttons.size());
        QCOMPARE(read.buttons.at(2).value, full.buttons.at(2).value);
        QCOMPARE(read.buttons.at(2).example, full.buttons.at(2).example);
    }

    void graphRefusesUnknownShapes()
    {
        MessageTemplate read;
        whatsapp::GraphError error;
        QVERIFY(!whatsapp::parseGraphTemplateComponents(
            QJsonArray{QJsonObject{{"type", "CAROUSEL"}}}, &read, &error));
        QCOMPARE(error.code, 100);
        QVERIFY(!whatsapp::parseGraphTemplateComponents(QJsonArray{QJsonObject{{"type", "HEADER"}}},
                                                        &read, &error));
        QCOMPARE(error.code, 131008);
        QVERIFY(!whatsapp::parseGraphTemplateComponents(
            QJsonArray{QJsonObject{{"type", "FOOTER"}, {"text", "a"}},
                       QJsonObject{{"type", "FOOTER"}, {"text", "b"}}},
            &read, &error));
        QCOMPARE(error.code, 100);
    }

    void sendComponentsRoundTrip()
    {
        whatsapp::SendMessageRequest send;
        send.to = QStringLiteral("+5511987650001");
        send.type = QStringLiteral("template");
        send.templateName = QStringLiteral("pedido");
        send.templateLanguage = QStringLiteral("pt_BR");
        send.bodyParameters = {{QStringLiteral("Ana"), {}}};
        send.headerParameter = {
            QStringLiteral("image"), {}, QStringLiteral("https://cdn.example/p.jpg")};
        send.urlParameters = {{2, QStringLiteral("A-1042")}};
        const QJsonObject json = whatsapp::sendMessageRequestJson(send);
        const QJsonArray components = json["template"]["components"].toArray();
        QCOMPARE(components.size(), 3);
        QCOMPARE(components.at(0)["type"].toString(), QStringLiteral("header"));
        QCOMPARE(components.at(0)["parameters"][0]["image"]["link"].toString(),
                 QStringLiteral("https://cdn.example/p.jpg"));
        QCOMPARE(components.at(2).toObject(),
                 (QJsonObject{{"type", "button"},
                              {"sub_type", "url"},
                              {"index", "2"},
                              {"parameters",
                               QJsonArray{QJsonObject{{"type", "text"}, {"text", "A-1042"}}}}}));
        whatsapp::SendMessageRequest parsed;
        whatsapp::GraphError error;
        QVERIFY(whatsapp::parseSendMessageRequest(json, &parsed, &error));
        QCOMPARE(parsed.headerParameter.link, send.headerParameter.link);
        QCOMPARE(parsed.urlParameters.size(), 1);
        QCOMPARE(parsed.urlParameters.first().index, 2);
        QCOMPARE(parsed.urlParameters.first().text, QStringLiteral("A-1042"));
    }

    void protocolCarriesTheParts()
    {
        MessageTemplate t = fullTemplate();
        t.id = 7;
        t.channelId = 3;
        MessageTemplate back;
        QString error;
        QVERIFY2(fromJson(toJson(t), &back, &error), qPrintable(error));
        QCOMPARE(back.channelId, Id(3));
        QCOMPARE(back.header.text, t.header.text);
        QCOMPARE(back.header.example, t.header.example);
        QCOMPARE(back.footer, t.footer);
        QCOMPARE(back.buttons.size(), 4);
        QCOMPARE(back.buttons.at(3).value, t.buttons.at(3).value);
        QCOMPARE(int(back.buttons.at(2).type), int(TemplateButtonType::Url));
        QJsonObject hostile = toJson(t);
        hostile.insert(QStringLiteral("buttons"), QStringLiteral("many"));
        QVERIFY(!fromJson(hostile, &back, &error));
    }
};

QTEST_GUILESS_MAIN(TemplateComponentJsonTest)
#include "tst_templatecomponentjson.moc"
