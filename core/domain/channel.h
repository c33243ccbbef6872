#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// R2.8: a channel has a kind so that further kinds can join the one Messages module later.
enum class ChannelKind { WhatsAppCloud };

// R1.3 / R1.4 / R1.5 / R1.10. PendingVerification: the number still has to be registered
// (code by SMS or voice, then a PIN). NeedsAttention: Graph refused the channel's access token
// (error 190); nothing is sent until an admin gives it a new one.
enum class ChannelStatus {
    PendingVerification,
    Connected,
    Deactivated,
    Disconnected,
    NeedsAttention
};

QString channelStatusName(ChannelStatus status);
bool channelStatusFromName(const QString &name, ChannelStatus *status);

// R1.6: what an unknown number becomes.
enum class NewCustomerModule { Leads, Contacts };

struct Channel {
    Id id = 0;
    ChannelKind kind = ChannelKind::WhatsAppCloud;
    QString name;
    QString department;
    QString wabaId;
    QString phoneNumberId;
    QString displayNumber;
    ChannelStatus status = ChannelStatus::PendingVerification;
    NewCustomerModule newCustomersAs = NewCustomerModule::Leads;
    // R2.6: 0 disables auto-close of unattended chats.
    qint64 autoCloseAfterMinutes = 0;
};

} // namespace parley
