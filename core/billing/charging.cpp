#include "core/billing/charging.h"

#include "core/billing/days.h"
#include "core/domain/enumnames.h"

#include <QDate>

namespace parley {
namespace {

const EnumNames<ChargeReason> chargeReasons = {{ChargeReason::FreeAllowance, "free_allowance"},
                                               {ChargeReason::FreeByMeta, "free_by_meta"},
                                               {ChargeReason::SessionRate, "session_rate"},
                                               {ChargeReason::TemplateRate, "template_rate"}};

bool withinAllowance(const RatePlan &plan, const ChargeInput &message)
{
    if (!message.customerInitiated)
        return false;
    if (plan.freeCustomerConversationsPerMonth == RatePlan::unlimited)
        return true;
    return message.customerConversationOrdinal > 0 &&
           message.customerConversationOrdinal <= plan.freeCustomerConversationsPerMonth;
}

Charge freeCharge(const RatePlan &plan, ChargeReason reason, const MonthlyUsage &usage)
{
    Charge charge;
    charge.money = {plan.currency, 0};
    charge.sessionPart = charge.money;
    charge.countryPart = charge.money;
    charge.reason = reason;
    charge.usageAfter = usage;
    return charge;
}

} // namespace

MonthKey monthKeyOf(TimestampMs at)
{
    // Floor division, so that instants before 1970 still land in the right day.
    const qint64 days = at / msPerDay - ((at % msPerDay) < 0 ? 1 : 0);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    return date.year() * 12 + (date.month() - 1);
}

MonthlyUsage usageForMonth(const MonthlyUsage &usage, TimestampMs at)
{
    const MonthKey month = monthKeyOf(at);
    if (usage.month == month)
        return usage;
    MonthlyUsage fresh;
    fresh.month = month;
    return fresh;
}

MonthlyUsage countCustomerConversation(const MonthlyUsage &usage, TimestampMs at)
{
    MonthlyUsage counted = usageForMonth(usage, at);
    ++counted.customerConversations;
    return counted;
}

bool MetaPricing::isFree() const
{
    if (!type.isEmpty())
        return type.startsWith(QLatin1String("free"));
    return billable.has_value() && !*billable;
}

QString chargeReasonName(ChargeReason reason)
{
    return enumName(chargeReasons, reason);
}

Charge chargeMessage(const RatePlan &plan, const ChargeInput &message, const MonthlyUsage &usage)
{
    const MonthlyUsage current = usageForMonth(usage, message.at);
    if (withinAllowance(plan, message))
        return freeCharge(plan, ChargeReason::FreeAllowance, current);
    if (message.metaPricing && message.metaPricing->isFree())
        return freeCharge(plan, ChargeReason::FreeByMeta, current);

    Charge charge;
    charge.messageNumberInMonth = current.chargedMessages + 1;
    charge.sessionPart = sessionMessagePrice(plan, charge.messageNumberInMonth);
    charge.countryPart = {plan.currency, 0};

    PricingCategory category = message.templateCategory;
    bool priceCountry = message.kind == OutboundKind::Template;
    if (message.metaPricing &&
        pricingCategoryFromMetaName(message.metaPricing->category, &category))
        priceCountry = true;
    if (priceCountry) {
        const CountryRate &countryRate = countryRateFor(plan, message.destination);
        charge.countryPart = countryRate.price(category);
        charge.matchedPrefix = countryRate.prefix;
        charge.category = category;
    }
    charge.reason = message.kind == OutboundKind::Template ? ChargeReason::TemplateRate
                                                           : ChargeReason::SessionRate;
    charge.money = charge.sessionPart + charge.countryPart;
    charge.credits = creditsFor(plan, charge.money);
    charge.usageAfter = current;
    ++charge.usageAfter.chargedMessages;
    return charge;
}

} // namespace parley
