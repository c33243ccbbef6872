#include "core/rules/rulemessages.h"

namespace parley {

RuleMessageTable windowRuleMessages() {
    return {nullptr, 0};
}

} // namespace parley
