#include "core/rules/rulemessages.h"

namespace parley {

RuleMessageTable templateRuleMessages() {
    return {nullptr, 0};
}

} // namespace parley
