#pragma once

#include "core/domain/channel.h"
#include "core/protocol/channeltypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The channel endpoints (docs/api.md "Channels", R1.x), typed; changes are for admins.
class ChannelsApi {
public:
    explicit ChannelsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }
    // Where the hub is, for the webhook address an admin copies into Meta's settings.
    QUrl hubUrl() const { return m_api.hubUrl(); }

    // GET /api/v1/channels: every channel, secrets left out.
    void list(HubCallback<QList<Channel>> done) const;
    // Creates a channel (settings with credentials) or changes channel `channelId`.
    void save(Id channelId, const ChannelSettings &settings, HubCallback<Channel> done) const;
    // "activate", "deactivate" or "disconnect" (R1.3, R1.4).
    void command(Id channelId, const QString &action, HubCallback<Channel> done) const;

    void routing(Id channelId, HubCallback<ChannelRoutingRule> done) const;
    void setRouting(Id channelId, const ChannelRoutingRule &routing, HubCallback<Done> done) const;

    // The icon's image bytes; an error (not_found) when the channel has none.
    void icon(Id channelId, HubCallback<QByteArray> done) const;
    void setIcon(Id channelId, const ChannelIconUpload &icon, HubCallback<Done> done) const;

    void profile(Id channelId, HubCallback<whatsapp::BusinessProfile> done) const;
    void setProfile(Id channelId, const whatsapp::BusinessProfile &profile,
                    HubCallback<Done> done) const;

    // R1.10: a code by SMS (`voice` false) or call in `language` (e.g. "pt_BR"), its six digits,
    // then the two-step verification PIN, after which the channel is connected.
    void requestCode(Id channelId, bool voice, const QString &language,
                     HubCallback<Done> done) const;
    void verifyCode(Id channelId, const QString &code, HubCallback<Done> done) const;
    void registerNumber(Id channelId, const QString &pin, HubCallback<Channel> done) const;
    // R1.3: a new access token for a channel that needs attention (Graph refused its token).
    void renewToken(Id channelId, const QString &accessToken, HubCallback<Channel> done) const;

private:
    HubApi m_api;
};

} // namespace parley
