#include "core/sync/sessionapi.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/listcodec.h"

namespace parley {

void SessionApi::me(HubCallback<Agent> done) const
{
    m_api.get<Agent>(QStringLiteral("/me"), HubSubject::Change,
                     entityDecoder<Agent>(QStringLiteral("agent")), std::move(done));
}

void SessionApi::logOut() const
{
    m_api.post<Done>(QStringLiteral("/logout"), {}, HubSubject::Change, &HubApi::nothing, {});
}

} // namespace parley
