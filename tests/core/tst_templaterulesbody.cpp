// A template body's rules: its length as Meta counts it, merge fields (how many, which module,
// where), typed braces, and every violation reported at once.
#include "templaterulesfixtures.h"

using namespace parley;
using namespace parley::testing;

class TemplateRulesBodyTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("abc") << 3;
        QTest::newRow("precomposed ç ã") << QStringLiteral("ação") << 4;
        QTest::newRow("CJK") << QStringLiteral("您好世界") << 4;
        QTest::newRow("emoji") << grinning << 1;
        QTest::newRow("emoji with skin tone") << QStringLiteral("👍🏽") << 2;
        QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << 1;
        QTest::newRow("lone low surrogate then text")
            << QString(QChar(0xDE00)) + QStringLiteral("a") << 2;
    }

    void codePoints()
    {
        QFETCH(QString, text);
        QTEST(codePointCount(text), "count");
    }

    void bodyLengthCountsMetaText()
    {
        // "Hi {{1}}!" is what Meta receives.
        QCOMPARE(templateBodyLength(QStringLiteral("Hi $[Leads.First Name]!")), 9);
        QCOMPARE(templateBodyLength(QString(900, QLatin1Char('a'))), 900);
        QCOMPARE(templateBodyLength(grinning.repeated(900)), 900);
    }

    void bodyLength_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<int>("length");
        const QStringList ok;
        const QStringList tooLong{QStringLiteral("template_body_too_long")};
        QTest::newRow("900 ascii") << QString(900, QLatin1Char('a')) << ok << 900;
        QTest::newRow("901 ascii") << QString(901, QLatin1Char('a')) << tooLong << 901;
        QTest::newRow("900 emoji (1800 UTF-16 units)") << grinning.repeated(900) << ok << 900;
        QTest::newRow("901 emoji") << grinning.repeated(901) << tooLong << 901;
        QTest::newRow("900 CJK") << QStringLiteral("好").repeated(900) << ok << 900;
        QTest::newRow("901 Portuguese") << QStringLiteral("ã").repeated(901) << tooLong << 901;
        // "a {{1}} " + 892 = 900 for Meta, though the stored body is 908 long.
        QTest::newRow("field counts as {{1}}")
            << QStringLiteral("a $[Leads.City] ") + QString(892, QLatin1Char('b')) << ok << 900;
        QTest::newRow("field pushes past 900")
            << QStringLiteral("a $[Leads.City] ") + QString(893, QLatin1Char('b')) << tooLong
            << 901;
    }

    void bodyLength()
    {
        QFETCH(QString, body);
        QFETCH(int, length);
        QCOMPARE(templateBodyLength(body), length);
        const RuleErrors errors = validateTemplate(withBody(body));
        QTEST(codesOf(errors), "codes");
        if (!errors.isEmpty()) {
            QCOMPARE(errors.first().args.value(QStringLiteral("length")).toInt(), length);
            QCOMPARE(errors.first().message(),
                     QStringLiteral("The body has %1 characters; the limit is 900.").arg(length));
        }
    }

    void bodyMissing_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank lines") << QStringLiteral("  \n\t ");
    }

    void bodyMissing()
    {
        QFETCH(QString, body);
        QCOMPARE(codesOf(validateTemplate(withBody(body))),
                 QStringList{QStringLiteral("template_body_missing")});
    }

    void fieldCount_data()
    {
        QTest::addColumn<int>("fields");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("no fields") << 0 << QStringList();
        QTest::newRow("1 field") << 1 << QStringList();
        QTest::newRow("10 fields") << 10 << QStringList();
        QTest::newRow("11 fields") << 11 << QStringList{QStringLiteral("template_too_many_fields")};
        QTest::newRow("20 fields") << 20 << QStringList{QStringLiteral("template_too_many_fields")};
    }

    void fieldCount()
    {
        QFETCH(int, fields);
        QTEST(codesOf(validateTemplate(withBody(bodyWithFields(fields)))), "codes");
    }

    void tooManyFieldsSaysHowMany()
    {
        const RuleErrors errors = validateTemplate(withBody(bodyWithFields(11)));
        QCOMPARE(errors.first().message(),
                 QStringLiteral("The body has 11 merge fields; the limit is 10."));
    }

    void fieldsMustBelongToTheModule_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("known") << QStringLiteral("Oi $[Leads.First Name], tudo bem?")
                               << QStringList();
        QTest::newRow("other module") << QStringLiteral("Oi $[Contacts.First Name], tudo bem?")
                                      << QStringList{QStringLiteral("$[Contacts.First Name]")};
        QTest::newRow("unknown field") << QStringLiteral("Oi $[Leads.Shoe Size], tudo bem?")
                                       << QStringList{QStringLiteral("$[Leads.Shoe Size]")};
        QTest::newRow("unknown module") << QStringLiteral("Oi $[Tickets.Id], tudo bem?")
                                        << QStringList{QStringLiteral("$[Tickets.Id]")};
        QTest::newRow("repeated unknown reported once")
            << QStringLiteral("Oi $[Leads.Fax] e $[Leads.Fax] e $[Leads.Age] ok")
            << QStringList{QStringLiteral("$[Leads.Fax]"), QStringLiteral("$[Leads.Age]")};
        QTest::newRow("malformed is just text")
            << QStringLiteral("Oi $[Leads] e $[Leads.First, tudo bem?") << QStringList();
    }

    void fieldsMustBelongToTheModule()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, unknown);
        const RuleErrors errors = validateTemplate(withBody(body));
        QStringList reported;
        for (const RuleError &error : errors) {
            QCOMPARE(error.code, QStringLiteral("template_field_unknown"));
            QCOMPARE(error.args.value(QStringLiteral("module")).toString(),
                     QStringLiteral("Leads"));
            reported.append(error.args.value(QStringLiteral("field")).toString());
        }
        QCOMPARE(reported, unknown);
    }

    void unknownFieldMessage()
    {
        const RuleErrors errors =
            validateTemplate(withBody(QStringLiteral("Oi $[Contacts.Title], tudo bem?")));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(
            errors.first().message(),
            QStringLiteral("$[Contacts.Title] is not a field of Leads; insert fields with # to "
                           "pick one."));
    }

    void fieldPlacement_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("codes");
        const QStringList ok;
        const QStringList adjacent{QStringLiteral("template_fields_adjacent")};
        const QStringList edge{QStringLiteral("template_field_at_edge")};
        QTest::newRow("words between")
            << QStringLiteral("Oi $[Leads.First Name] e $[Leads.Last Name], bem-vindo") << ok;
        QTest::newRow("CJK between")
            << QStringLiteral("您好$[Leads.First Name]和$[Leads.Last Name]先生") << ok;
        QTest::newRow("touching") << QStringLiteral(
                                         "Oi $[Leads.First Name]$[Leads.Last Name], bem-vindo")
                                  << adjacent;
        QTest::newRow("only a space")
            << QStringLiteral("Oi $[Leads.First Name] $[Leads.Last Name], bem-vindo") << adjacent;
        QTest::newRow("only punctuation")
            << QStringLiteral("Oi $[Leads.First Name], $[Leads.Last Name], bem-vindo") << adjacent;
        QTest::newRow("three in a row: two pairs")
            << QStringLiteral("Oi $[Leads.First Name] $[Leads.Last Name] $[Leads.City] ok")
            << QStringList{QStringLiteral("template_fields_adjacent"),
                           QStringLiteral("template_fields_adjacent")};
        QTest::newRow("starts with a field")
            << QStringLiteral("$[Leads.First Name], seu pedido chegou") << edge;
        QTest::newRow("starts after blanks and punctuation")
            << QStringLiteral("  ¡$[Leads.First Name], seu pedido chegou") << edge;
        QTest::newRow("ends with a field")
            << QStringLiteral("Seu pedido vai para $[Leads.City]") << edge;
        QTest::newRow("ends with a field and a period")
            << QStringLiteral("Seu pedido vai para $[Leads.City].") << edge;
        QTest::newRow("word after the last field")
            << QStringLiteral("Seu pedido vai para $[Leads.City] hoje.") << ok;
        QTest::newRow("only a field") << QStringLiteral("$[Leads.First Name]")
                                      << QStringList{QStringLiteral("template_field_at_edge"),
                                                     QStringLiteral("template_field_at_edge")};
        QTest::newRow("malformed text counts as words")
            << QStringLiteral("$[Leads] $[Leads.City] $[Leads]") << ok;
    }

    void fieldPlacement()
    {
        QFETCH(QString, body);
        QTEST(codesOf(validateTemplate(withBody(body))), "codes");
    }

    void placementMessagesNameTheFields()
    {
        const RuleErrors errors = validateTemplate(
            withBody(QStringLiteral("$[Leads.First Name] $[Leads.Last Name] obrigado")));
        QCOMPARE(codesOf(errors), (QStringList{QStringLiteral("template_fields_adjacent"),
                                               QStringLiteral("template_field_at_edge")}));
        QCOMPARE(errors.at(0).message(),
                 QStringLiteral("$[Leads.First Name] and $[Leads.Last Name] have no text between "
                                "them, which WhatsApp rejects. Add some words between them."));
        QCOMPARE(errors.at(1).message(),
                 QStringLiteral("The body starts or ends with $[Leads.First Name], which WhatsApp "
                                "rejects. Add some words before or after it."));
        QCOMPARE(errors.at(1).args.value(QStringLiteral("edge")).toString(),
                 QStringLiteral("start"));
    }

    void typedBracesAreRefused()
    {
        QCOMPARE(codesOf(validateTemplate(withBody(QStringLiteral("Oi {{1}}, tudo bem?")))),
                 QStringList{QStringLiteral("template_body_braces")});
        QCOMPARE(codesOf(validateTemplate(withBody(QStringLiteral("Oi }}, tudo bem?")))),
                 QStringList{QStringLiteral("template_body_braces")});
        QVERIFY(validateTemplate(withBody(QStringLiteral("Oi {1}, tudo bem?"))).isEmpty());
    }

    void everyViolationIsReported()
    {
        MessageTemplate t;
        t.name = QStringLiteral("Promo-Verão");
        t.language = QString();
        t.module = Module::Leads;
        t.body = QStringLiteral("$[Leads.City]$[Leads.Fax] {{1}} ") + bodyWithFields(10) +
                 QString(900, QLatin1Char('x'));
        QCOMPARE(codesOf(validateTemplate(t)),
                 (QStringList{QStringLiteral("template_name_invalid"),
                              QStringLiteral("template_language_missing"),
                              QStringLiteral("template_body_braces"),
                              QStringLiteral("template_body_too_long"),
                              QStringLiteral("template_too_many_fields"),
                              QStringLiteral("template_field_unknown"),
                              QStringLiteral("template_fields_adjacent"),
                              QStringLiteral("template_field_at_edge")}));
    }
};

QTEST_GUILESS_MAIN(TemplateRulesBodyTest)
#include "tst_templaterulesbody.moc"
