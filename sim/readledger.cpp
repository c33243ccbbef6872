#include "sim/readledger.h"

#include <QJsonObject>

namespace parley::sim {

QJsonObject ReadReceipt::toJson() const
{
    return {{QStringLiteral("message_id"), wamid},
            {QStringLiteral("wa_id"), waId},
            {QStringLiteral("typing_indicator"), typingIndicator},
            {QStringLiteral("time"), at}};
}

QJsonArray ReadLedger::toJson(const QString &waId) const
{
    QJsonArray list;
    for (const ReadReceipt &receipt : m_receipts) {
        if (waId.isEmpty() || receipt.waId == waId)
            list.append(receipt.toJson());
    }
    return list;
}

} // namespace parley::sim
