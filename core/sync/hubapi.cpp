#include "core/sync/hubapi.h"

namespace parley {

HubError HubApi::errorOf(const HubClient::Reply &reply, HubSubject subject)
{
    // HubClient already turned a reply without the hub's error body into hub_unreachable or
    // http_<status>.
    return HubError{reply.status, reply.error.code, reply.error.message, subject};
}

} // namespace parley
