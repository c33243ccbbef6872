#pragma once

#include "core/domain/channel.h"
#include "core/sync/hubapi.h"

namespace parley {

// The channel endpoints (docs/api.md "Channels", R1.x), typed.
class ChannelsApi {
public:
    explicit ChannelsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    // GET /api/v1/channels: every channel, secrets left out.
    void list(HubCallback<QList<Channel>> done) const;

private:
    HubApi m_api;
};

} // namespace parley
