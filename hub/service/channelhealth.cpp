#include "hub/service/channelhealth.h"

#include "core/protocol/entitycodec.h"
#include "core/whatsapp/grapherrors.h"
#include "hub/hublogging.h"

namespace parley::hub {

bool markTokenRefused(HubContext &ctx, Id channelId)
{
    std::optional<ChannelConfig> config = ctx.channels.byId(channelId);
    // A deactivated or disconnected channel sends nothing anyway; its state says more.
    if (!config || (config->channel.status != ChannelStatus::Connected &&
                    config->channel.status != ChannelStatus::PendingVerification))
        return true;
    qCWarning(lcHubOutgoing,
              "WhatsApp refused the access token of channel %lld; it needs attention", channelId);
    config->channel.status = ChannelStatus::NeedsAttention;
    Transaction transaction(ctx.db);
    const bool ok =
        ctx.channels.update(*config) &&
        ctx.events.append(EventType::ChannelUpdated, toJson(config->channel), ctx.now()) &&
        transaction.commit();
    if (ok)
        ctx.eventsCommitted();
    return ok;
}

void noteGraphReply(HubContext &ctx, Id channelId, const GraphClient::Reply &reply)
{
    if (reply.httpStatus < 400)
        return;
    whatsapp::GraphError error;
    QString problem;
    if (whatsapp::parseGraphError(reply.json, &error, &problem) &&
        whatsapp::classifyGraphError(error.code, reply.httpStatus) ==
            whatsapp::GraphErrorClass::Auth)
        markTokenRefused(ctx, channelId);
}

} // namespace parley::hub
