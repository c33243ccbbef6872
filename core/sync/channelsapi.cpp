#include "core/sync/channelsapi.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/listcodec.h"

namespace parley {

void ChannelsApi::list(HubCallback<QList<Channel>> done) const
{
    m_api.get<QList<Channel>>(QStringLiteral("/channels"), HubSubject::Change,
                              listDecoder<Channel>(QStringLiteral("channels")), std::move(done));
}

} // namespace parley
