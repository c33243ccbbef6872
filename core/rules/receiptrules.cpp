#include "core/rules/receiptrules.h"

namespace parley {

QString readReceiptRuleName(ReadReceiptRule rule)
{
    return rule == ReadReceiptRule::AnyAgent ? QStringLiteral("any_agent")
                                             : QStringLiteral("owner");
}

bool readReceiptRuleFromName(const QString &name, ReadReceiptRule *rule)
{
    if (name == QLatin1String("owner"))
        *rule = ReadReceiptRule::Owner;
    else if (name == QLatin1String("any_agent"))
        *rule = ReadReceiptRule::AnyAgent;
    else
        return false;
    return true;
}

bool readSendsReceipt(ReadReceiptRule rule, Id ownerId, Id readerId)
{
    return rule == ReadReceiptRule::AnyAgent || ownerId == 0 || ownerId == readerId;
}

} // namespace parley
