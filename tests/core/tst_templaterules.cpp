#include "core/rules/mergefields.h"
#include "core/rules/rulemessages.h"
#include "core/rules/servicewindow.h"
#include "core/rules/templaterules.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace parley;

namespace {

QStringList codesOf(const RuleErrors &errors)
{
    QStringList codes;
    for (const RuleError &error : errors)
        codes.append(error.code);
    return codes;
}

MessageTemplate validTemplate()
{
    MessageTemplate t;
    t.name = QStringLiteral("order_update");
    t.language = QStringLiteral("pt_BR");
    t.category = TemplateCategory::Utility;
    t.module = Module::Leads;
    t.body = QStringLiteral("Olá $[Leads.First Name], seu pedido chegou. Obrigado!");
    return t;
}

MessageTemplate withBody(const QString &body)
{
    MessageTemplate t = validTemplate();
    t.body = body;
    return t;
}

MessageTemplate withStatus(TemplateStatus status)
{
    MessageTemplate t = validTemplate();
    t.status = status;
    return t;
}

// "Hi $[Leads.City] a $[Leads.City] a ... thanks": `count` fields, each surrounded by words.
QString bodyWithFields(int count)
{
    QString body = QStringLiteral("Hi");
    for (int i = 0; i < count; ++i)
        body += QStringLiteral(" $[Leads.City] a");
    return body + QStringLiteral(" thanks");
}

const QString grinning = QStringLiteral("😀");

} // namespace

class TemplateRulesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void limitsForTheCounters()
    {
        QCOMPARE(templateBodyMaxLength, 900);
        QCOMPARE(templateMaxMergeFields, 10);
        QCOMPARE(templatesPerAccountMax, 200);
        QCOMPARE(templateNameMaxLength, 512);
    }

    void validTemplateHasNoErrors()
    {
        QCOMPARE(codesOf(validateTemplate(validTemplate())), QStringList());
    }

    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codes");
        const QStringList ok;
        const QStringList invalid{QStringLiteral("template_name_invalid")};
        const QStringList tooLong{QStringLiteral("template_name_too_long")};
        QTest::newRow("snake case") << QStringLiteral("order_update") << ok;
        QTest::newRow("digits and underscores") << QStringLiteral("promo_2027_v2") << ok;
        QTest::newRow("one letter") << QStringLiteral("a") << ok;
        QTest::newRow("512 characters") << QString(512, QLatin1Char('a')) << ok;
        QTest::newRow("513 characters") << QString(513, QLatin1Char('a')) << tooLong;
        QTest::newRow("513 with capitals") << QString(513, QLatin1Char('A'))
                                           << QStringList{QStringLiteral("template_name_too_long"),
                                                          QStringLiteral("template_name_invalid")};
        QTest::newRow("empty") << QString() << QStringList{QStringLiteral("template_name_missing")};
        QTest::newRow("blank") << QStringLiteral("   ")
                               << QStringList{QStringLiteral("template_name_missing")};
        QTest::newRow("uppercase") << QStringLiteral("Order_update") << invalid;
        QTest::newRow("space") << QStringLiteral("order update") << invalid;
        QTest::newRow("hyphen") << QStringLiteral("order-update") << invalid;
        QTest::newRow("dot") << QStringLiteral("order.update") << invalid;
        QTest::newRow("accented") << QStringLiteral("promoção") << invalid;
        QTest::newRow("CJK") << QStringLiteral("订单") << invalid;
        QTest::newRow("trailing newline") << QStringLiteral("order\n") << invalid;
    }

    void name()
    {
        MessageTemplate t = validTemplate();
        QFETCH(QString, name);
        t.name = name;
        QTEST(codesOf(validateTemplate(t)), "codes");
    }

    void nameTooLongSaysHowLong()
    {
        MessageTemplate t = validTemplate();
        t.name = QString(513, QLatin1Char('a'));
        QCOMPARE(
            validateTemplate(t).first().message(),
            QStringLiteral("The template name has 513 characters; WhatsApp allows at most 512."));
    }

    void languageIsRequired_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringList();
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringList();
        QTest::newRow("empty") << QString()
                               << QStringList{QStringLiteral("template_language_missing")};
        QTest::newRow("blank") << QStringLiteral(" ")
                               << QStringList{QStringLiteral("template_language_missing")};
    }

    void languageIsRequired()
    {
        MessageTemplate t = validTemplate();
        QFETCH(QString, language);
        t.language = language;
        QTEST(codesOf(validateTemplate(t)), "codes");
    }

    void category_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("marketing") << QStringLiteral("MARKETING") << true;
        QTest::newRow("utility") << QStringLiteral("UTILITY") << true;
        QTest::newRow("authentication") << QStringLiteral("AUTHENTICATION") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("notification") << QStringLiteral("NOTIFICATION") << false;
    }

    void category()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const RuleErrors errors = checkTemplateCategoryName(name);
        QCOMPARE(errors.isEmpty(), valid);
        if (!valid)
            QCOMPARE(errors.first().code, QStringLiteral("template_category_invalid"));
    }

    void categoryOutOfRangeIsInvalid()
    {
        MessageTemplate t = validTemplate();
        t.category = TemplateCategory::Marketing;
        QVERIFY(validateTemplate(t).isEmpty());
        t.category = static_cast<TemplateCategory>(7);
        QCOMPARE(codesOf(validateTemplate(t)),
                 QStringList{QStringLiteral("template_category_invalid")});
    }

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

    void countTowardLimit()
    {
        QVERIFY(!countsTowardTemplateLimit(TemplateStatus::Draft));
        QVERIFY(countsTowardTemplateLimit(TemplateStatus::Pending));
        QVERIFY(countsTowardTemplateLimit(TemplateStatus::Approved));
        QVERIFY(countsTowardTemplateLimit(TemplateStatus::Rejected));
        const QList<MessageTemplate> templates{
            withStatus(TemplateStatus::Draft), withStatus(TemplateStatus::Pending),
            withStatus(TemplateStatus::Approved), withStatus(TemplateStatus::Rejected),
            withStatus(TemplateStatus::Draft)};
        QCOMPARE(countTemplatesTowardLimit(templates), 3);
        QCOMPARE(countTemplatesTowardLimit({}), 0);
    }

    void limit_data()
    {
        QTest::addColumn<int>("existing");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("none") << 0 << true;
        QTest::newRow("199 existing") << 199 << true;
        QTest::newRow("200 existing") << 200 << false;
        QTest::newRow("201 existing") << 201 << false;
    }

    void limit()
    {
        QFETCH(int, existing);
        QFETCH(bool, allowed);
        const RuleErrors errors = checkTemplateLimit(existing);
        QCOMPARE(errors.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(errors.first().code, QStringLiteral("template_limit_reached"));
            QCOMPARE(errors.first().message(),
                     QStringLiteral("The account already has %1 templates (pending, approved or "
                                    "rejected); the limit is 200. Delete one before submitting "
                                    "another.")
                         .arg(existing));
        }
    }

    void editable_data()
    {
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("draft") << TemplateStatus::Draft << QStringList();
        QTest::newRow("rejected") << TemplateStatus::Rejected << QStringList();
        QTest::newRow("pending") << TemplateStatus::Pending
                                 << QStringList{QStringLiteral("template_locked_pending")};
        QTest::newRow("approved") << TemplateStatus::Approved
                                  << QStringList{QStringLiteral("template_locked_approved")};
    }

    void editable()
    {
        QFETCH(TemplateStatus, status);
        QTEST(codesOf(checkTemplateEditable(status)), "codes");
    }

    void submission_data()
    {
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<int>("existing");
        QTest::addColumn<QStringList>("codes");
        const QStringList limit{QStringLiteral("template_limit_reached")};
        QTest::newRow("new, 199 existing") << TemplateStatus::Draft << 199 << QStringList();
        QTest::newRow("new, 200 existing") << TemplateStatus::Draft << 200 << limit;
        QTest::newRow("rejected resubmitted at 200: already counted")
            << TemplateStatus::Rejected << 200 << QStringList();
        QTest::newRow("pending") << TemplateStatus::Pending << 10
                                 << QStringList{QStringLiteral("template_locked_pending")};
        QTest::newRow("approved") << TemplateStatus::Approved << 200
                                  << QStringList{QStringLiteral("template_locked_approved")};
    }

    void submission()
    {
        QFETCH(TemplateStatus, status);
        QFETCH(int, existing);
        QTEST(codesOf(checkTemplateSubmission(withStatus(status), existing)), "codes");
    }

    void submissionReportsContentAndLimitTogether()
    {
        MessageTemplate t = withBody(QString(901, QLatin1Char('a')));
        t.name = QStringLiteral("Bad Name");
        QCOMPARE(codesOf(checkTemplateSubmission(t, 200)),
                 (QStringList{QStringLiteral("template_name_invalid"),
                              QStringLiteral("template_body_too_long"),
                              QStringLiteral("template_limit_reached")}));
    }

    void sendable_data()
    {
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<bool>("sendable");
        QTest::newRow("approved") << TemplateStatus::Approved << true;
        QTest::newRow("draft") << TemplateStatus::Draft << false;
        QTest::newRow("pending") << TemplateStatus::Pending << false;
        QTest::newRow("rejected") << TemplateStatus::Rejected << false;
    }

    void sendable()
    {
        QFETCH(TemplateStatus, status);
        QFETCH(bool, sendable);
        const RuleErrors errors = checkTemplateSendable(withStatus(status));
        QCOMPARE(errors.isEmpty(), sendable);
        if (!sendable) {
            QCOMPARE(errors.first().code, QStringLiteral("template_not_approved"));
            QCOMPARE(errors.first().args.value(QStringLiteral("status")).toString(),
                     templateStatusName(status));
            QCOMPARE(errors.first().message(),
                     QStringLiteral("The template order_update is not approved by WhatsApp, so it "
                                    "cannot be sent."));
        }
    }

    // Every code the three rule areas produce has English text with its placeholders filled, and
    // no code is defined twice.
    void everyCodeHasEnglishText_data()
    {
        QTest::addColumn<QString>("code");
        const QStringList codes{QStringLiteral("template_name_missing"),
                                QStringLiteral("template_name_too_long"),
                                QStringLiteral("template_name_invalid"),
                                QStringLiteral("template_language_missing"),
                                QStringLiteral("template_category_invalid"),
                                QStringLiteral("template_body_missing"),
                                QStringLiteral("template_body_braces"),
                                QStringLiteral("template_body_too_long"),
                                QStringLiteral("template_too_many_fields"),
                                QStringLiteral("template_field_unknown"),
                                QStringLiteral("template_fields_adjacent"),
                                QStringLiteral("template_field_at_edge"),
                                QStringLiteral("template_limit_reached"),
                                QStringLiteral("template_locked_pending"),
                                QStringLiteral("template_locked_approved"),
                                QStringLiteral("template_not_approved"),
                                QStringLiteral("merge_field_unknown"),
                                QStringLiteral("merge_field_no_record"),
                                QStringLiteral("merge_field_empty"),
                                QStringLiteral("window_closed"),
                                QStringLiteral("window_never_opened")};
        for (const QString &code : codes)
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyCodeHasEnglishText()
    {
        QFETCH(QString, code);
        const QVariantMap args{{QStringLiteral("name"), QStringLiteral("order_update")},
                               {QStringLiteral("status"), QStringLiteral("PENDING")},
                               {QStringLiteral("length"), 901},
                               {QStringLiteral("max"), 900},
                               {QStringLiteral("count"), 11},
                               {QStringLiteral("field"), QStringLiteral("$[Leads.City]")},
                               {QStringLiteral("module"), QStringLiteral("Leads")},
                               {QStringLiteral("first"), QStringLiteral("$[Leads.City]")},
                               {QStringLiteral("second"), QStringLiteral("$[Leads.Email]")},
                               {QStringLiteral("closedAgo"), QStringLiteral("2 h")}};
        const QString message = RuleError{code, args}.message();
        QVERIFY2(message != code, qPrintable(code));
        QVERIFY2(!message.contains(QRegularExpression(QStringLiteral("\\{[A-Za-z]+\\}"))),
                 qPrintable(message));
    }

    void tablesCoverTheCodesExactly()
    {
        QSet<QString> seen;
        int total = 0;
        for (const RuleMessageTable &table :
             {templateRuleMessages(), mergeFieldRuleMessages(), windowRuleMessages()}) {
            for (int i = 0; i < table.count; ++i) {
                const QString code = QString::fromLatin1(table.entries[i].code);
                QVERIFY2(!seen.contains(code), qPrintable(code));
                seen.insert(code);
                ++total;
            }
        }
        QCOMPARE(total, 21); // the 21 rows of everyCodeHasEnglishText_data
    }
};

QTEST_GUILESS_MAIN(TemplateRulesTest)
#include "tst_templaterules.moc"
