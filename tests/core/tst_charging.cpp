#include "core/billing/charging.h"

#include <QDateTime>
#include <QTest>

using namespace parley;

namespace {

TimestampMs utc(const char *iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

const TimestampMs midJanuary = utc("2025-01-15T12:00:00.000");

ChargeInput session(const QString &number, TimestampMs at = midJanuary)
{
    ChargeInput input;
    input.kind = OutboundKind::Session;
    input.destination = number;
    input.at = at;
    return input;
}

ChargeInput templateTo(const QString &number, PricingCategory category, TimestampMs at = midJanuary)
{
    ChargeInput input = session(number, at);
    input.kind = OutboundKind::Template;
    input.templateCategory = category;
    return input;
}

MetaPricing meta(const char *type, const char *category, std::optional<bool> billable = true)
{
    MetaPricing pricing;
    pricing.billable = billable;
    pricing.pricingModel = QStringLiteral("PMP");
    pricing.type = QString::fromLatin1(type);
    pricing.category = QString::fromLatin1(category);
    return pricing;
}

MonthlyUsage januaryUsage(qint64 charged)
{
    return {monthKeyOf(midJanuary), charged, 0};
}

const QString brazil = QStringLiteral("5511912345678");
const QString us = QStringLiteral("16505551234");

} // namespace

Q_DECLARE_METATYPE(MetaPricing)

class ChargingTest : public QObject {
    Q_OBJECT
private slots:
    void monthsAreUtcCalendarMonths()
    {
        const MonthKey january = monthKeyOf(utc("2025-01-31T23:59:59.999"));
        QCOMPARE(january, 2025 * 12 + 0);
        QCOMPARE(monthKeyOf(utc("2025-02-01T00:00:00.000")), january + 1);
        QCOMPARE(monthKeyOf(utc("2024-12-31T23:59:59.999")), january - 1);
        QCOMPARE(monthKeyOf(utc("2024-02-29T10:00:00.000")), 2024 * 12 + 1);
        QCOMPARE(monthKeyOf(0), 1970 * 12);
        QCOMPARE(monthKeyOf(-1), 1969 * 12 + 11);
    }

    void usageResetsOnTheFirst()
    {
        const MonthlyUsage january = januaryUsage(5000);
        QCOMPARE(usageForMonth(january, utc("2025-01-31T23:59:59.999")).chargedMessages, 5000LL);
        const MonthlyUsage february = usageForMonth(january, utc("2025-02-01T00:00:00.000"));
        QCOMPARE(february.chargedMessages, 0LL);
        QCOMPARE(february.month, january.month + 1);
        QCOMPARE(countCustomerConversation(january, midJanuary).customerConversations, 1LL);
        const MonthlyUsage twice =
            countCustomerConversation(countCustomerConversation(january, midJanuary), midJanuary);
        QCOMPARE(twice.customerConversations, 2LL);
        QCOMPARE(
            countCustomerConversation(twice, utc("2025-02-01T00:00:00.000")).customerConversations,
            1LL);
    }

    // (a): the 5,000th message of a month costs US$0.005, the 5,001st US$0.003, and the counter
    // starts again on the 1st.
    void fiveThousandthVersusNext()
    {
        const RatePlan plan = deskSessionPlan();
        Charge charge = chargeMessage(plan, session(brazil), januaryUsage(4999));
        QCOMPARE(charge.messageNumberInMonth, 5000LL);
        QCOMPARE(charge.money, usd(5000));
        QCOMPARE(charge.credits, 50LL);
        QCOMPARE(charge.reason, ChargeReason::SessionRate);
        QCOMPARE(charge.usageAfter.chargedMessages, 5000LL);

        charge = chargeMessage(plan, session(brazil), charge.usageAfter);
        QCOMPARE(charge.messageNumberInMonth, 5001LL);
        QCOMPARE(charge.money, usd(3000));
        QCOMPARE(charge.credits, 30LL);

        const TimestampMs lastInstant = utc("2025-01-31T23:59:59.999");
        charge = chargeMessage(plan, session(brazil, lastInstant), charge.usageAfter);
        QCOMPARE(charge.money, usd(3000));

        const TimestampMs firstOfFebruary = utc("2025-02-01T00:00:00.000");
        charge = chargeMessage(plan, session(brazil, firstOfFebruary), charge.usageAfter);
        QCOMPARE(charge.messageNumberInMonth, 1LL);
        QCOMPARE(charge.money, usd(5000));
        QCOMPARE(charge.usageAfter.month, monthKeyOf(firstOfFebruary));
        QCOMPARE(charge.usageAfter.chargedMessages, 1LL);
    }

