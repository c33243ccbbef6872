#pragma once

#include "core/billing/money.h"
#include "core/domain/credits.h"
#include "core/rules/ruleerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace parley {

// Meta's template categories as billing sees them (whatsapp-cloud-api.md §2.2): marketing_lite and
// group_marketing price as Marketing, authentication-international as Authentication, and so on.
enum class PricingCategory { Marketing, Utility, Authentication, Service };
// Every category, in the order the rate table stores, sends and shows a row's prices.
inline constexpr PricingCategory allPricingCategories[] = {
    PricingCategory::Marketing, PricingCategory::Utility, PricingCategory::Authentication,
    PricingCategory::Service};

QString pricingCategoryName(PricingCategory category);
// Parley's own spelling, as pricingCategoryName() writes it; false for anything else.
bool pricingCategoryFromName(const QString &name, PricingCategory *category);
// Meta's `pricing.category` / `conversation.origin.type` spellings; false for anything else
// (referral_conversion among them: it only occurs inside a free entry point).
bool pricingCategoryFromMetaName(const QString &metaName, PricingCategory *category);

// One step of the monthly session-message price: messages numbered up to `upToMessage` (counting
// from 1 each month) cost `price`; upToMessage 0 means "and every message after".
struct SessionTier {
    qint64 upToMessage = 0;
    Money price;
};

// What a template message costs to numbers starting with `prefix` (country calling code, digits
// only), per category. The longest matching prefix wins, so "1876" (Jamaica) beats "1".
struct CountryRate {
    QString prefix;
    QString country; // for the admin screen
    Money marketing;
    Money utility;
    Money authentication;
    Money service;

    Money price(PricingCategory category) const;
    void setPrice(PricingCategory category, const Money &price);
};

// Credits are sold in packs: what the admin buys as "1 IM credit" or "1 point".
struct CreditPack {
    QString name; // "IM credit", "point", "US$1"
    Credits credits = 1;
};

// A price plan (R8.5). Every money amount is in `currency`.
//
// A business message costs: the session tier price for its number in the month (every charged
// message, session or template, counts), plus for a template the destination's country rate for
// its category. Customer-initiated conversations are free up to the monthly allowance (R8.1).
struct RatePlan {
    static constexpr qint64 unlimited = -1;

    QString id;   // stable, stored with the account: "desk_session", ...
    QString name; // English; the admin screen shows it
    QString currency;
    Money creditValue; // what one credit is worth; every price must be a whole number of them
    CreditPack pack;
    QList<SessionTier> sessionTiers; // ascending; the last has upToMessage 0
    QList<CountryRate> templateRates;
    CountryRate defaultTemplateRate; // numbers no prefix matches; its prefix is empty
    // First N customer-initiated conversations each calendar month are free; `unlimited` makes
    // them all free, 0 none.
    qint64 freeCustomerConversationsPerMonth = unlimited;
};

// The four plans of R8.5 as presets. Template country rates are illustrative figures in the shape
// of Meta's rate card (per category, per calling code); admins edit them to today's card.
RatePlan deskSessionPlan();   // (a) US$0.005 for the first 5,000 a month, US$0.003 after
RatePlan deskCountryPlan();   // (b) country template rate + (a)'s session rate
RatePlan imCreditPlan();      // (c) US$2 per IM credit, Meta's rates deducted from it
RatePlan messagePointsPlan(); // (d) US$0.005 per message, 400 messages per point
QList<RatePlan> presetRatePlans();
// The preset `id` names; nullopt for any other id.
std::optional<RatePlan> presetPlan(const QString &id);

// The session price of the `messageNumber`-th charged message of a month (1-based).
Money sessionMessagePrice(const RatePlan &plan, qint64 messageNumber);
// The session price of the month's first `count` charged messages, in O(tiers).
Money sessionMessagesCost(const RatePlan &plan, qint64 count);
// The rate for `number` (digits; a leading '+' and separators are ignored): longest prefix match,
// else the default.
const CountryRate &countryRateFor(const RatePlan &plan, const QString &number);
// Money → credits, rounded up: a plan whose prices validate never rounds; a misconfigured one
// overcharges by less than one credit rather than giving messages away.
Credits creditsFor(const RatePlan &plan, const Money &price);
Money moneyFor(const RatePlan &plan, Credits credits);
Money packPrice(const RatePlan &plan);

// billing_plan_credit_value_invalid, billing_plan_currency_mismatch {price},
// billing_plan_price_not_whole_credits {price, credit}, billing_plan_tiers_invalid,
// billing_plan_prefix_invalid {prefix}, billing_plan_pack_invalid.
RuleErrors validateRatePlan(const RatePlan &plan);

} // namespace parley
