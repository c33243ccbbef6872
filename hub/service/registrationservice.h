#pragma once

#include "core/whatsapp/graphregistration.h"
#include "hub/service/conversationservice.h"
#include "hub/service/graphclient.h"
#include "hub/service/hubcontext.h"

#include <functional>

namespace parley::hub {

// R1.10 / R1.3: registering a channel's number on the Cloud API through Graph, with the
// channel's token: a code by SMS or voice (request_code), the six digits (verify_code), then
// the two-step verification PIN (register), after which the channel is connected. And a new
// access token for a channel whose token Graph refused (needs attention). Every value is
// checked before anything is sent; Meta's refusals come back with their own words.
class RegistrationService {
public:
    using Done = std::function<void(const CommandResult &)>;

    explicit RegistrationService(HubContext &context) : m_ctx(context) {}

    void requestCode(Id channelId, whatsapp::CodeMethod method, const QString &language, Done done);
    void verifyCode(Id channelId, const QString &code, Done done);
    // On success the channel moves from pending verification to connected.
    void registerNumber(Id channelId, const QString &pin, Done done);
    // Reads the number from Graph with `accessToken`; when Graph takes it, the token is kept and
    // the channel is connected again (pending verification when Graph says the number is not
    // registered yet), and what waited in its queue is sent.
    void renewToken(Id channelId, const QString &accessToken, Done done);

private:
    std::optional<ChannelConfig> usableChannel(Id channelId, CommandResult *refusal);
    CommandResult graphFailure(Id channelId, const GraphClient::Reply &reply);
    CommandResult setStatus(ChannelConfig config, ChannelStatus status);

    HubContext &m_ctx;
    GraphClient m_graph;
};

} // namespace parley::hub
