#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// Where a message's media bytes are (docs/api.md "Media"): HubClient::download streams them to
// a file, so they never pass through memory whole and no widget spells the route.
inline QString messageMediaPath(Id messageId)
{
    return QStringLiteral("/api/v1/messages/%1/media").arg(messageId);
}

} // namespace parley
