#pragma once

#include "core/domain/ids.h"
#include "core/protocol/events.h"
#include "hub/store/hubdatabase.h"

namespace parley::hub {

// The append-only log every desktop syncs from. An event is appended in the same transaction as
// the change it describes, so the log and the tables can never disagree.
class EventLog {
public:
    explicit EventLog(HubDatabase &db) : m_db(db) {}

    // Returns the new event's seq, 0 on failure.
    qint64 append(const QString &type, const QJsonObject &data, TimestampMs now);
    SyncBatch after(qint64 since, int limit);
    qint64 lastSeq();

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
