// An admin's change to one price of the rate table (issue #14 item 7, R8.5): every value is
// checked before the plan changes, the change moves only the price it names, and the charge
// (core/billing/charging) reads the changed table: there is one pricing rule, the table is data.
#include "core/billing/charging.h"
#include "core/billing/rateedit.h"

#include <QTest>

using namespace parley;

namespace {

QStringList codesOf(const RuleErrors &errors)
{
    QStringList list;
    for (const RuleError &error : errors)
        list << error.code;
    return list;
}

RateEdit edit(const char *prefix, const char *category, qint64 micros, const char *country = "")
{
    return {QString::fromUtf8(prefix), QString::fromUtf8(category), micros,
            QString::fromUtf8(country)};
}

const CountryRate *rowOf(const RatePlan &plan, const QString &prefix)
{
    for (const CountryRate &rate : plan.templateRates) {
        if (rate.prefix == prefix)
            return &rate;
    }
    return prefix.isEmpty() ? &plan.defaultTemplateRate : nullptr;
}

Charge brazilianMarketingTemplate(const RatePlan &plan)
{
    ChargeInput input;
    input.kind = OutboundKind::Template;
    input.templateCategory = PricingCategory::Marketing;
    input.destination = QStringLiteral("5511912345678");
    input.at = 1736899200000; // 2025-01-15
    return chargeMessage(plan, input, {});
}

} // namespace

class RateEditTest : public QObject {
    Q_OBJECT
private slots:
    void aPriceChangesThatPriceAndTheChargeFollows()
    {
        RatePlan plan = deskCountryPlan();
        const CountryRate brazilBefore = *rowOf(plan, QStringLiteral("55"));
        Money previous;
        QVERIFY(applyRateEdit(&plan, edit("55", "marketing", 70000), &previous).isEmpty());
        QCOMPARE(previous, usd(62500));
        const CountryRate &brazil = *rowOf(plan, QStringLiteral("55"));
        QCOMPARE(brazil.marketing, usd(70000));
        QCOMPARE(brazil.utility, brazilBefore.utility);
        QCOMPARE(brazil.authentication, brazilBefore.authentication);
        QCOMPARE(brazil.country, QStringLiteral("Brazil")); // no name given: kept
        QCOMPARE(plan.templateRates.size(), deskCountryPlan().templateRates.size());
        // US$0.005 session part + the new US$0.07, in credits of US$0.0001.
        const Charge charge = brazilianMarketingTemplate(plan);
        QCOMPARE(charge.countryPart, usd(70000));
        QCOMPARE(charge.credits, 750LL);
    }

    void aNewCountryStartsFromTheOtherCountriesRow()
    {
        RatePlan plan = deskCountryPlan();
        QVERIFY(applyRateEdit(&plan, edit("351", "utility", 9000, " Portugal ")).isEmpty());
        const CountryRate *portugal = rowOf(plan, QStringLiteral("351"));
        QVERIFY(portugal);
        QCOMPARE(portugal->country, QStringLiteral("Portugal"));
        QCOMPARE(portugal->utility, usd(9000));
        QCOMPARE(portugal->marketing, plan.defaultTemplateRate.marketing);
        QCOMPARE(countryRateFor(plan, QStringLiteral("351912345678")).prefix,
                 QStringLiteral("351"));
        // The other-countries row is the empty prefix.
        QVERIFY(applyRateEdit(&plan, edit("", "authentication", 50000), nullptr).isEmpty());
        QCOMPARE(plan.defaultTemplateRate.authentication, usd(50000));
        QCOMPARE(countryRateFor(plan, QStringLiteral("2348012345678")).authentication, usd(50000));
    }

