#include "core/billing/rateplan.h"

#include "core/domain/enumnames.h"

#include <QSet>

namespace parley {
namespace {

const EnumNames<PricingCategory> pricingCategories = {
    {PricingCategory::Marketing, "marketing"},
    {PricingCategory::Utility, "utility"},
    {PricingCategory::Authentication, "authentication"},
    {PricingCategory::Service, "service"}};

// Meta's spellings, the group_* and _lite variants included (whatsapp-cloud-api.md §2.2).
const EnumNames<PricingCategory> metaCategories = {
    {PricingCategory::Marketing, "marketing"},
    {PricingCategory::Marketing, "marketing_lite"},
    {PricingCategory::Marketing, "group_marketing"},
    {PricingCategory::Utility, "utility"},
    {PricingCategory::Utility, "group_utility"},
    {PricingCategory::Authentication, "authentication"},
    {PricingCategory::Authentication, "authentication-international"},
    {PricingCategory::Authentication, "authentication_international"},
    {PricingCategory::Service, "service"},
    {PricingCategory::Service, "group_service"}};

// A hundredth of a US cent: the finest step of Meta's rate card (US$0.0625, US$0.0034).
constexpr qint64 metaCardCreditMicros = 100;

CountryRate rate(const char *prefix, const char *country, qint64 marketing, qint64 utility,
                 qint64 authentication)
{
    return {QString::fromLatin1(prefix),
            QString::fromLatin1(country),
            usd(marketing),
            usd(utility),
            usd(authentication),
            usd(0)};
}

// Illustrative, in the shape of Meta's per-message card (micro-dollars). The names are what the
// hub stores; the desktop shows them in the admin's language (rateCountryText(), context
// "RateCountry"), so a renamed row shows as the admin wrote it.
QList<CountryRate> metaStyleCountryRates()
{
    return {
        rate("1", QT_TRANSLATE_NOOP("RateCountry", "United States and Canada"), 25000, 3400, 13500),
        rate("1876", QT_TRANSLATE_NOOP("RateCountry", "Jamaica"), 74000, 11300, 50600),
        rate("44", QT_TRANSLATE_NOOP("RateCountry", "United Kingdom"), 52900, 22000, 35800),
        rate("49", QT_TRANSLATE_NOOP("RateCountry", "Germany"), 136500, 55000, 76800),
        rate("52", QT_TRANSLATE_NOOP("RateCountry", "Mexico"), 30500, 8500, 23900),
        rate("55", QT_TRANSLATE_NOOP("RateCountry", "Brazil"), 62500, 6800, 6800),
        rate("81", QT_TRANSLATE_NOOP("RateCountry", "Japan"), 73200, 11300, 44000),
        rate("86", QT_TRANSLATE_NOOP("RateCountry", "China"), 73200, 11300, 44000),
        rate("91", QT_TRANSLATE_NOOP("RateCountry", "India"), 10700, 1400, 1400)};
}

CountryRate metaStyleDefaultRate()
{
    return rate("", "Other countries", 60400, 7700, 42400);
}

QList<SessionTier> deskSessionTiers()
{
    return {{5000, usd(5000)}, {0, usd(3000)}};
}

bool priceIsValid(const RatePlan &plan, const Money &price, RuleErrors *errors)
{
    if (price.currency != plan.currency) {
        *errors << RuleError{QStringLiteral("billing_plan_currency_mismatch"),
                             {{QStringLiteral("price"), moneyText(price)},
                              {QStringLiteral("currency"), plan.currency}}};
        return false;
    }
    if (price.micros < 0 || price.micros % plan.creditValue.micros != 0) {
        *errors << RuleError{QStringLiteral("billing_plan_price_not_whole_credits"),
                             {{QStringLiteral("price"), moneyText(price)},
                              {QStringLiteral("credit"), moneyText(plan.creditValue)}}};
        return false;
    }
    return true;
}

bool tiersAreValid(const QList<SessionTier> &tiers)
{
    if (tiers.isEmpty() || tiers.last().upToMessage != 0)
        return false;
    qint64 previous = 0;
    for (qsizetype i = 0; i + 1 < tiers.size(); ++i) {
        if (tiers.at(i).upToMessage <= previous)
            return false;
        previous = tiers.at(i).upToMessage;
    }
    return true;
}

bool isDigits(const QString &text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

QString pricingCategoryName(PricingCategory category)
{
    return enumName(pricingCategories, category);
}

bool pricingCategoryFromName(const QString &name, PricingCategory *category)
{
    return enumFromName(pricingCategories, name, category);
}

bool pricingCategoryFromMetaName(const QString &metaName, PricingCategory *category)
{
    return enumFromName(metaCategories, metaName.trimmed().toLower(), category);
}

Money CountryRate::price(PricingCategory category) const
{
    switch (category) {
    case PricingCategory::Marketing:
        return marketing;
    case PricingCategory::Utility:
        return utility;
    case PricingCategory::Authentication:
        return authentication;
    case PricingCategory::Service:
        return service;
    }
    return service;
}

void CountryRate::setPrice(PricingCategory category, const Money &price)
{
    switch (category) {
    case PricingCategory::Marketing:
        marketing = price;
        return;
    case PricingCategory::Utility:
        utility = price;
        return;
    case PricingCategory::Authentication:
        authentication = price;
        return;
    case PricingCategory::Service:
        service = price;
        return;
    }
}

RatePlan deskSessionPlan()
{
    RatePlan plan;
    plan.id = QStringLiteral("desk_session");
    plan.name = QStringLiteral("Session messages: US$0.005 for the first 5,000 a month, "
                               "US$0.003 after");
    plan.currency = QStringLiteral("USD");
    plan.creditValue = usd(metaCardCreditMicros);
    plan.pack = {QStringLiteral("US$1"), 10000};
    plan.sessionTiers = deskSessionTiers();
    plan.defaultTemplateRate = rate("", "Other countries", 0, 0, 0);
    plan.freeCustomerConversationsPerMonth = 0; // every session message is charged
    return plan;
}

RatePlan deskCountryPlan()
{
    RatePlan plan = deskSessionPlan();
    plan.id = QStringLiteral("desk_country");
    plan.name = QStringLiteral("Templates by destination country plus the session rate");
    plan.templateRates = metaStyleCountryRates();
    plan.defaultTemplateRate = metaStyleDefaultRate();
    return plan;
}

RatePlan imCreditPlan()
{
    RatePlan plan;
    plan.id = QStringLiteral("im_credit");
    plan.name = QStringLiteral("IM credits at US$2, Meta's rates deducted per message");
    plan.currency = QStringLiteral("USD");
    plan.creditValue = usd(metaCardCreditMicros);
    plan.pack = {QStringLiteral("IM credit"), 2000000 / metaCardCreditMicros};
    plan.sessionTiers = {{0, usd(0)}};
    plan.templateRates = metaStyleCountryRates();
    plan.defaultTemplateRate = metaStyleDefaultRate();
    plan.freeCustomerConversationsPerMonth = 1000; // R8.1's small-business allowance
    return plan;
}

RatePlan messagePointsPlan()
{
    RatePlan plan;
    plan.id = QStringLiteral("message_points");
    plan.name = QStringLiteral("US$0.005 per message, 400 messages per point");
    plan.currency = QStringLiteral("USD");
    plan.creditValue = usd(5000); // one credit is one message
    plan.pack = {QStringLiteral("point"), 400};
    plan.sessionTiers = {{0, usd(5000)}};
    plan.defaultTemplateRate = rate("", "Other countries", 0, 0, 0);
    plan.freeCustomerConversationsPerMonth = 0;
    return plan;
}

QList<RatePlan> presetRatePlans()
{
    return {deskSessionPlan(), deskCountryPlan(), imCreditPlan(), messagePointsPlan()};
}

std::optional<RatePlan> presetPlan(const QString &id)
{
    for (const RatePlan &plan : presetRatePlans()) {
        if (plan.id == id)
            return plan;
    }
    return std::nullopt;
}

Money sessionMessagePrice(const RatePlan &plan, qint64 messageNumber)
{
    for (const SessionTier &tier : plan.sessionTiers) {
        if (tier.upToMessage == 0 || messageNumber <= tier.upToMessage)
            return tier.price;
    }
    return {plan.currency, 0};
}

Money sessionMessagesCost(const RatePlan &plan, qint64 count)
{
    Money total{plan.currency, 0};
    qint64 priced = 0;
    for (const SessionTier &tier : plan.sessionTiers) {
        if (priced >= count)
            break;
        const qint64 upTo = tier.upToMessage == 0 ? count : qMin(count, tier.upToMessage);
        if (upTo > priced) {
            total = total + tier.price * (upTo - priced);
            priced = upTo;
        }
    }
    return total;
}

const CountryRate &countryRateFor(const RatePlan &plan, const QString &number)
{
    QString digits;
    for (QChar c : number) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    const CountryRate *best = &plan.defaultTemplateRate;
    qsizetype bestLength = 0;
    for (const CountryRate &candidate : plan.templateRates) {
        if (candidate.prefix.size() > bestLength && !candidate.prefix.isEmpty() &&
            digits.startsWith(candidate.prefix)) {
            best = &candidate;
            bestLength = candidate.prefix.size();
        }
    }
    return *best;
}

Credits creditsFor(const RatePlan &plan, const Money &price)
{
    Q_ASSERT(plan.creditValue.micros > 0);
    const qint64 unit = plan.creditValue.micros;
    if (price.micros <= 0)
        return 0;
    return price.micros / unit + (price.micros % unit != 0 ? 1 : 0);
}

Money moneyFor(const RatePlan &plan, Credits credits)
{
    return plan.creditValue * credits;
}

Money packPrice(const RatePlan &plan)
{
    return moneyFor(plan, plan.pack.credits);
}

RuleErrors validateRatePlan(const RatePlan &plan)
{
    RuleErrors errors;
    if (plan.creditValue.micros <= 0 || plan.creditValue.currency != plan.currency)
        return {RuleError{QStringLiteral("billing_plan_credit_value_invalid"), {}}};
    if (plan.pack.credits <= 0)
        errors << RuleError{QStringLiteral("billing_plan_pack_invalid"), {}};
    if (!tiersAreValid(plan.sessionTiers))
        errors << RuleError{QStringLiteral("billing_plan_tiers_invalid"), {}};
    for (const SessionTier &tier : plan.sessionTiers)
        priceIsValid(plan, tier.price, &errors);
    QSet<QString> prefixes;
    QList<CountryRate> rates = plan.templateRates;
    rates << plan.defaultTemplateRate;
    for (const CountryRate &countryRate : rates) {
        const bool isDefault = &countryRate == &rates.last();
        if (!isDefault && (!isDigits(countryRate.prefix) || prefixes.contains(countryRate.prefix)))
            errors << RuleError{QStringLiteral("billing_plan_prefix_invalid"),
                                {{QStringLiteral("prefix"), countryRate.prefix}}};
        prefixes.insert(countryRate.prefix);
        for (PricingCategory category : allPricingCategories)
            priceIsValid(plan, countryRate.price(category), &errors);
    }
    return errors;
}

} // namespace parley
