#pragma once

#include "hubprocess.h"

#include <QJsonObject>
#include <QString>

namespace parley::testing {

// The code of the hub's error answer ({"error": {"code": "…", "message": "…"}}), empty when
// the reply is not one.
inline QString errorCode(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error"))[QStringLiteral("code")].toString();
}

} // namespace parley::testing
