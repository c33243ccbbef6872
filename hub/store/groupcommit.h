#pragma once

#include "hub/store/hubdatabase.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace parley::hub {

// Durable acknowledgements without one disk flush each: the work handed to run() while the
// event loop is busy (webhooks arriving together) shares one transaction, committed once when
// the loop has nothing else ready, with SQLite's synchronous=FULL (or PostgreSQL's
// synchronous_commit=on) making that commit wait for the disk. Each piece of work is told
// whether it is durable only after that commit: an acknowledgement never precedes the flush.
// A piece of work that fails rolls back its own savepoint and leaves the group's other work
// intact. Anything else that touches the store while a group is open commits the group first
// (HubDatabase::leaveGroup), so it neither joins nor waits on the group.
class GroupCommit : public QObject {
public:
    explicit GroupCommit(HubDatabase &db, QObject *parent = nullptr);
    ~GroupCommit() override;

    // Runs `work` inside the group's transaction. When it returns false, `done(false)` is
    // called at once (the work rolled its own changes back); otherwise `done(durable)` is called
    // after the group's commit, durable false when that commit failed (everything in the group
    // was rolled back).
    void run(const std::function<bool()> &work, std::function<void(bool durable)> done);
    // Called after each successful commit of a group that ran work (fan-out to streams).
    void setCommitted(std::function<void()> committed) { m_committed = std::move(committed); }
    // Commits the open group now and answers its work.
    void flush();

    qint64 groups() const { return m_groups; }   // commits of groups, for /metrics
    qint64 grouped() const { return m_grouped; } // pieces of work they held

private:
    HubDatabase &m_db;
    QTimer m_timer;
    std::vector<std::function<void(bool)>> m_waiting;
    std::function<void()> m_committed;
    qint64 m_groups = 0;
    qint64 m_grouped = 0;
};

} // namespace parley::hub
