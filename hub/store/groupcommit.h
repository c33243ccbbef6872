#pragma once

#include "hub/store/hubdatabase.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace parley::hub {

class EventLog;
class WalFlusher;

// Durable acknowledgements without one disk flush each: the work handed to run() while the
// event loop is busy (webhooks arriving together) shares one transaction, committed once when
// the loop has nothing else ready. Each piece of work is told whether it is durable only after
// that commit is on the disk: an acknowledgement never precedes the flush. A piece of work that
// fails rolls back its own savepoint and leaves the group's other work intact. Anything else
// that touches the store while a group is open commits the group first
// (HubDatabase::leaveGroup), so it neither joins nor waits on the group.
//
// On PostgreSQL (synchronous_commit=on) the commit itself waits for the disk. On SQLite the
// commit is written without its flush and WalFlusher flushes the write-ahead log on a thread of
// its own, so the event loop takes in the next group meanwhile; until the flush ends, readers of
// the event log stop before the group (EventLog::setReadCeiling).
class GroupCommit : public QObject {
public:
    // `events` may be null (no reader of the log to hold back).
    GroupCommit(HubDatabase &db, EventLog *events, QObject *parent = nullptr);
    ~GroupCommit() override;

    // Runs `work` inside the group's transaction. When it returns false, `done(false)` is
    // called at once (the work rolled its own changes back); otherwise `done(durable)` is called
    // after the group's commit is on the disk, durable false when that commit or its flush
    // failed.
    void run(const std::function<bool()> &work, std::function<void(bool durable)> done);
    // Called after each group that ran work is durable (fan-out to streams).
    void setCommitted(std::function<void()> committed) { m_committed = std::move(committed); }
    // Commits the open group now; its work is answered once it is durable.
    void flush();
    // Keeps the open group from being committed while more of its work is on the way (webhooks
    // whose signature and JSON another thread is reading): hold() for each, release() as each
    // arrives or is dropped. The group is still committed within maxHoldMs of its opening. On
    // SQLite (the log flushed on its own thread) a group waits for a flush under way instead.
    void hold() { ++m_held; }
    void release();
    // Makes what is committed durable now, on the calling thread: before a reader on another
    // connection looks at the store (a snapshot must not hold what a power loss takes back).
    bool flushToDisk();

    qint64 groups() const { return m_groups; }   // durable groups, for /metrics
    qint64 grouped() const { return m_grouped; } // pieces of work they held
    // False once a flush of the log failed: what the disk holds is unknown, so no webhook is
    // acknowledged any more (500, Meta retries) until the hub is restarted (docs/operations.md).
    bool healthy() const { return !m_flushFailed; }

    static constexpr int maxHoldMs = 20;

private:
    using Waiting = std::vector<std::function<void(bool)>>;
    struct Committed {
        quint64 ticket = 0;
        qint64 floor = 0; // the log's last seq before the group
        Waiting waiting;
    };

    void flushed(quint64 through, bool ok);
    void answer(std::shared_ptr<Waiting> waiting, bool durable);
    void updateCeiling();

    HubDatabase &m_db;
    EventLog *m_events;
    QTimer m_timer;
    QTimer m_holdLimit;
    std::unique_ptr<WalFlusher> m_flusher; // SQLite with synchronous=FULL only
    Waiting m_waiting;
    qint64 m_openFloor = -1; // the open group's floor; -1 when none is open
    std::deque<Committed> m_unflushed;
    int m_held = 0;
    bool m_flushFailed = false;
    std::function<void()> m_committed;
    qint64 m_groups = 0;
    qint64 m_grouped = 0;
};

} // namespace parley::hub
