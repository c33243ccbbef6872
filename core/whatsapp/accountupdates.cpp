#include "core/whatsapp/accountupdates.h"

namespace parley::whatsapp {

std::optional<AccountStateChange> accountStateChange(const QString &entryWabaId,
                                                     const QJsonObject &value)
{
    const QString event = value.value(QLatin1String("event")).toString();
    const QString wabaInfoId = value.value(QLatin1String("waba_info"))
                                   .toObject()
                                   .value(QLatin1String("waba_id"))
                                   .toString();
    AccountStateChange change;
    change.wabaId = wabaInfoId.isEmpty() ? entryWabaId : wabaInfoId;
    if (event == QLatin1String("ACCOUNT_DELETED") || event == QLatin1String("ACCOUNT_OFFBOARDED") ||
        event == QLatin1String("PARTNER_REMOVED")) {
        change.status = ChannelStatus::Disconnected;
        return change;
    }
    if (event == QLatin1String("ACCOUNT_RECONNECTED")) {
        change.status = ChannelStatus::Connected;
        return change;
    }
    if (event == QLatin1String("DISABLED_UPDATE")) {
        const QString ban = value.value(QLatin1String("ban_info"))
                                .toObject()
                                .value(QLatin1String("waba_ban_state"))
                                .toString();
        if (ban == QLatin1String("DISABLE") || ban == QLatin1String("SCHEDULE_FOR_DISABLE")) {
            change.status = ChannelStatus::Disconnected;
            return change;
        }
        if (ban == QLatin1String("REINSTATE")) {
            change.status = ChannelStatus::Connected;
            return change;
        }
    }
    return std::nullopt;
}

} // namespace parley::whatsapp
