#include "core/billing/autorecharge.h"

namespace parley {

AutoRechargeDecision decideAutoRecharge(const AutoRechargeSettings &settings, Credits balance)
{
    AutoRechargeDecision decision;
    if (!settings.enabled || settings.creditsToAdd <= 0 || balance > settings.minimumBalance)
        return decision;
    // The fewest top-ups n with balance + n × creditsToAdd > minimumBalance.
    decision.topUps = (settings.minimumBalance - balance) / settings.creditsToAdd + 1;
    decision.credits = decision.topUps * settings.creditsToAdd;
    return decision;
}

RuleErrors validateAutoRecharge(const AutoRechargeSettings &settings)
{
    RuleErrors errors;
    if (settings.enabled && settings.creditsToAdd <= 0)
        errors << RuleError{QStringLiteral("credits_autorecharge_amount_invalid"), {}};
    if (settings.minimumBalance < 0)
        errors << RuleError{QStringLiteral("credits_autorecharge_minimum_invalid"), {}};
    return errors;
}

SpendCheck checkSpend(Credits balance, Credits cost, const AutoRechargeSettings &settings)
{
    SpendCheck check;
    if (cost <= balance)
        return check;
    const AutoRechargeDecision recharge = decideAutoRecharge(settings, balance - cost);
    if (recharge.recharge() && balance + recharge.credits >= cost) {
        check.outcome = SpendOutcome::OkAfterRecharge;
        check.rechargeCredits = recharge.credits;
        return check;
    }
    check.outcome = SpendOutcome::Insufficient;
    check.errors << RuleError{
        QStringLiteral("credits_insufficient"),
        {{QStringLiteral("balance"), balance}, {QStringLiteral("cost"), cost}}};
    return check;
}

} // namespace parley
