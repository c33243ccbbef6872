#pragma once

#include "core/domain/ids.h"
#include "core/protocol/events.h"
#include "hub/store/hubdatabase.h"

#include <limits>

namespace parley::hub {

// The append-only log every desktop syncs from. An event is appended in the same transaction as
// the change it describes, so the log and the tables can never disagree.
class EventLog {
public:
    explicit EventLog(HubDatabase &db) : m_db(db) {}

    // Returns the new event's seq, 0 on failure.
    qint64 append(const QString &type, const QJsonObject &data, TimestampMs now);
    // The same with the data already written as compact JSON text (UTF-8).
    qint64 appendJson(const QString &type, const QByteArray &json, TimestampMs now);
    SyncBatch after(qint64 since, int limit);
    // after(), with the data of only the events whose type `wantsData` accepts read from its
    // JSON (the others' data is left empty): a reader that skips most events (the automation
    // runner skips messages) does not parse them.
    SyncBatch after(qint64 since, int limit, bool (*wantsData)(const QString &type));
    qint64 lastSeq(); // the log's end, whether or not it is on the disk yet

    // Group commit on SQLite (GroupCommit): a group's commit is visible before the disk has
    // it, so readers of the log (sync, the streams, the automation runner) stop at `ceiling`,
    // the last seq known to be durable, until the flush ends. A reader never meets an event a
    // power loss could still take back (its seq would be given to another event).
    static constexpr qint64 noCeiling = std::numeric_limits<qint64>::max();
    void setReadCeiling(qint64 ceiling) { m_readCeiling = ceiling; }

    // PostgreSQL: the channel on which each commit that appended events is announced to the
    // other hubs on the store, with the payload set here (the writing hub's instance key, so
    // that it can ignore its own notices).
    static constexpr const char *noticeChannel = "parley_events";
    void setNoticePayload(const QString &payload) { m_noticePayload = payload; }

private:
    HubDatabase &m_db;
    QString m_noticePayload = QStringLiteral("");
    qint64 m_readCeiling = noCeiling;
};

} // namespace parley::hub
