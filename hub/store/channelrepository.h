#pragma once

#include "core/domain/channel.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// A channel with what only the hub may know: where and how to call the Graph API and how to
// check Meta's webhooks.
struct ChannelConfig {
    Channel channel;
    QString graphUrl; // e.g. https://graph.facebook.com/v23.0 or the simulator's address
    QString accessToken;
    QString appSecret;
    QString verifyToken;
};

class ChannelRepository {
public:
    explicit ChannelRepository(HubDatabase &db) : m_db(db) {}

    Id add(const ChannelConfig &config, TimestampMs now); // 0 when the number is taken
    bool update(const ChannelConfig &config);
    std::optional<ChannelConfig> byId(Id id);
    std::optional<ChannelConfig> byPhoneNumberId(const QString &phoneNumberId);
    QList<ChannelConfig> all();

    // R1.6 / R9.2: the next active agent who can reply, in turn, among the channel's department
    // (or everyone when no agent is in it); 0 when there is nobody.
    Id nextRoundRobinOwner(Id channelId);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