    void sixThousandSessionMessagesCostTwentyEightDollars()
    {
        const RatePlan plan = deskSessionPlan();
        MonthlyUsage usage;
        Credits total = 0;
        for (int i = 0; i < 6000; ++i) {
            const Charge charge = chargeMessage(plan, session(brazil), usage);
            total += charge.credits;
            usage = charge.usageAfter;
        }
        QCOMPARE(total, 280000LL);
        QCOMPARE(moneyFor(plan, total), usd(28000000));
    }

    void templatesAddCountryRateToSessionRate_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<PricingCategory>("category");
        QTest::addColumn<qint64>("alreadyCharged");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("Brazil marketing")
            << brazil << PricingCategory::Marketing << 0LL << "55" << 67500LL; // 0.0625 + 0.005
        QTest::newRow("Brazil marketing, 2nd tier")
            << brazil << PricingCategory::Marketing << 5000LL << "55" << 65500LL;
        QTest::newRow("US utility")
            << us << PricingCategory::Utility << 0LL << "1" << 8400LL; // 0.0034 + 0.005
        QTest::newRow("Jamaica authentication")
            << "18765550000" << PricingCategory::Authentication << 0LL << "1876" << 55600LL;
        QTest::newRow("unmatched marketing")
            << "9715012345678" << PricingCategory::Marketing << 0LL << "" << 65400LL;
    }
    void templatesAddCountryRateToSessionRate()
    {
        QFETCH(QString, number);
        QFETCH(PricingCategory, category);
        QFETCH(qint64, alreadyCharged);
        QFETCH(QString, prefix);
        QFETCH(qint64, micros);
        const RatePlan plan = deskCountryPlan();
        const Charge charge =
            chargeMessage(plan, templateTo(number, category), januaryUsage(alreadyCharged));
        QCOMPARE(charge.reason, ChargeReason::TemplateRate);
        QCOMPARE(charge.matchedPrefix, prefix);
        QCOMPARE(charge.category, category);
        QCOMPARE(charge.money, usd(micros));
        QCOMPARE(charge.sessionPart + charge.countryPart, charge.money);
        QCOMPARE(charge.credits, micros / 100);
        QCOMPARE(charge.usageAfter.chargedMessages, alreadyCharged + 1);
    }

    void otherPresetsChargeTheirWay()
    {
        // (c) IM credits: Meta's country rate only; US$2 buys 20,000 credits.
        Charge charge = chargeMessage(
            imCreditPlan(), templateTo(QStringLiteral("5215512345678"), PricingCategory::Marketing),
            {});
        QCOMPARE(charge.money, usd(30500));
        QCOMPARE(charge.credits, 305LL);
        // (d) points: every message is one credit, 400 to a point.
        charge =
            chargeMessage(messagePointsPlan(), templateTo(brazil, PricingCategory::Marketing), {});
        QCOMPARE(charge.credits, 1LL);
        QCOMPARE(charge.money, usd(5000));
        charge = chargeMessage(messagePointsPlan(), session(us), januaryUsage(100000));
        QCOMPARE(charge.credits, 1LL);
    }

    // R8.1: a plan's monthly allowance of free customer-initiated conversations.
    void allowanceDecidesCustomerInitiatedCost_data()
    {
        QTest::addColumn<qint64>("allowance");
        QTest::addColumn<bool>("customerInitiated");
        QTest::addColumn<qint64>("ordinal");
        QTest::addColumn<bool>("free");
        QTest::newRow("1st of 1,000") << 1000LL << true << 1LL << true;
        QTest::newRow("1,000th of 1,000") << 1000LL << true << 1000LL << true;
        QTest::newRow("1,001st of 1,000") << 1000LL << true << 1001LL << false;
        QTest::newRow("unlimited") << RatePlan::unlimited << true << 50000LL << true;
        QTest::newRow("unlimited, ordinal unknown") << RatePlan::unlimited << true << 0LL << true;
        QTest::newRow("1,000, ordinal unknown") << 1000LL << true << 0LL << false;
        QTest::newRow("no allowance") << 0LL << true << 1LL << false;
        QTest::newRow("business-initiated") << RatePlan::unlimited << false << 1LL << false;
    }
    void allowanceDecidesCustomerInitiatedCost()
    {
        QFETCH(qint64, allowance);
        QFETCH(bool, customerInitiated);
        QFETCH(qint64, ordinal);
        QFETCH(bool, free);
        RatePlan plan = deskSessionPlan();
        plan.freeCustomerConversationsPerMonth = allowance;
        ChargeInput input = session(brazil);
        input.customerInitiated = customerInitiated;
        input.customerConversationOrdinal = ordinal;
        const Charge charge = chargeMessage(plan, input, januaryUsage(10));
        if (free) {
            QCOMPARE(charge.reason, ChargeReason::FreeAllowance);
            QCOMPARE(charge.credits, 0LL);
            QCOMPARE(charge.money, usd(0));
            QCOMPARE(charge.usageAfter.chargedMessages, 10LL); // free does not advance the tier
        } else {
            QCOMPARE(charge.reason, ChargeReason::SessionRate);
            QCOMPARE(charge.credits, 50LL);
            QCOMPARE(charge.usageAfter.chargedMessages, 11LL);
        }
    }

