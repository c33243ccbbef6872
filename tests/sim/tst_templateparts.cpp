// Issue #14 item 7, over loopback with the real parley-hub and two real parley-cloudsim
// processes (two WhatsApp Business accounts): templates with a header, footer and buttons go to
// the account of the channel the admin chose in Meta's component JSON, the simulator refuses
// what Meta refuses, and sends carry the header and URL button parameters. Deleting and the
// 200 templates an account may hold: tst_templatedeletes.
#include "templatepartsfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

class TemplatePartsTest : public QObject, protected TemplatePartsFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpTwoAccounts(); }

    void aTemplateGoesToTheChosenAccountInMetasShape()
    {
        const HttpReply created =
            m_hub.post(QStringLiteral("/api/v1/templates"),
                       fullTemplate(QStringLiteral("pedido_completo"), m_secondChannel), m_admin);
        QCOMPARE(created.status, 202);
        m_template = created.json().value("template")["id"].toInteger();
        QCOMPARE(created.json().value("template")["channel_id"].toInteger(), m_secondChannel);
        QTRY_VERIFY_WITH_TIMEOUT(
            !simTemplate(m_second, QStringLiteral("pedido_completo")).isEmpty(), 5000);
        QVERIFY(simTemplate(m_first, QStringLiteral("pedido_completo")).isEmpty());

        const QJsonObject onMeta = simTemplate(m_second, QStringLiteral("pedido_completo"));
        const QJsonArray components = onMeta["components"].toArray();
        QCOMPARE(components.size(), 4);
        QCOMPARE(components.at(0)["type"].toString(), QStringLiteral("HEADER"));
        QCOMPARE(components.at(1)["type"].toString(), QStringLiteral("BODY"));
        const QJsonObject header = component(onMeta, QStringLiteral("HEADER"));
        QCOMPARE(header["format"].toString(), QStringLiteral("TEXT"));
        QCOMPARE(header["text"].toString(), QStringLiteral("Pedido {{1}}"));
        QCOMPARE(header["example"].toObject()["header_text"].toArray(),
                 QJsonArray{QStringLiteral("A-1042")});
        QCOMPARE(component(onMeta, QStringLiteral("FOOTER"))["text"].toString(),
                 QStringLiteral("Loja Exemplo · São Paulo"));
        const QJsonArray buttons =
            component(onMeta, QStringLiteral("BUTTONS"))["buttons"].toArray();
        QCOMPARE(buttons.size(), 4);
        QCOMPARE(buttons.at(0).toObject(),
                 (QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Recebi"}}));
        QCOMPARE(buttons.at(2).toObject(),
                 (QJsonObject{{"type", "URL"},
                              {"text", "Rastrear"},
                              {"url", "https://loja.example/t/{{1}}"},
                              {"example", QJsonArray{"https://loja.example/t/A-1042"}}}));
        QCOMPARE(buttons.at(3).toObject(), (QJsonObject{{"type", "PHONE_NUMBER"},
                                                        {"text", "Ligar"},
                                                        {"phone_number", "+5511987650001"}}));
        // The review's verdict comes back by the second account's webhook.
        QTRY_COMPARE_WITH_TIMEOUT(hubTemplate(m_template)["status"].toString(),
                                  QStringLiteral("APPROVED"), 5000);
        const QJsonObject stored = hubTemplate(m_template);
        QCOMPARE(stored["buttons"].toArray().size(), 4);
        QCOMPARE(stored["header"].toObject()["text"].toString(), QStringLiteral("Pedido {{1}}"));
        // Desktops replace their mirror's row with the latest template.updated event, so the
        // approval's event must carry the parts and the channel too, not only the status.
        QJsonObject announced;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString() == QLatin1String("template.updated") &&
                event["data"].toObject()["id"].toInteger() == m_template)
                announced = event["data"].toObject();
        }
        QCOMPARE(announced["status"].toString(), QStringLiteral("APPROVED"));
        QCOMPARE(announced["header"].toObject()["text"].toString(), QStringLiteral("Pedido {{1}}"));
        QCOMPARE(announced["footer"].toString(), QStringLiteral("Loja Exemplo · São Paulo"));
        QCOMPARE(announced["buttons"].toArray(), stored["buttons"].toArray());
        QCOMPARE(announced["channel_id"].toInteger(), m_secondChannel);
    }

    void whatMetaRefusesIsRefusedByHubAndSimulator()
    {
        QJsonObject tooMany = fullTemplate(QStringLiteral("muitos_botoes"), m_firstChannel);
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(
                QJsonObject{{"type", "QUICK_REPLY"}, {"text", QStringLiteral("Opção %1").arg(i)}});
        tooMany.insert(QStringLiteral("buttons"), eleven);
        const HttpReply hubRefusal =
            m_hub.post(QStringLiteral("/api/v1/templates"), tooMany, m_admin);
        QCOMPARE(hubRefusal.status, 400);
        QCOMPARE(hubRefusal.json()["error"].toObject()["code"].toString(),
                 QStringLiteral("template_too_many_buttons"));

        QJsonObject split = fullTemplate(QStringLiteral("botoes_separados"), m_firstChannel);
        QJsonArray buttons = split["buttons"].toArray();
        const QJsonValue second = buttons.at(1); // quick reply, URL, quick reply
        buttons.replace(1, buttons.at(2));
        buttons.replace(2, second);
        split.insert(QStringLiteral("buttons"), buttons);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/templates"), split, m_admin)
                     .json()["error"]
                     .toObject()["code"]
                     .toString(),
                 QStringLiteral("template_quick_replies_split"));

        // Straight to Graph, as another client would: Meta's 100 with its words.
        const QJsonObject body{
            {"name", "direto"},
            {"language", "pt_BR"},
            {"category", "UTILITY"},
            {"components",
             QJsonArray{QJsonObject{{"type", "BODY"}, {"text", "Seu pedido chegou."}},
                        QJsonObject{{"type", "FOOTER"}, {"text", QString(61, QLatin1Char('x'))}}}}};
        const HttpReply graph = m_first.graph(
            "POST", QStringLiteral("/%1/message_templates").arg(m_first.identity().wabaId), body);
        QCOMPARE(graph.status, 400);
        QCOMPARE(graph.json()["error"].toObject()["code"].toInt(), 100);
        QVERIFY2(graph.json()["error"].toObject()["error_user_msg"].toString().contains(
                     QLatin1String("60")),
                 graph.body.constData());
        QJsonObject urlInside = body;
        urlInside.insert(
            QStringLiteral("components"),
            QJsonArray{QJsonObject{{"type", "BODY"}, {"text", "Seu pedido chegou."}},
                       QJsonObject{{"type", "BUTTONS"},
                                   {"buttons", QJsonArray{QJsonObject{
                                                   {"type", "URL"},
                                                   {"text", "Ver"},
                                                   {"url", "https://x.example/{{1}}/a"}}}}}});
        QCOMPARE(m_first
                     .graph("POST",
                            QStringLiteral("/%1/message_templates").arg(m_first.identity().wabaId),
                            urlInside)
                     .json()["error"]
                     .toObject()["code"]
                     .toInt(),
                 100);
        QCOMPARE(m_first
                     .graph("POST",
                            QStringLiteral("/%1/message_templates").arg(m_first.identity().wabaId),
                            QJsonObject{{"name", "carrossel"},
                                        {"language", "pt_BR"},
                                        {"category", "UTILITY"},
                                        {"components",
                                         QJsonArray{QJsonObject{{"type", "BODY"}, {"text", "Oi."}},
                                                    QJsonObject{{"type", "CAROUSEL"}}}}})
                     .json()["error"]
                     .toObject()["code"]
                     .toInt(),
                 100);
    }

    void sendsCarryTheHeaderAndLinkValues()
    {
        QVERIFY(m_template > 0);
        // The customer writes to the second number, so the conversation is on its channel.
        const QString wamid = m_second.inbound(customer, QStringLiteral("Marina Costa"),
                                               QStringLiteral("Cadê meu pedido?"));
        QVERIFY(!wamid.isEmpty());
        qint64 conversation = 0;
        QTRY_VERIFY_WITH_TIMEOUT((conversation = conversationOf(customer)) > 0, 5000);
        const QString path = QStringLiteral("/api/v1/conversations/%1/template").arg(conversation);

        const HttpReply missing = m_hub.post(path, {{"template_id", m_template}}, m_admin,
                                             {{"Idempotency-Key", "parts-0"}});
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.json()["error"].toObject()["code"].toString(),
                 QStringLiteral("template_header_value_missing"));
        const HttpReply extra = m_hub.post(path,
                                           {{"template_id", m_template},
                                            {"header_value", "A-7"},
                                            {"url_values", QJsonArray{"A-7", "B-8"}}},
                                           m_admin, {{"Idempotency-Key", "parts-1"}});
        QCOMPARE(extra.json()["error"].toObject()["code"].toString(),
                 QStringLiteral("template_values_unexpected"));

        const HttpReply sent = m_hub.post(path,
                                          {{"template_id", m_template},
                                           {"header_value", "A-2077"},
                                           {"url_values", QJsonArray{"A-2077"}}},
                                          m_admin, {{"Idempotency-Key", "parts-2"}});
        QCOMPARE(sent.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_second.sent(customer).size(), 1, 5000);
        const QJsonArray components =
            m_second.sent(customer).last()["template"].toObject()["components"].toArray();
        QCOMPARE(components.size(), 3);
        QCOMPARE(components.at(0).toObject(),
                 (QJsonObject{{"type", "header"},
                              {"parameters",
                               QJsonArray{QJsonObject{{"type", "text"}, {"text", "A-2077"}}}}}));
        QCOMPARE(components.at(1)["type"].toString(), QStringLiteral("body"));
        QCOMPARE(components.at(2).toObject(),
                 (QJsonObject{{"type", "button"},
                              {"sub_type", "url"},
                              {"index", "2"},
                              {"parameters",
                               QJsonArray{QJsonObject{{"type", "text"}, {"text", "A-2077"}}}}}));
        QVERIFY(m_first.sent(customer).isEmpty());

        // A send without the header parameter straight to Graph: Meta's 132000.
        const HttpReply graph = m_second.graph(
            "POST", QStringLiteral("/%1/messages").arg(m_second.identity().phoneNumberId),
            {{"messaging_product", "whatsapp"},
             {"to", "+" + customer},
             {"type", "template"},
             {"template",
              QJsonObject{{"name", "pedido_completo"},
                          {"language", QJsonObject{{"code", "pt_BR"}}},
                          {"components",
                           QJsonArray{QJsonObject{
                               {"type", "body"},
                               {"parameters",
                                QJsonArray{QJsonObject{{"type", "text"}, {"text", "Ana"}}}}}}}}}});
        QCOMPARE(graph.json()["error"].toObject()["code"].toInt(), 132000);
    }
};

QTEST_GUILESS_MAIN(TemplatePartsTest)
#include "tst_templateparts.moc"
