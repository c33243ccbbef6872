// A template's name, language and category rules, and the limits the editor's counters show.
#include "templaterulesfixtures.h"

using namespace parley;
using namespace parley::testing;

class TemplateRulesNameTest : public QObject {
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
};

QTEST_GUILESS_MAIN(TemplateRulesNameTest)
#include "tst_templaterulesname.moc"
