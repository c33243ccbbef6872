#include "core/rules/rulemessages.h"

namespace parley {

RuleMessageTable billingRuleMessages() {
    return {nullptr, 0};
}

} // namespace parley
