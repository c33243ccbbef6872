#include "core/billing/money.h"
#include "core/billing/rateplan.h"

#include <QTest>

#include <algorithm>

using namespace parley;

namespace {

QStringList codes(const RuleErrors &errors)
{
    QStringList list;
    for (const RuleError &error : errors)
        list << error.code;
    return list;
}

} // namespace

class RateTableTest : public QObject {
    Q_OBJECT
private slots:
    void moneyParses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("half cent") << "0.005" << true << 5000LL;
        QTest::newRow("three tenths of a cent") << "0.003" << true << 3000LL;
        QTest::newRow("two dollars") << "2" << true << 2000000LL;
        QTest::newRow("meta brazil") << "0.0625" << true << 62500LL;
        QTest::newRow("leading dot") << ".5" << true << 500000LL;
        QTest::newRow("six decimals") << "0.000001" << true << 1LL;
        QTest::newRow("blanks") << " 28.00 " << true << 28000000LL;
        QTest::newRow("seven decimals") << "0.0000001" << false << 0LL;
        QTest::newRow("negative") << "-1" << false << 0LL;
        QTest::newRow("comma") << "0,005" << false << 0LL;
        QTest::newRow("grouping") << "1,000" << false << 0LL;
        QTest::newRow("exponent") << "5e-3" << false << 0LL;
        QTest::newRow("empty") << "" << false << 0LL;
        QTest::newRow("dot only") << "." << false << 0LL;
        QTest::newRow("two dots") << "1.2.3" << false << 0LL;
    }
    void moneyParses()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, micros);
        Money money = usd(-7);
        QCOMPARE(parseMoney(text, QStringLiteral("USD"), &money), ok);
        QCOMPARE(money, ok ? usd(micros) : usd(-7));
    }

    void moneyFormatsExactly()
    {
        QCOMPARE(moneyDecimalText(usd(28000000)), QStringLiteral("28.00"));
        QCOMPARE(moneyDecimalText(usd(5000)), QStringLiteral("0.005"));
        QCOMPARE(moneyDecimalText(usd(62500)), QStringLiteral("0.0625"));
        QCOMPARE(moneyDecimalText(usd(1)), QStringLiteral("0.000001"));
        QCOMPARE(moneyDecimalText(usd(0)), QStringLiteral("0.00"));
        QCOMPARE(moneyDecimalText(usd(-2500000)), QStringLiteral("-2.50"));
        QCOMPARE(moneyText(Money{QStringLiteral("BRL"), 1990000}), QStringLiteral("BRL 1.99"));
        QCOMPARE(usd(5000) * 6000 + usd(1), usd(30000001));
        QVERIFY(usd(1) != Money({QStringLiteral("EUR"), 1}));
    }

    void presetsAreValidAndDistinct()
    {
        const QList<RatePlan> plans = presetRatePlans();
        QCOMPARE(plans.size(), 4);
        QStringList ids;
        for (const RatePlan &plan : plans) {
            QVERIFY2(validateRatePlan(plan).isEmpty(), qPrintable(plan.id));
            QCOMPARE(plan.currency, QStringLiteral("USD"));
            ids << plan.id;
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("desk_session"), QStringLiteral("desk_country"),
                                   QStringLiteral("im_credit"), QStringLiteral("message_points")}));
    }

    // (a) US$0.005 for the first 5,000 messages of a month, US$0.003 after.
    void sessionTiersAtTheBoundary_data()
    {
        QTest::addColumn<qint64>("messageNumber");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("1st") << 1LL << 5000LL;
        QTest::newRow("4,999th") << 4999LL << 5000LL;
        QTest::newRow("5,000th") << 5000LL << 5000LL;
        QTest::newRow("5,001st") << 5001LL << 3000LL;
        QTest::newRow("1,000,000th") << 1000000LL << 3000LL;
    }
    void sessionTiersAtTheBoundary()
    {
        QFETCH(qint64, messageNumber);
        QFETCH(qint64, micros);
        QCOMPARE(sessionMessagePrice(deskSessionPlan(), messageNumber), usd(micros));
    }

    void planPricesForConcreteCounts_data()
    {
        QTest::addColumn<QString>("planId");
        QTest::addColumn<qint64>("messages");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<qint64>("credits");
        // (a) 6,000 = 5,000 × 0.005 + 1,000 × 0.003 = US$28.
        QTest::newRow("(a) 6,000") << "desk_session" << 6000LL << 28000000LL << 280000LL;
        QTest::newRow("(a) 5,000") << "desk_session" << 5000LL << 25000000LL << 250000LL;
        QTest::newRow("(a) 5,001") << "desk_session" << 5001LL << 25003000LL << 250030LL;
        QTest::newRow("(a) none") << "desk_session" << 0LL << 0LL << 0LL;
        QTest::newRow("(b) 6,000 sessions") << "desk_country" << 6000LL << 28000000LL << 280000LL;
        QTest::newRow("(c) sessions free") << "im_credit" << 6000LL << 0LL << 0LL;
        // (d) 400 messages are one point of US$2.
        QTest::newRow("(d) 400") << "message_points" << 400LL << 2000000LL << 400LL;
        QTest::newRow("(d) 1,000") << "message_points" << 1000LL << 5000000LL << 1000LL;
    }
    void planPricesForConcreteCounts()
    {
        QFETCH(QString, planId);
        QFETCH(qint64, messages);
        QFETCH(qint64, micros);
        QFETCH(qint64, credits);
        for (const RatePlan &plan : presetRatePlans()) {
            if (plan.id != planId)
                continue;
            const Money cost = sessionMessagesCost(plan, messages);
            QCOMPARE(cost, usd(micros));
            QCOMPARE(creditsFor(plan, cost), credits);
            // Summing message by message gives the same exact total.
            Money sum = usd(0);
            for (qint64 n = 1; n <= messages; ++n)
                sum = sum + sessionMessagePrice(plan, n);
            QCOMPARE(sum, cost);
            return;
        }
        QFAIL("no such preset");
    }

    void creditsAndPacks()
    {
        QCOMPARE(packPrice(imCreditPlan()), usd(2000000)); // (c) US$2 per IM credit
        QCOMPARE(imCreditPlan().pack.credits, 20000LL);
        QCOMPARE(packPrice(messagePointsPlan()), usd(2000000)); // (d) a point is US$2
        QCOMPARE(messagePointsPlan().pack.credits, 400LL);      // = 400 messages
        QCOMPARE(packPrice(deskSessionPlan()), usd(1000000));
        QCOMPARE(moneyFor(deskSessionPlan(), 280000), usd(28000000));
        // A price that is not a whole credit rounds up, never down.
        QCOMPARE(creditsFor(messagePointsPlan(), usd(5001)), 2LL);
        QCOMPARE(creditsFor(messagePointsPlan(), usd(4999)), 1LL);
        QCOMPARE(creditsFor(messagePointsPlan(), usd(0)), 0LL);
    }

    void longestPrefixWins_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<qint64>("marketing");
        QTest::newRow("Brazil 5511") << "5511912345678"
                                     << "55" << 62500LL;
        QTest::newRow("Brazil with plus") << "+55 11 91234-5678"
                                          << "55" << 62500LL;
        QTest::newRow("US 1") << "16505551234"
                              << "1" << 25000LL;
        QTest::newRow("Jamaica 1876 beats 1") << "18765551234"
                                              << "1876" << 74000LL;
        QTest::newRow("1877 is still 1") << "18775551234"
                                         << "1" << 25000LL;
        QTest::newRow("China 86") << "8613812345678"
                                  << "86" << 73200LL;
        QTest::newRow("Japan 81") << "819012345678"
                                  << "81" << 73200LL;
        QTest::newRow("unmatched") << "9715012345678"
                                   << "" << 60400LL;
        QTest::newRow("empty") << ""
                               << "" << 60400LL;
    }
    void longestPrefixWins()
    {
        QFETCH(QString, number);
        QFETCH(QString, prefix);
        QFETCH(qint64, marketing);
        const RatePlan plan = deskCountryPlan();
        const CountryRate &rate = countryRateFor(plan, number);
        QCOMPARE(rate.prefix, prefix);
        QCOMPARE(rate.price(PricingCategory::Marketing), usd(marketing));
    }

    void prefixOrderDoesNotMatter()
    {
        RatePlan plan = deskCountryPlan();
        std::reverse(plan.templateRates.begin(), plan.templateRates.end());
        QCOMPARE(countryRateFor(plan, QStringLiteral("18765551234")).prefix,
                 QStringLiteral("1876"));
        QCOMPARE(countryRateFor(plan, QStringLiteral("16505551234")).prefix, QStringLiteral("1"));
    }

    void metaCategoryNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<PricingCategory>("category");
        QTest::newRow("marketing") << "marketing" << true << PricingCategory::Marketing;
        QTest::newRow("marketing_lite") << "marketing_lite" << true << PricingCategory::Marketing;
        QTest::newRow("group_marketing") << "group_marketing" << true << PricingCategory::Marketing;
        QTest::newRow("utility") << "utility" << true << PricingCategory::Utility;
        QTest::newRow("group_utility") << "group_utility" << true << PricingCategory::Utility;
        QTest::newRow("authentication")
            << "authentication" << true << PricingCategory::Authentication;
        QTest::newRow("auth intl")
            << "authentication-international" << true << PricingCategory::Authentication;
        QTest::newRow("service") << "service" << true << PricingCategory::Service;
        QTest::newRow("group_service") << "group_service" << true << PricingCategory::Service;
        QTest::newRow("upper case") << "MARKETING" << true << PricingCategory::Marketing;
        QTest::newRow("referral") << "referral_conversion" << false << PricingCategory::Service;
        QTest::newRow("empty") << "" << false << PricingCategory::Service;
    }
    void metaCategoryNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(PricingCategory, category);
        PricingCategory parsed = PricingCategory::Service;
        QCOMPARE(pricingCategoryFromMetaName(name, &parsed), known);
        QCOMPARE(parsed, category);
        QCOMPARE(pricingCategoryName(PricingCategory::Authentication),
                 QStringLiteral("authentication"));
    }

    void validationFindsBrokenPlans()
    {
        RatePlan plan = messagePointsPlan();
        plan.templateRates = {CountryRate{QStringLiteral("55"), QStringLiteral("Brazil"),
                                          usd(62500), usd(0), usd(0), usd(0)}};
        RuleErrors errors = validateRatePlan(plan);
        QCOMPARE(codes(errors),
                 QStringList{QStringLiteral("billing_plan_price_not_whole_credits")});
        QCOMPARE(errors.first().message(),
                 QStringLiteral("The price USD 0.0625 is not a whole number of credits worth USD "
                                "0.005 each. Use a smaller credit or round the price."));

        plan = deskCountryPlan();
        plan.sessionTiers = {{0, usd(3000)}, {5000, usd(5000)}};
        QCOMPARE(codes(validateRatePlan(plan)),
                 QStringList{QStringLiteral("billing_plan_tiers_invalid")});
        plan.sessionTiers = {{5000, usd(5000)}};
        QCOMPARE(codes(validateRatePlan(plan)),
                 QStringList{QStringLiteral("billing_plan_tiers_invalid")});
        plan.sessionTiers = {};
        QCOMPARE(codes(validateRatePlan(plan)),
                 QStringList{QStringLiteral("billing_plan_tiers_invalid")});
        plan.sessionTiers = {{5000, usd(5000)}, {5000, usd(4000)}, {0, usd(3000)}};
        QCOMPARE(codes(validateRatePlan(plan)),
                 QStringList{QStringLiteral("billing_plan_tiers_invalid")});

        plan = deskCountryPlan();
        plan.templateRates << plan.templateRates.first(); // duplicate "1"
        plan.templateRates << CountryRate{
            QStringLiteral("+44"), {}, usd(0), usd(0), usd(0), usd(0)};
        QCOMPARE(codes(validateRatePlan(plan)),
                 (QStringList{QStringLiteral("billing_plan_prefix_invalid"),
                              QStringLiteral("billing_plan_prefix_invalid")}));

        plan = deskSessionPlan();
        plan.sessionTiers.first().price = Money{QStringLiteral("EUR"), 5000};
        QCOMPARE(codes(validateRatePlan(plan)),
                 QStringList{QStringLiteral("billing_plan_currency_mismatch")});

        plan = deskSessionPlan();
        plan.pack.credits = 0;
        QCOMPARE(codes(validateRatePlan(plan)),
                 QStringList{QStringLiteral("billing_plan_pack_invalid")});
        plan.creditValue = usd(0);
        QCOMPARE(codes(validateRatePlan(plan)),
                 QStringList{QStringLiteral("billing_plan_credit_value_invalid")});
    }

    void everyPlanCodeHasEnglishText()
    {
        for (const char *code :
             {"billing_plan_credit_value_invalid", "billing_plan_currency_mismatch",
              "billing_plan_price_not_whole_credits", "billing_plan_tiers_invalid",
              "billing_plan_prefix_invalid", "billing_plan_pack_invalid"}) {
            const QString text = RuleError{QString::fromLatin1(code), {}}.message();
            QVERIFY2(text != QLatin1String(code) && text.size() > 15, code);
        }
    }
};

QTEST_GUILESS_MAIN(RateTableTest)
#include "tst_ratetable.moc"
