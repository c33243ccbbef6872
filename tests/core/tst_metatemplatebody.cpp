// A template body as Meta takes it ($[Leads.First Name] becomes {{1}}) and the parameter values
// a record gives it (core/rules/mergefields; split from tst_mergefields, which parses, renders
// and explains the fields themselves).
#include "templaterulesfixtures.h"

using namespace parley;
using namespace parley::testing;

class MetaTemplateBodyTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void metaBody_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("metaText");
        QTest::addColumn<QStringList>("parameters");
        QTest::newRow("two fields")
            << QStringLiteral("Hi $[Leads.First Name], your city is $[Leads.City].")
            << QStringLiteral("Hi {{1}}, your city is {{2}}.")
            << QStringList{QStringLiteral("Leads.First Name"), QStringLiteral("Leads.City")};
        QTest::newRow("one number per occurrence")
            << QStringLiteral("$[Leads.First Name] and $[Leads.First Name] again")
            << QStringLiteral("{{1}} and {{2}} again")
            << QStringList{QStringLiteral("Leads.First Name"), QStringLiteral("Leads.First Name")};
        QTest::newRow("no fields") << QStringLiteral("Obrigado pela compra!")
                                   << QStringLiteral("Obrigado pela compra!") << QStringList();
        QTest::newRow("malformed kept literal")
            << QStringLiteral("Hi $[Leads] $[Leads.City] $[Leads.Email")
            << QStringLiteral("Hi $[Leads] {{1}} $[Leads.Email")
            << QStringList{QStringLiteral("Leads.City")};
        QTest::newRow("Japanese") << QStringLiteral(
                                         "$[Contacts.Last Name]様、ご注文ありがとうございます。")
                                  << QStringLiteral("{{1}}様、ご注文ありがとうございます。")
                                  << QStringList{QStringLiteral("Contacts.Last Name")};
        QTest::newRow("unknown fields are numbered too")
            << QStringLiteral("a $[Foo.Bar] b") << QStringLiteral("a {{1}} b")
            << QStringList{QStringLiteral("Foo.Bar")};
        QString eleven;
        QString elevenMeta;
        QStringList elevenParameters;
        for (int i = 1; i <= 11; ++i) {
            eleven += QStringLiteral("x $[Leads.City] ");
            elevenMeta += QStringLiteral("x {{%1}} ").arg(i);
            elevenParameters.append(QStringLiteral("Leads.City"));
        }
        QTest::newRow("two-digit numbers") << eleven << elevenMeta << elevenParameters;
    }

    void metaBody()
    {
        QFETCH(QString, body);
        const MetaTemplateBody meta = toMetaTemplateBody(body);
        QTEST(meta.text, "metaText");
        QTEST(meta.parameters, "parameters");
    }

    void parameterValues()
    {
        const QString body = QStringLiteral(
            "Olá $[Leads.First Name], pedido em $[Leads.City]; $[Leads.Email] $[Leads.Fax] "
            "$[Leads.First Name].");
        const Record record =
            lead({{QStringLiteral("First Name"), QStringLiteral("  Ana\nMaria\t  de   Souza ")},
                  {QStringLiteral("City"), QStringLiteral("São Paulo")}});
        const TemplateParameters parameters = templateParameterValues(body, record);
        QCOMPARE(parameters.values,
                 (QStringList{QStringLiteral("Ana Maria de Souza"), QStringLiteral("São Paulo"),
                              QString(), QString(), QStringLiteral("Ana Maria de Souza")}));
        QCOMPARE(parameters.values.size(), toMetaTemplateBody(body).parameters.size());
        QCOMPARE(parameters.issues.size(), 2);
        QCOMPARE(parameters.issues.at(0).field.written(), QStringLiteral("$[Leads.Email]"));
        QCOMPARE(parameters.issues.at(0).problem, MergeFieldProblem::Empty);
        QCOMPARE(parameters.issues.at(1).problem, MergeFieldProblem::UnknownField);
        QVERIFY(!parameters.complete());
        QCOMPARE(codesOf(parameters.errors()),
                 (QStringList{QStringLiteral("merge_field_empty"),
                              QStringLiteral("merge_field_unknown")}));
    }

    void parameterValuesComplete()
    {
        const TemplateParameters parameters =
            templateParameterValues(QStringLiteral("您好 $[Leads.Last Name]，订单已发货。"),
                                    lead({{QStringLiteral("Last Name"), QStringLiteral("李")}}));
        QCOMPARE(parameters.values, QStringList{QStringLiteral("李")});
        QVERIFY(parameters.complete());
        QVERIFY(parameters.errors().isEmpty());
    }
};

QTEST_GUILESS_MAIN(MetaTemplateBodyTest)
#include "tst_metatemplatebody.moc"
