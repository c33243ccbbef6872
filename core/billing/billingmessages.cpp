// The English text of every credits, trial and rate-plan rule code (see core/rules/rulemessages.h).
#include "core/rules/rulemessages.h"

namespace parley {
namespace {

const RuleMessage billingMessages[] = {
    {"credits_insufficient",
     QT_TRANSLATE_NOOP("RuleError", "Not enough credits: this message costs {cost} credits and the "
                                    "balance is {balance}. Buy credits or turn on auto-recharge.")},
    {"credits_channel_not_active",
     QT_TRANSLATE_NOOP("RuleError", "Credits can be bought once the channel's number is "
                                    "connected; it is {status} now.")},
    {"credits_amount_invalid",
     QT_TRANSLATE_NOOP("RuleError", "Enter a whole number of credits to buy, from 1 to {max}.")},
    {"credits_autorecharge_amount_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "Auto-recharge needs the number of credits to add, at least 1.")},
    {"credits_autorecharge_minimum_invalid",
     QT_TRANSLATE_NOOP("RuleError", "The minimum balance to keep cannot be negative.")},
    {"trial_recipient_limit",
     QT_TRANSLATE_NOOP("RuleError",
                       "During the trial, business-initiated messages can go to at most {limit} "
                       "numbers; {number} would be one more. Verify your business to lift this.")},
    {"trial_conversation_limit",
     QT_TRANSLATE_NOOP("RuleError",
                       "During the trial you can reply in at most {limit} customer-initiated "
                       "conversations. Verify your business to continue.")},
    {"trial_expired",
     QT_TRANSLATE_NOOP("RuleError", "The {days}-day trial has ended. Verify your business to "
                                    "keep sending messages.")},
    {"trial_expanded_limit",
     QT_TRANSLATE_NOOP("RuleError",
                       "The expanded trial's {limit} customer-initiated messages are used up. "
                       "Choose a price plan to keep sending.")},
    {"billing_plan_credit_value_invalid",
     QT_TRANSLATE_NOOP(
         "RuleError", "The value of one credit must be a positive amount in the plan's currency.")},
    {"billing_plan_currency_mismatch",
     QT_TRANSLATE_NOOP("RuleError",
                       "The price {price} is not in the plan's currency, {currency}.")},
    {"billing_plan_price_not_whole_credits",
     QT_TRANSLATE_NOOP("RuleError", "The price {price} is not a whole number of credits worth "
                                    "{credit} each. Use a smaller credit or round the price.")},
    {"billing_plan_tiers_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "Session price steps must rise in message count and end with a price for "
                       "all further messages.")},
    {"billing_plan_prefix_invalid",
     QT_TRANSLATE_NOOP("RuleError", "The country prefix \"{prefix}\" must be digits and appear "
                                    "only once.")},
    {"billing_plan_pack_invalid",
     QT_TRANSLATE_NOOP("RuleError", "A credit pack must hold at least one credit.")},
    {"billing_rate_prefix_invalid",
     QT_TRANSLATE_NOOP("RuleError", "A country is its calling code: 1 to {max} digits, not "
                                    "starting with 0 (55 for Brazil, 1876 for Jamaica).")},
    {"billing_rate_category_unknown",
     QT_TRANSLATE_NOOP("RuleError", "A price is for marketing, utility, authentication or "
                                    "service messages.")},
    {"billing_rate_price_invalid",
     QT_TRANSLATE_NOOP("RuleError", "A price is from 0 to {max} per message.")},
    {"billing_rate_country_invalid",
     QT_TRANSLATE_NOOP("RuleError", "A country's name is one line of at most {max} characters.")},
    {"billing_rate_table_full",
     QT_TRANSLATE_NOOP("RuleError", "A plan's rate table holds at most {max} countries.")},
};

} // namespace

RuleMessageTable billingRuleMessages()
{
    return ruleMessageTable(billingMessages);
}

} // namespace parley
