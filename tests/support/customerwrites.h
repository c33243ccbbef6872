#pragma once

// A customer message delivered to a hub as Meta would deliver it: a signed webhook.

#include "core/domain/ids.h"
#include "hubprocess.h"

#include <QDateTime>

namespace parley::testing {

struct CustomerMessage {
    CustomerMessage(const QString &number, const QString &body,
                    const QString &profileName = QStringLiteral("Cliente"))
        : from(number), text(body), name(profileName)
    {}
    QString from;
    QString text;
    QString name;
    TimestampMs at = QDateTime::currentMSecsSinceEpoch();
    QString wamid; // empty: derived from the number and time
};

// Posts the signed webhook for the test channel (phone-number id 106540352242922) and returns
// the conversation the hub stored it in (read back through sync with `token`), 0 on failure.
Id customerWrites(HubProcess &hub, const QString &appSecret, const QString &token,
                  const CustomerMessage &message);

} // namespace parley::testing
