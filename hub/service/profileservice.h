#pragma once

#include "core/whatsapp/graphprofile.h"
#include "hub/service/conversationservice.h"
#include "hub/service/graphclient.h"
#include "hub/service/hubcontext.h"

#include <functional>

namespace parley::hub {

// R1.9: a channel's WhatsApp business profile lives at Meta, so the hub reads and writes it
// through Graph with the channel's token and keeps no copy. Answers arrive through `done`.
class ProfileService {
public:
    using Done = std::function<void(const CommandResult &)>;

    explicit ProfileService(HubContext &context) : m_ctx(context) {}

    // {"profile": {about, address, description, email, vertical, websites, profile_picture_url}}
    void get(Id channelId, Done done);
    // Checks the limits first (422 with the rule's code), then posts; answers with the profile
    // as sent.
    void update(Id channelId, const whatsapp::BusinessProfile &profile, Done done);

    static QJsonObject toJson(const whatsapp::BusinessProfile &profile);

private:
    std::optional<ChannelConfig> channel(Id channelId, CommandResult *refusal);

    HubContext &m_ctx;
    GraphClient m_graph;
};

} // namespace parley::hub
