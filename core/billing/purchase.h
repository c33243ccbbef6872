#pragma once

#include "core/billing/money.h"
#include "core/billing/rateplan.h"
#include "core/domain/channel.h"
#include "core/domain/credits.h"
#include "core/rules/ruleerror.h"

namespace parley {

// R8.2: the admin buys whole packs of the plan ("3 IM credits", "5 points", "US$20").
// At most this many packs in one purchase: large enough for any real order, small enough that
// credits and price stay far inside 64 bits for every preset.
constexpr qint64 maxPacksPerPurchase = 1000000;

struct CreditPurchase {
    qint64 packs = 0;
    Credits credits = 0; // packs × plan.pack.credits, what the ledger adds
    Money price;         // packs × packPrice(plan), what the admin pays
};

// credits_channel_not_active {status} unless the channel's number is Connected (a number still
// pending verification, deactivated or disconnected cannot send, so credits would be stranded);
// credits_amount_invalid {amount, max} unless 1 ≤ packs ≤ maxPacksPerPurchase.
RuleErrors checkCreditPurchase(ChannelStatus channelStatus, qint64 packs);

// Assumes checkCreditPurchase passed.
CreditPurchase quoteCreditPurchase(const RatePlan &plan, qint64 packs);

} // namespace parley
