#include "core/billing/rateedit.h"

namespace parley {
namespace {

bool isRatePrefix(const QString &prefix)
{
    if (prefix.isEmpty())
        return true; // the other-countries row
    if (prefix.size() > maxRatePrefixDigits || prefix.front() == QLatin1Char('0'))
        return false;
    for (QChar c : prefix) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// A name for the admin screen: printable, one line, not blank, not endless.
bool isRateCountryName(const QString &name)
{
    if (name.size() > maxRateCountryNameLength)
        return false;
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

} // namespace

RuleErrors applyRateEdit(RatePlan *plan, const RateEdit &edit, Money *previous)
{
    RuleErrors errors;
    if (!isRatePrefix(edit.prefix))
        errors << RuleError{QStringLiteral("billing_rate_prefix_invalid"),
                            {{QStringLiteral("max"), maxRatePrefixDigits}}};
    PricingCategory category = PricingCategory::Marketing;
    if (!pricingCategoryFromName(edit.category, &category))
        errors << RuleError{QStringLiteral("billing_rate_category_unknown"), {}};
    if (edit.priceMicros < 0 || edit.priceMicros > maxRateMicros)
        errors << RuleError{QStringLiteral("billing_rate_price_invalid"),
                            {{QStringLiteral("max"), moneyText({plan->currency, maxRateMicros})}}};
    const QString country = edit.country.trimmed();
    if (!isRateCountryName(country))
        errors << RuleError{QStringLiteral("billing_rate_country_invalid"),
                            {{QStringLiteral("max"), maxRateCountryNameLength}}};
    if (!errors.isEmpty())
        return errors;

    RatePlan changed = *plan;
    CountryRate *row = edit.prefix.isEmpty() ? &changed.defaultTemplateRate : nullptr;
    for (CountryRate &candidate : changed.templateRates) {
        if (candidate.prefix == edit.prefix)
            row = &candidate;
    }
    if (!row) {
        if (changed.templateRates.size() >= maxCountryRates)
            return {RuleError{QStringLiteral("billing_rate_table_full"),
                              {{QStringLiteral("max"), maxCountryRates}}}};
        CountryRate added = changed.defaultTemplateRate;
        added.prefix = edit.prefix;
        added.country.clear();
        changed.templateRates.append(added);
        row = &changed.templateRates.last();
    }
    const Money before = row->price(category);
    row->setPrice(category, Money{changed.currency, edit.priceMicros});
    if (!country.isEmpty())
        row->country = country;
    errors = validateRatePlan(changed);
    if (!errors.isEmpty())
        return errors;
    if (previous)
        *previous = before;
    *plan = changed;
    return {};
}

QList<CountryRate> templateRateRows(const RatePlan &plan)
{
    QList<CountryRate> rows = plan.templateRates;
    rows.append(plan.defaultTemplateRate);
    return rows;
}

RatePlan withTemplateRates(RatePlan plan, const QList<CountryRate> &rows)
{
    plan.templateRates.clear();
    for (CountryRate row : rows) {
        for (PricingCategory category : allPricingCategories)
            row.setPrice(category, Money{plan.currency, row.price(category).micros});
        if (row.prefix.isEmpty())
            plan.defaultTemplateRate = row;
        else
            plan.templateRates.append(row);
    }
    return plan;
}

} // namespace parley