    void metaPricingDecidesWhenPresent_data()
    {
        QTest::addColumn<MetaPricing>("pricing");
        QTest::addColumn<int>("kind");
        QTest::addColumn<ChargeReason>("reason");
        QTest::addColumn<qint64>("micros");
        const int sessionKind = int(OutboundKind::Session);
        const int templateKind = int(OutboundKind::Template);
        QTest::newRow("free customer service") << meta("free_customer_service", "service")
                                               << sessionKind << ChargeReason::FreeByMeta << 0LL;
        QTest::newRow("free entry point") << meta("free_entry_point", "marketing") << templateKind
                                          << ChargeReason::FreeByMeta << 0LL;
        QTest::newRow("free group") << meta("free_group_customer_service", "group_service")
                                    << sessionKind << ChargeReason::FreeByMeta << 0LL;
        QTest::newRow("CBP not billable, no type")
            << meta("", "service", false) << sessionKind << ChargeReason::FreeByMeta << 0LL;
        QTest::newRow("CBP billable, no type")
            << meta("", "marketing", true) << templateKind << ChargeReason::TemplateRate << 67500LL;
        // A utility template inside the window, billed by Meta as utility: the category wins
        // over the template's own (marketing).
        QTest::newRow("regular utility on marketing template")
            << meta("regular", "utility") << templateKind << ChargeReason::TemplateRate
            << 11800LL; // 0.0068 + 0.005
        QTest::newRow("regular marketing_lite") << meta("regular", "marketing_lite") << templateKind
                                                << ChargeReason::TemplateRate << 67500LL;
        // Billable service message (after the free tier): service rate (0) + session rate.
        QTest::newRow("regular service on session")
            << meta("regular", "service") << sessionKind << ChargeReason::SessionRate << 5000LL;
        QTest::newRow("regular utility on session")
            << meta("regular", "utility") << sessionKind << ChargeReason::SessionRate << 11800LL;
        // `type` decides over the deprecated `billable`.
        QTest::newRow("type regular beats billable false")
            << meta("regular", "marketing", false) << templateKind << ChargeReason::TemplateRate
            << 67500LL;
        QTest::newRow("unknown category keeps template's own")
            << meta("regular", "referral_conversion") << templateKind << ChargeReason::TemplateRate
            << 67500LL;
    }
    void metaPricingDecidesWhenPresent()
    {
        QFETCH(MetaPricing, pricing);
        QFETCH(int, kind);
        QFETCH(ChargeReason, reason);
        QFETCH(qint64, micros);
        ChargeInput input = kind == int(OutboundKind::Template)
                                ? templateTo(brazil, PricingCategory::Marketing)
                                : session(brazil);
        input.metaPricing = pricing;
        const Charge charge = chargeMessage(deskCountryPlan(), input, januaryUsage(0));
        QCOMPARE(charge.reason, reason);
        QCOMPARE(charge.money, usd(micros));
        QCOMPARE(charge.credits, micros / 100);
        QCOMPARE(charge.usageAfter.chargedMessages, micros > 0 ? 1LL : 0LL);
    }

    void allowanceComesBeforeMeta()
    {
        RatePlan plan = deskCountryPlan();
        plan.freeCustomerConversationsPerMonth = 1000;
        ChargeInput input = session(brazil);
        input.customerInitiated = true;
        input.customerConversationOrdinal = 3;
        input.metaPricing = meta("regular", "service");
        QCOMPARE(chargeMessage(plan, input, {}).reason, ChargeReason::FreeAllowance);
    }

    void reasonNames()
    {
        QCOMPARE(chargeReasonName(ChargeReason::FreeAllowance), QStringLiteral("free_allowance"));
        QCOMPARE(chargeReasonName(ChargeReason::FreeByMeta), QStringLiteral("free_by_meta"));
        QCOMPARE(chargeReasonName(ChargeReason::SessionRate), QStringLiteral("session_rate"));
        QCOMPARE(chargeReasonName(ChargeReason::TemplateRate), QStringLiteral("template_rate"));
    }
};

QTEST_GUILESS_MAIN(ChargingTest)
#include "tst_charging.moc"
