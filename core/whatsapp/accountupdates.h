#pragma once

#include "core/domain/channel.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace parley::whatsapp {

// What an `account_update` webhook (pywa tests/data/updates/account_update.json; Meta's webhook
// overview, M-whov) means for the channels of its account: the WABA it is about (its
// waba_info.waba_id, else the entry's id) and the state they move to. Disconnected when Meta
// deleted, offboarded or banned the account or removed its partner; Connected when it was
// reconnected or reinstated. Nothing for the many events that change no state (restrictions,
// pricing tiers, partner apps, …).
struct AccountStateChange {
    QString wabaId;
    ChannelStatus status = ChannelStatus::Connected;
};
std::optional<AccountStateChange> accountStateChange(const QString &entryWabaId,
                                                     const QJsonObject &value);

} // namespace parley::whatsapp
