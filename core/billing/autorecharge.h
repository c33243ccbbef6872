#pragma once

#include "core/domain/credits.h"
#include "core/rules/ruleerror.h"

namespace parley {

// R8.3: what an auto-recharge does when the balance falls to the minimum.
//
// Decision: recharge when the balance is AT or BELOW the minimum ("falls to it"), and add as many
// whole top-ups of creditsToAdd as it takes to get the balance strictly ABOVE the minimum again —
// one top-up in the usual case, more after a charge bigger than a top-up. Each top-up is one
// payment of creditsToAdd, so the ledger shows the same amount the admin configured.
struct AutoRechargeDecision {
    qint64 topUps = 0;
    Credits credits = 0; // topUps × creditsToAdd

    bool recharge() const { return topUps > 0; }
};

// Disabled settings or creditsToAdd ≤ 0 never recharge.
AutoRechargeDecision decideAutoRecharge(const AutoRechargeSettings &settings, Credits balance);

// credits_autorecharge_amount_invalid (enabled with creditsToAdd ≤ 0),
// credits_autorecharge_minimum_invalid (minimumBalance < 0).
RuleErrors validateAutoRecharge(const AutoRechargeSettings &settings);

// R8.4: may a message costing `cost` be sent from `balance`?
enum class SpendOutcome { Ok, OkAfterRecharge, Insufficient };

struct SpendCheck {
    SpendOutcome outcome = SpendOutcome::Ok;
    // OkAfterRecharge: the credits to add before charging, decided as above for the balance the
    // charge would leave, so the final balance is the same as charging first and recharging after.
    Credits rechargeCredits = 0;
    RuleErrors errors; // credits_insufficient {balance, cost} (the hub answers 402)
};

// Ok when balance ≥ cost (the balance may reach exactly 0; the caller then runs
// decideAutoRecharge on what is left); OkAfterRecharge when short but auto-recharge covers it;
// Insufficient otherwise.
SpendCheck checkSpend(Credits balance, Credits cost, const AutoRechargeSettings &settings);

} // namespace parley
