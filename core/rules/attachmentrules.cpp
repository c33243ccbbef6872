#include "core/rules/rulemessages.h"

namespace parley {

RuleMessageTable attachmentRuleMessages() {
    return {nullptr, 0};
}

} // namespace parley
