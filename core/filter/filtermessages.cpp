#include "core/rules/rulemessages.h"

#include <QtGlobal>

namespace parley {
namespace {

const RuleMessage filterMessages[] = {
    {"filter_period_invalid",
     QT_TRANSLATE_NOOP("RuleError", "Enter a number from 1 to {max} for the period.")},
    {"filter_user_missing",
     QT_TRANSLATE_NOOP("RuleError", "Choose a user, or \"me\", for this filter.")},
    {"filter_invalid", QT_TRANSLATE_NOOP("RuleError", "This saved view cannot be read: {detail}")},
};

} // namespace

RuleMessageTable filterRuleMessages()
{
    return ruleMessageTable(filterMessages);
}

} // namespace parley
