#pragma once

#include "core/billing/rateplan.h"

#include <QList>
#include <QString>

namespace parley {

// An admin's change to one price of a plan's template rate table (R8.5, issue #14 item 7). The
// table is keyed as countryRateFor() reads it: by calling code, digits only ("55", "1876"), and
// the empty prefix is the row for every other country. The price is in micro-units of the plan's
// currency (Money), the table's own unit: Meta's card is priced in hundredths of a cent.
struct RateEdit {
    QString prefix = {};
    QString category = {};  // pricingCategoryName(): marketing, utility, authentication, service
    qint64 priceMicros = 0; // the plan's currency
    QString country = {};   // the row's name; empty keeps the row's (a new row has none)
};

// A calling code has at most 3 digits, a North American area 4 ("1876"); 6 leaves room for
// finer prefixes without letting a row key grow.
inline constexpr int maxRatePrefixDigits = 6;
// Meta's dearest template is about US$0.14 today: US$10 a message is a typing slip, not a rate.
inline constexpr qint64 maxRateMicros = 10 * Money::microsPerUnit;
// About 250 calling codes exist; the table of one plan holds no more rows than that and some.
inline constexpr int maxCountryRates = 300;
inline constexpr int maxRateCountryNameLength = 64;

// Applies `edit` to `plan`'s template rates when every value is valid; otherwise leaves the plan
// unchanged and says why: billing_rate_prefix_invalid, billing_rate_category_unknown,
// billing_rate_price_invalid {max}, billing_rate_country_invalid, billing_rate_table_full {max},
// or validateRatePlan()'s billing_plan_price_not_whole_credits {price, credit}. A new prefix
// starts from the other-countries row's prices, which its numbers paid until then, so setting one
// category changes no other. `previous`, when given, receives the price before the change.
RuleErrors applyRateEdit(RatePlan *plan, const RateEdit &edit, Money *previous = nullptr);

// The plan's template rows as stored and shown: the countries, then the other-countries row.
QList<CountryRate> templateRateRows(const RatePlan &plan);
// `plan` with `rows` as its template rates; the row with an empty prefix is the other-countries
// row (the plan's own stays when `rows` has none). Every price takes the plan's currency.
RatePlan withTemplateRates(RatePlan plan, const QList<CountryRate> &rows);

} // namespace parley
