// Every billing, credits and trial code has English text whose placeholders the producing
// function fills.
#include "core/billing/autorecharge.h"
#include "core/billing/purchase.h"
#include "core/billing/rateedit.h"
#include "core/billing/rateplan.h"
#include "core/billing/trial.h"

#include <QTest>

using namespace parley;

class BillingMessagesTest : public QObject {
    Q_OBJECT
private slots:
    void everyCodeHasText_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"credits_insufficient",
                                 "credits_channel_not_active",
                                 "credits_amount_invalid",
                                 "credits_autorecharge_amount_invalid",
                                 "credits_autorecharge_minimum_invalid",
                                 "trial_recipient_limit",
                                 "trial_conversation_limit",
                                 "trial_expired",
                                 "trial_expanded_limit",
                                 "billing_plan_credit_value_invalid",
                                 "billing_plan_currency_mismatch",
                                 "billing_plan_price_not_whole_credits",
                                 "billing_plan_tiers_invalid",
                                 "billing_plan_prefix_invalid",
                                 "billing_plan_pack_invalid",
                                 "billing_rate_prefix_invalid",
                                 "billing_rate_category_unknown",
                                 "billing_rate_price_invalid",
                                 "billing_rate_country_invalid",
                                 "billing_rate_table_full"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void everyCodeHasText()
    {
        QFETCH(QString, code);
        const QString text = RuleError{code, {}}.message();
        QVERIFY(text != code);
        QVERIFY(text.endsWith(QLatin1Char('.')));
    }

    void producedErrorsFillEveryPlaceholder()
    {
        RuleErrors produced;
        produced << checkSpend(1, 2, {}).errors;
        produced << checkCreditPurchase(ChannelStatus::Disconnected, 0);
        AutoRechargeSettings broken;
        broken.enabled = true;
        broken.minimumBalance = -1;
        produced << validateAutoRecharge(broken);

        TrialUsage usage;
        usage.businessRecipients = {QStringLiteral("1"), QStringLiteral("2")};
        produced << checkTrialSend({}, usage, QStringLiteral("3"), 0);
        produced << checkTrialSend({}, usage, QStringLiteral("3"), 31LL * 24 * 3600 * 1000);
        usage = recordCustomerMessage(usage, QStringLiteral("4"), 0);
        TrialPolicy noConversations;
        noConversations.maxCustomerConversations = 0;
        noConversations.expandedCustomerMessages = 0;
        produced << checkTrialSend(noConversations, usage, QStringLiteral("4"), 1);
        usage.businessVerified = true;
        produced << checkTrialSend(noConversations, usage, QStringLiteral("4"), 1);

        RatePlan plan = deskCountryPlan();
        plan.sessionTiers = {{0, Money{QStringLiteral("EUR"), 1}}, {1, usd(1)}};
        plan.templateRates << CountryRate{QStringLiteral("x"), {}, usd(0), usd(0), usd(0), usd(0)};
        plan.pack.credits = 0;
        produced << validateRatePlan(plan);
        plan.creditValue = usd(0);
        produced << validateRatePlan(plan);

        RatePlan edited = deskCountryPlan();
        produced << applyRateEdit(&edited, {QStringLiteral("0"), QStringLiteral("promo"), -1,
                                            QString(maxRateCountryNameLength + 1, u'x')});
        while (edited.templateRates.size() < maxCountryRates)
            edited.templateRates << CountryRate{QString::number(200 + edited.templateRates.size()),
                                                {},
                                                usd(0),
                                                usd(0),
                                                usd(0),
                                                usd(0)};
        produced << applyRateEdit(&edited,
                                  {QStringLiteral("999999"), QStringLiteral("utility"), 0});

        QSet<QString> seen;
        for (const RuleError &error : produced) {
            seen.insert(error.code);
            const QString text = error.message();
            QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text));
        }
        QCOMPARE(seen.size(), 20);
    }
};

QTEST_GUILESS_MAIN(BillingMessagesTest)
#include "tst_billingmessages.moc"
