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
    // after(), with the data of only the events whose type `wantsData` accepts read from its
    // JSON (the others' data is left empty): a reader that skips most events (the automation
    // runner skips messages) does not parse them.
    SyncBatch after(qint64 since, int limit, bool (*wantsData)(const QString &type));
    qint64 lastSeq();

    // PostgreSQL: the channel on which each commit that appended events is announced to the
    // other hubs on the store, with the payload set here (the writing hub's instance key, so
    // that it can ignore its own notices).
    static constexpr const char *noticeChannel = "parley_events";
    void setNoticePayload(const QString &payload) { m_noticePayload = payload; }

private:
    HubDatabase &m_db;
    QString m_noticePayload = QStringLiteral("");
};

} // namespace parley::hub
