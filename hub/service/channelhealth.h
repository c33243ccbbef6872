#pragma once

#include "hub/service/graphclient.h"
#include "hub/service/hubcontext.h"

namespace parley::hub {

// R1.3: Graph answered a call in the channel's name with 190 — its access token expired or was
// revoked. The channel "needs attention": nothing is sent in its name (its queue waits) until an
// admin gives it a new token (RegistrationService::renewToken). Published as a channel update
// so every desktop shows it at once. False only when the store failed.
bool markTokenRefused(HubContext &ctx, Id channelId);

// markTokenRefused() when `reply` is Graph's 190 for a call in the channel's name; any call
// (a send, the profile, a registration step) can be the first to meet an expired token.
void noteGraphReply(HubContext &ctx, Id channelId, const GraphClient::Reply &reply);

} // namespace parley::hub
