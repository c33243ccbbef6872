#include "core/rules/rulemessages.h"

namespace parley {

RuleMessageTable mergeFieldRuleMessages() {
    return {nullptr, 0};
}

} // namespace parley