    void badValuesChangeNothing_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("category");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("code");
        const QString country = QStringLiteral("desk_country");
        QTest::newRow("plus sign") << country << "+55"
                                   << "marketing" << 100LL << ""
                                   << "billing_rate_prefix_invalid";
        QTest::newRow("leading zero") << country << "055"
                                      << "marketing" << 100LL << ""
                                      << "billing_rate_prefix_invalid";
        QTest::newRow("too long") << country << "1234567"
                                  << "marketing" << 100LL << ""
                                  << "billing_rate_prefix_invalid";
        QTest::newRow("iso code") << country << "BR"
                                  << "marketing" << 100LL << ""
                                  << "billing_rate_prefix_invalid";
        QTest::newRow("meta spelling") << country << "55"
                                       << "marketing_lite" << 100LL << ""
                                       << "billing_rate_category_unknown";
        QTest::newRow("negative") << country << "55"
                                  << "utility" << -100LL << ""
                                  << "billing_rate_price_invalid";
        QTest::newRow("above the bound") << country << "55"
                                         << "utility" << maxRateMicros + 100 << ""
                                         << "billing_rate_price_invalid";
        QTest::newRow("control character") << country << "55"
                                           << "utility" << 100LL << "Bra\nzil"
                                           << "billing_rate_country_invalid";
        QTest::newRow("long name")
            << country << "55"
            << "utility" << 100LL << QString(maxRateCountryNameLength + 1, u'x')
            << "billing_rate_country_invalid";
        // A credit is US$0.0001 here and US$0.005 under points: prices are whole credits.
        QTest::newRow("fraction of a credit") << country << "55"
                                              << "utility" << 150LL << ""
                                              << "billing_plan_price_not_whole_credits";
        QTest::newRow("fraction of a point") << "message_points"
                                             << "55"
                                             << "utility" << 7000LL << ""
                                             << "billing_plan_price_not_whole_credits";
    }
    void badValuesChangeNothing()
    {
        QFETCH(QString, plan);
        QFETCH(QString, prefix);
        QFETCH(QString, category);
        QFETCH(qint64, micros);
        QFETCH(QString, country);
        QFETCH(QString, code);
        RatePlan chosen;
        for (const RatePlan &preset : presetRatePlans()) {
            if (preset.id == plan)
                chosen = preset;
        }
        const RatePlan before = chosen;
        Money previous = usd(-7);
        const RuleErrors errors =
            applyRateEdit(&chosen, {prefix, category, micros, country}, &previous);
        QCOMPARE(codesOf(errors), QStringList{code});
        for (const RuleError &error : errors)
            QVERIFY2(!error.message().contains(u'{'), qPrintable(error.message()));
        QCOMPARE(previous, usd(-7));
        QCOMPARE(templateRateRows(chosen).size(), templateRateRows(before).size());
        QCOMPARE(brazilianMarketingTemplate(chosen).money,
                 brazilianMarketingTemplate(before).money);
    }

    void aFullTableTakesNoNewCountry()
    {
        RatePlan plan = deskCountryPlan();
        for (int code = 200; plan.templateRates.size() < maxCountryRates; ++code)
            QVERIFY(applyRateEdit(&plan, edit(QByteArray::number(code).constData(), "utility", 0))
                        .isEmpty());
        QCOMPARE(codesOf(applyRateEdit(&plan, edit("999", "utility", 0))),
                 QStringList{QStringLiteral("billing_rate_table_full")});
        // A row it has still changes.
        QVERIFY(applyRateEdit(&plan, edit("55", "utility", 100)).isEmpty());
    }

    void storedRowsRebuildThePlan()
    {
        RatePlan plan = imCreditPlan();
        QVERIFY(applyRateEdit(&plan, edit("", "marketing", 80000)).isEmpty());
        const QList<CountryRate> rows = templateRateRows(plan);
        QCOMPARE(rows.last().prefix, QString());
        const RatePlan rebuilt = withTemplateRates(imCreditPlan(), rows);
        QCOMPARE(templateRateRows(rebuilt).size(), rows.size());
        QCOMPARE(rebuilt.defaultTemplateRate.marketing, usd(80000));
        QCOMPARE(countryRateFor(rebuilt, QStringLiteral("18765551234")).prefix,
                 QStringLiteral("1876"));
        QVERIFY(validateRatePlan(rebuilt).isEmpty());
        // Categories by Parley's name only; Meta's spellings are for webhooks.
        PricingCategory category = PricingCategory::Service;
        QVERIFY(pricingCategoryFromName(QStringLiteral("authentication"), &category));
        QCOMPARE(category, PricingCategory::Authentication);
        QVERIFY(!pricingCategoryFromName(QStringLiteral("group_marketing"), &category));
    }
};

QTEST_GUILESS_MAIN(RateEditTest)
#include "tst_rateedit.moc"
