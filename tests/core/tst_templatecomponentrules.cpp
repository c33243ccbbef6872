// Meta's limits on a template's header, footer and buttons (core/rules/templatecomponentrules)
// and the values a send must give for them. The JSON they become: tst_templatecomponentjson.
#include "templaterulesfixtures.h"

#include "core/rules/templatecomponentrules.h"

#include <QJsonArray>

using namespace parley;
using namespace parley::testing;

class TemplateComponentRulesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aFullTemplateIsValid()
    {
        QCOMPARE(codesOf(validateTemplate(fullTemplate())), QStringList());
        QCOMPARE(codesOf(validateTemplate(validTemplate())), QStringList());
    }

    void header_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("code");
        const int text = int(TemplateHeaderFormat::Text);
        const int image = int(TemplateHeaderFormat::Image);
        QTest::newRow("plain text") << text << "Seu pedido"
                                    << ""
                                    << "";
        QTest::newRow("60 characters") << text << QString(60, QLatin1Char('a')) << ""
                                       << "";
        QTest::newRow("61 characters") << text << QString(61, QLatin1Char('a')) << ""
                                       << "template_header_too_long";
        QTest::newRow("empty text") << text << "  "
                                    << ""
                                    << "template_header_text_empty";
        QTest::newRow("one variable") << text << "Pedido {{1}}"
                                      << "A-1"
                                      << "";
        QTest::newRow("variable without example") << text << "Pedido {{1}}"
                                                  << ""
                                                  << "template_header_example_needed";
        QTest::newRow("two variables") << text << "{{1}} e {{1}}"
                                       << "x"
                                       << "template_header_variables";
        QTest::newRow("variable 2") << text << "Pedido {{2}}"
                                    << "x"
                                    << "template_header_variables";
        QTest::newRow("named variable") << text << "Pedido {{nome}}"
                                        << "x"
                                        << "template_header_variables";
        QTest::newRow("two lines") << text << "Pedido\nnovo"
                                   << ""
                                   << "template_header_variables";
        QTest::newRow("image with handle") << image << ""
                                           << "4::aW1hZ2U="
                                           << "";
        QTest::newRow("image without handle") << image << ""
                                              << ""
                                              << "template_header_media_needed";
        QTest::newRow("video without handle") << int(TemplateHeaderFormat::Video) << ""
                                              << ""
                                              << "template_header_media_needed";
        QTest::newRow("document with handle") << int(TemplateHeaderFormat::Document) << ""
                                              << "4::ZG9j"
                                              << "";
    }

    void header()
    {
        QFETCH(int, format);
        QFETCH(QString, text);
        QFETCH(QString, example);
        QFETCH(QString, code);
        const QStringList codes = codesOf(
            validateTemplateComponents(withHeader(TemplateHeaderFormat(format), text, example)));
        QCOMPARE(codes, code.isEmpty() ? QStringList() : QStringList{code});
    }

    void footer()
    {
        MessageTemplate t = validTemplate();
        t.footer = QString(60, QChar(0x65E5)); // 60 CJK characters: at the limit
        QCOMPARE(codesOf(validateTemplateComponents(t)), QStringList());
        t.footer += QLatin1Char('!');
        QCOMPARE(codesOf(validateTemplateComponents(t)),
                 QStringList{QStringLiteral("template_footer_too_long")});
        t.footer = QStringLiteral("Olá {{1}}");
        QCOMPARE(codesOf(validateTemplateComponents(t)),
                 QStringList{QStringLiteral("template_footer_variables")});
    }

    void buttonCounts()
    {
        QList<TemplateButton> ten;
        for (int i = 0; i < 10; ++i)
            ten.append(quickReply(QStringLiteral("Opção %1").arg(i)));
        QCOMPARE(codesOf(validateTemplateComponents(withButtons(ten))), QStringList());
        QList<TemplateButton> eleven = ten;
        eleven.append(quickReply(QStringLiteral("Mais")));
        QCOMPARE(codesOf(validateTemplateComponents(withButtons(eleven))),
                 (QStringList{QStringLiteral("template_too_many_buttons"),
                              QStringLiteral("template_too_many_quick_replies")}));
        const TemplateButton url = urlButton(QStringLiteral("https://loja.example/a"));
        QCOMPARE(codesOf(validateTemplateComponents(withButtons({url, url}))), QStringList());
        QCOMPARE(codesOf(validateTemplateComponents(withButtons({url, url, url}))),
                 QStringList{QStringLiteral("template_too_many_url_buttons")});
        const TemplateButton phone = phoneButton(QStringLiteral("+5511987650001"));
        QCOMPARE(codesOf(validateTemplateComponents(withButtons({phone, phone}))),
                 QStringList{QStringLiteral("template_too_many_phone_buttons")});
    }

    void quickRepliesStayTogether()
    {
        const TemplateButton yes = quickReply(QStringLiteral("Sim"));
        const TemplateButton no = quickReply(QStringLiteral("Não"));
        const TemplateButton url = urlButton(QStringLiteral("https://loja.example/a"));
        QCOMPARE(codesOf(validateTemplateComponents(withButtons({yes, no, url}))), QStringList());
        QCOMPARE(codesOf(validateTemplateComponents(withButtons({url, yes, no}))), QStringList());
        QCOMPARE(codesOf(validateTemplateComponents(withButtons({yes, url, no}))),
                 QStringList{QStringLiteral("template_quick_replies_split")});
    }

    void buttonContents_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("code");
        const int quick = int(TemplateButtonType::QuickReply);
        const int url = int(TemplateButtonType::Url);
        const int phone = int(TemplateButtonType::PhoneNumber);
        QTest::newRow("25-character label") << quick << QString(25, QLatin1Char('x')) << ""
                                            << ""
                                            << "";
        QTest::newRow("26-character label") << quick << QString(26, QLatin1Char('x')) << ""
                                            << ""
                                            << "template_button_text_too_long";
        QTest::newRow("no label") << quick << " "
                                  << ""
                                  << ""
                                  << "template_button_label_empty";
        QTest::newRow("https") << url << "Ver"
                               << "https://loja.example/p"
                               << ""
                               << "";
        QTest::newRow("http") << url << "Ver"
                              << "http://loja.example/p"
                              << ""
                              << "";
        QTest::newRow("suffix variable") << url << "Ver"
                                         << "https://loja.example/p/{{1}}"
                                         << "A-1"
                                         << "";
        QTest::newRow("suffix without example") << url << "Ver"
                                                << "https://loja.example/p/{{1}}"
                                                << ""
                                                << "template_button_example_needed";
        QTest::newRow("variable in the middle") << url << "Ver"
                                                << "https://loja.example/{{1}}/p"
                                                << "A"
                                                << "template_button_url_invalid";
        QTest::newRow("not a web address") << url << "Ver"
                                           << "ftp://loja.example/p"
                                           << ""
                                           << "template_button_url_invalid";
        QTest::newRow("no address") << url << "Ver"
                                    << ""
                                    << ""
                                    << "template_button_url_invalid";
        QTest::newRow("phone") << phone << "Ligar"
                               << "+5511987650001"
                               << ""
                               << "";
        QTest::newRow("phone without plus") << phone << "Ligar"
                                            << "5511987650001"
                                            << ""
                                            << "template_button_phone_invalid";
        QTest::newRow("phone over 20") << phone << "Ligar"
                                       << "+551198765000112345678"
                                       << ""
                                       << "template_button_phone_invalid";
        QTest::newRow("phone with letters") << phone << "Ligar"
                                            << "+55CALLNOW"
                                            << ""
                                            << "template_button_phone_invalid";
    }

    void buttonContents()
    {
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, example);
        QFETCH(QString, code);
        const TemplateButton button{TemplateButtonType(type), text, value, example};
        const QStringList codes = codesOf(validateTemplateComponents(withButtons({button})));
        QCOMPARE(codes, code.isEmpty() ? QStringList() : QStringList{code});
    }

    void everyCodeHasEnglishText()
    {
        const RuleMessageTable table = templateComponentRuleMessages();
        QVERIFY(table.count > 15);
        for (int i = 0; i < table.count; ++i) {
            const RuleError error{QString::fromLatin1(table.entries[i].code), {}};
            QVERIFY2(error.message() != error.code, table.entries[i].code);
        }
    }

    void sendValues()
    {
        const MessageTemplate full = fullTemplate();
        QCOMPARE(urlVariableCount(full), 1);
        QCOMPARE(codesOf(checkTemplateSendValues(full,
                                                 {QStringLiteral("A-7"), {QStringLiteral("A-7")}})),
                 QStringList());
        QCOMPARE(codesOf(checkTemplateSendValues(full, {})),
                 (QStringList{QStringLiteral("template_header_value_missing"),
                              QStringLiteral("template_url_value_missing")}));
        QCOMPARE(codesOf(checkTemplateSendValues(
                     full, {QString(61, QLatin1Char('a')), {QStringLiteral("x")}})),
                 QStringList{QStringLiteral("template_header_value_invalid")});
        QCOMPARE(codesOf(checkTemplateSendValues(
                     full, {QStringLiteral("a"), {QStringLiteral("x"), QStringLiteral("y")}})),
                 QStringList{QStringLiteral("template_values_unexpected")});
        QCOMPARE(codesOf(checkTemplateSendValues(validTemplate(), {QStringLiteral("a"), {}})),
                 QStringList{QStringLiteral("template_values_unexpected")});
        QCOMPARE(codesOf(checkTemplateSendValues(validTemplate(), {})), QStringList());

        const MessageTemplate image =
            withHeader(TemplateHeaderFormat::Image, {}, QStringLiteral("4::aW1n"));
        QCOMPARE(codesOf(checkTemplateSendValues(
                     image, {QStringLiteral("https://cdn.example/p.jpg"), {}})),
                 QStringList());
        QCOMPARE(codesOf(checkTemplateSendValues(image,
                                                 {QStringLiteral("http://cdn.example/p.jpg"), {}})),
                 QStringList{QStringLiteral("template_header_link_invalid")});
    }
};

QTEST_GUILESS_MAIN(TemplateComponentRulesTest)
#include "tst_templatecomponentrules.moc"
