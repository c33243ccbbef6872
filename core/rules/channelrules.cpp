#include "core/rules/rulemessages.h"

namespace parley {

RuleMessageTable channelRuleMessages() {
    return {nullptr, 0};
}

} // namespace parley
