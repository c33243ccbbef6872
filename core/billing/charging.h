#pragma once

#include "core/billing/rateplan.h"
#include "core/domain/credits.h"
#include "core/domain/ids.h"

#include <QString>

#include <optional>

namespace parley {

// Months are calendar months in UTC: the session counter and the free allowance restart at
// 00:00:00.000 UTC on the 1st, the same instant for the hub and every desktop.
using MonthKey = int; // year * 12 + (month - 1)
MonthKey monthKeyOf(TimestampMs at);

// The account's counters for one month.
struct MonthlyUsage {
    MonthKey month = 0;
    qint64 chargedMessages = 0;       // messages charged so far; sets the session tier
    qint64 customerConversations = 0; // customer-initiated conversations opened so far
};

// `usage` if it belongs to the month of `at`, otherwise that month's empty counters.
MonthlyUsage usageForMonth(const MonthlyUsage &usage, TimestampMs at);
// A customer opened a conversation at `at`; its ordinal is the result's customerConversations.
MonthlyUsage countCustomerConversation(const MonthlyUsage &usage, TimestampMs at);

// Meta's `pricing` object of a status webhook (whatsapp-cloud-api.md §2.2). Field absent: empty
// string / nullopt.
struct MetaPricing {
    std::optional<bool> billable; // deprecated by Meta; only decides when `type` is absent
    QString pricingModel;         // "CBP" | "PMP"
    QString type;                 // "regular" | "free_customer_service" | "free_entry_point" | ...
    QString category;             // "marketing", "utility", "service", ...

    // Meta does not charge: type free_* or, without a type (CBP era), billable false.
    bool isFree() const;
};

enum class OutboundKind { Session, Template };

struct ChargeInput {
    OutboundKind kind = OutboundKind::Session;
    PricingCategory templateCategory = PricingCategory::Marketing; // Template only
    QString destination; // the customer's number, E.164 digits
    bool customerInitiated = false;
    // For a customer-initiated conversation: its ordinal in the month it opened (1 = first), from
    // countCustomerConversation. The allowance is judged by the month the conversation opened.
    // 0 (unknown) is free only under an unlimited allowance.
    qint64 customerConversationOrdinal = 0;
    TimestampMs at = 0;                     // when the message is sent
    std::optional<MetaPricing> metaPricing; // from a status webhook, when the hub has it
};

enum class ChargeReason {
    FreeAllowance, // customer-initiated conversation within the plan's monthly allowance
    FreeByMeta,    // Meta's pricing says free
    SessionRate,   // session tier price (+ Meta category rate when Meta said billable)
    TemplateRate   // session tier price + destination country rate for the category
};

QString chargeReasonName(ChargeReason reason); // "free_allowance", "free_by_meta", ...

struct Charge {
    Credits credits = 0;
    Money money;
    ChargeReason reason = ChargeReason::SessionRate;
    Money sessionPart; // the tier price for this message's number in the month
    Money countryPart; // the country rate, 0 for plain session messages
    PricingCategory category = PricingCategory::Service; // the category priced, if any
    QString matchedPrefix;           // country prefix used; empty: default rate or none
    qint64 messageNumberInMonth = 0; // 0 when free
    MonthlyUsage usageAfter;         // store this: chargedMessages advanced when charged
};

// The charge for one business message, in this order:
// 1. customer-initiated and the conversation's ordinal within the plan's free allowance → free;
// 2. Meta's pricing present and free → free;
// 3. otherwise the session tier price, plus the destination's country rate for the category —
//    Meta's category when its billable pricing names one, else the template's own category for a
//    template; a plain session message without billable Meta pricing has no country part.
// Free messages do not advance the session counter.
Charge chargeMessage(const RatePlan &plan, const ChargeInput &message, const MonthlyUsage &usage);

} // namespace parley
