#pragma once

#include "core/domain/ids.h"
#include "hub/store/hubdatabase.h"

#include <QJsonArray>
#include <QJsonValue>

namespace parley::hub {

// What the hub keeps of the webhook bodies themselves: every item as received, once (so a retried
// delivery changes nothing and a later version can re-read what this one did not model), and the
// items it could not read (the dead-letter list admins see).
class WebhookLog {
public:
    explicit WebhookLog(HubDatabase &db) : m_db(db) {}

    enum class Recorded { New, Seen, Failed };
    // Records item `key` of `kind` ("message", "status", "preference", …) for the channel.
    // Seen: it was recorded before, by an earlier delivery of the same item.
    Recorded record(Id channelId, const QString &kind, const QString &key, const QJsonValue &raw,
                    TimestampMs at);

    bool addDeadLetter(const QString &field, const QString &phoneNumberId, const QString &reason,
                       const QJsonValue &raw, TimestampMs at);
    // The newest first: [{id, field, phone_number_id, reason, raw, received_at}].
    QJsonArray deadLetters(int limit);
    qint64 deadLetterCount();

    // R1.4: signed bodies that arrived for a deactivated channel, kept aside whole (Meta still
    // got its 200) until the channel is activated again, oldest first.
    struct HeldBody {
        Id id = 0;
        QByteArray body;
    };
    bool hold(Id channelId, const QByteArray &body, TimestampMs at);
    QList<HeldBody> held(Id channelId);
    bool dropHeld(Id heldId);
    qint64 heldCount(Id channelId);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
