#pragma once

#include <QString>

namespace parley {

// The English text of each rule error code, marked with QT_TRANSLATE_NOOP("RuleError", …).
// Placeholders are {name}, filled from RuleError::args. Each area keeps its own table next to
// its rules; ruleerror.cpp looks a code up in all of them.
struct RuleMessage {
    const char *code;
    const char *text;
};

struct RuleMessageTable {
    const RuleMessage *entries;
    int count;
};

RuleMessageTable windowRuleMessages();
RuleMessageTable mergeFieldRuleMessages();
RuleMessageTable templateRuleMessages();
RuleMessageTable templateComponentRuleMessages();
RuleMessageTable attachmentRuleMessages();
RuleMessageTable channelRuleMessages();
RuleMessageTable billingRuleMessages();
RuleMessageTable filterRuleMessages();
RuleMessageTable profileRuleMessages();
RuleMessageTable quoteRuleMessages();

template <int N> RuleMessageTable ruleMessageTable(const RuleMessage (&entries)[N])
{
    return {entries, N};
}

} // namespace parley
