#pragma once

#include "core/domain/ids.h"
#include "hub/store/hubdatabase.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace parley::hub {

// One row of the durable send queue: a message to send, or a mark-as-read receipt keyed by the
// inbound message it marks. `request` is the queue's own JSON (written by the services), not
// Graph's body.
struct OutgoingRow {
    Id messageId = 0;
    Id channelId = 0;
    QJsonObject request;
    int attempts = 0;

    bool isMarkRead() const;
};

// The `outgoing` table (OutgoingWorker drains it): the only code with its SQL. A row is
// 'queued' (waiting, or backing off until next_attempt_at), 'sending' (claimed by one hub,
// claimed_by, its request on the wire), then deleted when Graph took a message, or kept as
// 'sent' (a receipt, so the message is not marked again) or 'failed'. Every method answers
// false (or nothing) when the store failed.
class OutgoingRepository {
public:
    explicit OutgoingRepository(HubDatabase &db) : m_db(db) {}

    // Queues a send for message `row.messageId`, due at once (its attempts start at 0).
    bool enqueue(const OutgoingRow &row, TimestampMs now);
    // Queues a receipt unless one is queued, on the wire or sent for that message already;
    // `queued` says whether this call added it.
    bool enqueueOnce(const OutgoingRow &row, TimestampMs now, bool *queued);

    // Rows queued or on the wire.
    int pendingCount();

    struct Head {
        OutgoingRow row;
        Id conversationId = 0;
    };
    // Each conversation's head, its oldest unsettled row, when it is queued and due at `now`,
    // the longest due first; conversations in `skip` are passed over; at most `limit` rows. A
    // later row of a conversation is never returned, so one whose backoff expired first cannot
    // overtake its head.
    QList<Head> dueHeads(TimestampMs now, const QSet<Id> &skip, int limit);

    // Rows 'sending': all of them (`liveInstancesSql` empty: one hub, whatever is on the wire
    // was interrupted), or those claimed by a hub not in `liveInstancesSql` (several hubs).
    QList<OutgoingRow> interrupted(const QString &liveInstancesSql);

    // 'queued' → 'sending' by `instanceKey`, one more attempt, committed before the request
    // leaves. True only when this call changed the row: another hub that claimed it first (or
    // is claiming it now, on PostgreSQL: skipped rather than waited for) wins.
    bool claim(Id messageId, qint64 instanceKey);
    // Back to 'queued' as it is (an interrupted receipt, harmless to send again).
    bool requeue(Id messageId);
    // 'queued', due at `nextAttemptAt`, with `attempts` and why it waits.
    bool reschedule(Id messageId, int attempts, TimestampMs nextAttemptAt, const QString &reason);
    // The request with what a retry must not do again (the uploaded media's id).
    bool saveRequest(Id messageId, const QJsonObject &request);
    // A receipt Graph took: kept, so that the message is not marked again.
    bool markSent(Id messageId);
    bool markFailed(Id messageId, const QString &reason);
    // A message Graph took: its row is done.
    bool remove(Id messageId);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
