#include "core/billing/purchase.h"

namespace parley {

RuleErrors checkCreditPurchase(ChannelStatus channelStatus, qint64 packs)
{
    RuleErrors errors;
    if (channelStatus != ChannelStatus::Connected)
        errors << RuleError{QStringLiteral("credits_channel_not_active"),
                            {{QStringLiteral("status"), channelStatusName(channelStatus)}}};
    if (packs < 1 || packs > maxPacksPerPurchase)
        errors << RuleError{
            QStringLiteral("credits_amount_invalid"),
            {{QStringLiteral("amount"), packs}, {QStringLiteral("max"), maxPacksPerPurchase}}};
    return errors;
}

CreditPurchase quoteCreditPurchase(const RatePlan &plan, qint64 packs)
{
    CreditPurchase purchase;
    purchase.packs = packs;
    purchase.credits = packs * plan.pack.credits;
    purchase.price = packPrice(plan) * packs;
    return purchase;
}

} // namespace parley
