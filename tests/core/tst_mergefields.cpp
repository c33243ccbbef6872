#include "templaterulesfixtures.h"

using namespace parley;
using namespace parley::testing;

namespace {

// "Module.Field@position+length", so a whole parse compares as one list.
QStringList describe(const QList<MergeField> &fields)
{
    QStringList out;
    for (const MergeField &field : fields)
        out.append(
            QStringLiteral("%1@%2+%3").arg(field.key()).arg(field.position).arg(field.length));
    return out;
}

QStringList written(const QList<MergeField> &fields)
{
    QStringList out;
    for (const MergeField &field : fields)
        out.append(field.written());
    return out;
}

Record recordOf(Module module, const QVariantMap &fields)
{
    Record record;
    record.module = module;
    record.fields = fields;
    return record;
}

} // namespace

class MergeFieldsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("no fields") << QStringLiteral("Hi there") << QStringList();
        QTest::newRow("empty text") << QString() << QStringList();
        QTest::newRow("spec example") << QStringLiteral("Hi $[Leads.First Name], how can I help?")
                                      << QStringList{QStringLiteral("Leads.First Name@3+19")};
        QTest::newRow("two fields") << QStringLiteral("$[Leads.First Name] $[Leads.Last Name]")
                                    << QStringList{QStringLiteral("Leads.First Name@0+19"),
                                                   QStringLiteral("Leads.Last Name@20+18")};
        QTest::newRow("repeated field")
            << QStringLiteral("$[Leads.City], $[Leads.City]")
            << QStringList{QStringLiteral("Leads.City@0+13"), QStringLiteral("Leads.City@15+13")};
        QTest::newRow("adjacent fields") << QStringLiteral("$[Leads.First Name]$[Leads.Last Name]")
                                         << QStringList{QStringLiteral("Leads.First Name@0+19"),
                                                        QStringLiteral("Leads.Last Name@19+18")};
        QTest::newRow("module only") << QStringLiteral("Hi $[Leads]!") << QStringList();
        QTest::newRow("unterminated") << QStringLiteral("Hi $[Leads.First") << QStringList();
        QTest::newRow("empty module") << QStringLiteral("$[.First Name]") << QStringList();
        QTest::newRow("empty field") << QStringLiteral("$[Leads.]") << QStringList();
        QTest::newRow("empty brackets") << QStringLiteral("$[] and $[.]") << QStringList();
        QTest::newRow("no dollar") << QStringLiteral("[Leads.Email]") << QStringList();
        QTest::newRow("space after dollar") << QStringLiteral("$ [Leads.Email]") << QStringList();
        QTest::newRow("line break inside")
            << QStringLiteral("$[Leads.First\nName]") << QStringList();
        QTest::newRow("unterminated, then a field")
            << QStringLiteral("$[Leads.First $[Leads.Last Name]")
            << QStringList{QStringLiteral("Leads.Last Name@14+18")};
        QTest::newRow("double dollar")
            << QStringLiteral("$$[Leads.Email]") << QStringList{QStringLiteral("Leads.Email@1+14")};
        QTest::newRow("dots in the field name")
            << QStringLiteral("$[Deals.No. of Items]")
            << QStringList{QStringLiteral("Deals.No. of Items@0+21")};
        QTest::newRow("names kept as written")
            << QStringLiteral("$[ leads . first name ]")
            << QStringList{QStringLiteral(" leads . first name @0+23")};
        QTest::newRow("CJK around")
            << QStringLiteral("您好 $[Contacts.First Name]，有什么可以帮您？")
            << QStringList{QStringLiteral("Contacts.First Name@3+22")};
        QTest::newRow("emoji before (two UTF-16 units)")
            << QStringLiteral("😀 $[Leads.Email]")
            << QStringList{QStringLiteral("Leads.Email@3+14")};
        QTest::newRow("CJK field name")
            << QStringLiteral("$[Leads.名字]") << QStringList{QStringLiteral("Leads.名字@0+11")};
    }

    void parse()
    {
        QFETCH(QString, text);
        QTEST(describe(parseMergeFields(text)), "fields");
    }

    void writtenFormRoundTrips()
    {
        const QString text = QStringLiteral("Olá $[Leads.First Name]!");
        const QList<MergeField> fields = parseMergeFields(text);
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().module, QStringLiteral("Leads"));
        QCOMPARE(fields.first().field, QStringLiteral("First Name"));
        QCOMPARE(fields.first().written(),
                 text.mid(fields.first().position, fields.first().length));
    }

    void knownFields_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("known");
        QTest::newRow("lead first name") << "Leads"
                                         << "First Name" << true;
        QTest::newRow("contact account") << "Contacts"
                                         << "Account Name" << true;
        QTest::newRow("deal amount") << "Deals"
                                     << "Amount" << true;
        QTest::newRow("company website") << "Companies"
                                         << "Website" << true;
        QTest::newRow("lead has no account name") << "Leads"
                                                  << "Account Name" << false;
        QTest::newRow("case matters") << "leads"
                                      << "first name" << false;
        QTest::newRow("unknown module") << "Tickets"
                                        << "Subject" << false;
        QTest::newRow("empty") << ""
                               << "" << false;
    }

    void knownFields()
    {
        QFETCH(QString, module);
        QFETCH(QString, field);
        QTEST(isKnownMergeField(module, field), "known");
    }

    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("rendered");
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<QStringList>("empty");

        const QVariantMap ana{{QStringLiteral("First Name"), QStringLiteral("Ana")},
                              {QStringLiteral("Last Name"), QStringLiteral("Souza")},
                              {QStringLiteral("City"), QStringLiteral("São Paulo")},
                              {QStringLiteral("Phone"), QString()},
                              {QStringLiteral("Company"), QStringLiteral("   ")}};
        const QStringList none;
        QTest::newRow("spec example")
            << QStringLiteral("Hi $[Leads.First Name], how can I help?") << ana
            << QStringLiteral("Hi Ana, how can I help?") << none << none;
        QTest::newRow("Portuguese")
            << QStringLiteral("Olá $[Leads.First Name], tudo bem? Sua cidade é $[Leads.City].")
            << QVariantMap{{QStringLiteral("First Name"), QStringLiteral("João")},
                           {QStringLiteral("City"), QStringLiteral("São Paulo")}}
            << QStringLiteral("Olá João, tudo bem? Sua cidade é São Paulo.") << none << none;
        QTest::newRow("Chinese") << QStringLiteral(
                                        "您好，$[Leads.Last Name]先生，欢迎来到$[Leads.City]！")
                                 << QVariantMap{{QStringLiteral("Last Name"), QStringLiteral("王")},
                                                {QStringLiteral("City"), QStringLiteral("上海")}}
                                 << QStringLiteral("您好，王先生，欢迎来到上海！") << none << none;
        QTest::newRow("no fields")
            << QStringLiteral("Obrigado!") << ana << QStringLiteral("Obrigado!") << none << none;
        QTest::newRow("repeated field")
            << QStringLiteral("$[Leads.First Name]? $[Leads.First Name]!") << ana
            << QStringLiteral("Ana? Ana!") << none << none;
        QTest::newRow("unknown module stays as written")
            << QStringLiteral("Ticket $[Tickets.Subject] open") << ana
            << QStringLiteral("Ticket $[Tickets.Subject] open")
            << QStringList{QStringLiteral("$[Tickets.Subject]")} << none;
        QTest::newRow("unknown field stays as written")
            << QStringLiteral("Size $[Leads.Shoe Size]") << ana
            << QStringLiteral("Size $[Leads.Shoe Size]")
            << QStringList{QStringLiteral("$[Leads.Shoe Size]")} << none;
        QTest::newRow("module without record stays as written")
            << QStringLiteral("Dear $[Contacts.Title] $[Leads.Last Name]") << ana
            << QStringLiteral("Dear $[Contacts.Title] Souza")
            << QStringList{QStringLiteral("$[Contacts.Title]")} << none;
        QTest::newRow("empty value renders empty")
            << QStringLiteral("Call $[Leads.Phone] now") << ana << QStringLiteral("Call  now")
            << none << QStringList{QStringLiteral("$[Leads.Phone]")};
        QTest::newRow("missing value renders empty")
            << QStringLiteral("Mail: $[Leads.Email].") << ana << QStringLiteral("Mail: .") << none
            << QStringList{QStringLiteral("$[Leads.Email]")};
        QTest::newRow("whitespace value counts as empty")
            << QStringLiteral("At $[Leads.Company].") << ana << QStringLiteral("At .") << none
            << QStringList{QStringLiteral("$[Leads.Company]")};
        QTest::newRow("repeated empty field reported each time")
            << QStringLiteral("$[Leads.Email]/$[Leads.Email]") << ana << QStringLiteral("/") << none
            << QStringList{QStringLiteral("$[Leads.Email]"), QStringLiteral("$[Leads.Email]")};
        QTest::newRow("malformed stays literal")
            << QStringLiteral("Hi $[Leads] $[Leads.First Name") << ana
            << QStringLiteral("Hi $[Leads] $[Leads.First Name") << none << none;
        QTest::newRow("mixed")
            << QStringLiteral("$[Leads.First Name] $[Leads.Fax] $[Leads.Email] $[Leads.City]")
            << ana << QStringLiteral("Ana $[Leads.Fax]  São Paulo")
            << QStringList{QStringLiteral("$[Leads.Fax]")}
            << QStringList{QStringLiteral("$[Leads.Email]")};
        QTest::newRow("value is not expanded again")
            << QStringLiteral("Hi $[Leads.First Name]")
            << QVariantMap{{QStringLiteral("First Name"), QStringLiteral("$[Leads.Email]")},
                           {QStringLiteral("Email"), QStringLiteral("secret@example.com")}}
            << QStringLiteral("Hi $[Leads.Email]") << none << none;
        QTest::newRow("number value") << QStringLiteral("Source: $[Leads.Lead Source]")
                                      << QVariantMap{{QStringLiteral("Lead Source"), 42}}
                                      << QStringLiteral("Source: 42") << none << none;
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(QVariantMap, values);
        const MergeResult result = renderMergeFields(text, lead(values));
        QTEST(result.text, "rendered");
        QTEST(written(result.unknownFields()), "unknown");
        QTEST(written(result.emptyFields()), "empty");
        QFETCH(QStringList, unknown);
        QFETCH(QStringList, empty);
        QCOMPARE(result.complete(), unknown.isEmpty() && empty.isEmpty());
    }

    void issuesSayWhyAndWhere()
    {
        const QString text =
            QStringLiteral("$[Tickets.Id] $[Leads.Fax] $[Contacts.Title] $[Leads.Email]");
        const MergeResult result = renderMergeFields(text, lead({}));
        QCOMPARE(result.issues.size(), 4);
        QCOMPARE(result.issues.at(0).problem, MergeFieldProblem::UnknownModule);
        QCOMPARE(result.issues.at(1).problem, MergeFieldProblem::UnknownField);
        QCOMPARE(result.issues.at(2).problem, MergeFieldProblem::NoRecord);
        QCOMPARE(result.issues.at(3).problem, MergeFieldProblem::Empty);
        QCOMPARE(result.issues.at(1).field.position, 14);
        QCOMPARE(result.issues.at(3).field.position, 45);
    }

    void dealTextReadsItsContactAndCompany()
    {
        const Record deal = recordOf(
            Module::Deals, {{QStringLiteral("Deal Name"), QStringLiteral("Renovação 2027")},
                            {QStringLiteral("Amount"), 1500.5}});
        const Record contact =
            recordOf(Module::Contacts, {{QStringLiteral("First Name"), QStringLiteral("Mei")}});
        const Record company = recordOf(
            Module::Companies, {{QStringLiteral("Company Name"), QStringLiteral("北京科技")}});
        const MergeResult result = renderMergeFields(
            QStringLiteral("$[Contacts.First Name], $[Deals.Deal Name] ($[Deals.Amount]) for "
                           "$[Companies.Company Name]"),
            QList<Record>{deal, contact, company});
        QCOMPARE(result.text, QStringLiteral("Mei, Renovação 2027 (1500.5) for 北京科技"));
        QVERIFY(result.complete());
    }

    void firstRecordOfAModuleWins()
    {
        const Record first = lead({{QStringLiteral("First Name"), QStringLiteral("Ana")}});
        const Record second = lead({{QStringLiteral("First Name"), QStringLiteral("Bia")}});
        QCOMPARE(renderMergeFields(QStringLiteral("$[Leads.First Name]"), {first, second}).text,
                 QStringLiteral("Ana"));
        QCOMPARE(renderMergeFields(QStringLiteral("Hi $[Leads.First Name]"), QList<Record>()).text,
                 QStringLiteral("Hi $[Leads.First Name]"));
    }

    void errorsReportEachFieldOnce()
    {
        const MergeResult result = renderMergeFields(
            QStringLiteral(
                "$[Leads.Email] $[Leads.Email] $[Leads.Fax] $[Contacts.Title] $[Foo.Bar]"),
            lead({}));
        const RuleErrors errors = result.errors();
        QCOMPARE(codesOf(errors), (QStringList{QStringLiteral("merge_field_empty"),
                                               QStringLiteral("merge_field_unknown"),
                                               QStringLiteral("merge_field_no_record"),
                                               QStringLiteral("merge_field_unknown")}));
        QCOMPARE(errors.at(0).message(),
                 QStringLiteral("$[Leads.Email] has no value on this record."));
        QCOMPARE(errors.at(1).message(),
                 QStringLiteral("$[Leads.Fax] is not a known field, so it cannot be filled. Check "
                                "the module and field name."));
        QCOMPARE(errors.at(2).message(),
                 QStringLiteral("$[Contacts.Title] cannot be filled: this conversation has no "
                                "Contacts record."));
        QCOMPARE(errors.at(3).args.value(QStringLiteral("field")).toString(),
                 QStringLiteral("$[Foo.Bar]"));
    }

    void everyCodeHasEnglishText()
    {
        const RuleMessageTable table = mergeFieldRuleMessages();
        QCOMPARE(table.count, 3);
        const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z]+\\}"));
        for (int i = 0; i < table.count; ++i) {
            const QString code = QString::fromLatin1(table.entries[i].code);
            const RuleError error{code,
                                  {{QStringLiteral("field"), QStringLiteral("$[Leads.Email]")},
                                   {QStringLiteral("module"), QStringLiteral("Leads")}}};
            QVERIFY2(error.message() != code, qPrintable(code));
            QVERIFY2(!error.message().contains(placeholder), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("$[Leads.Email]")), qPrintable(code));
        }
    }
};

QTEST_GUILESS_MAIN(MergeFieldsTest)
#include "tst_mergefields.moc"
