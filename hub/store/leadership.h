#pragma once

#include "hub/store/hubdatabase.h"
#include "hub/store/sideconnection.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace parley::hub {

// Which of the hubs sharing one store runs the timers (auto-close, retries of sends, media
// fetches, any timer added later): the one holding PostgreSQL's advisory lock `leader`, on a
// connection of its own. When that hub dies its connection ends, the server frees the lock and
// another hub takes it at its next poll (every PARLEY_HUB_LEADER_POLL_MS, 1 s). A hub whose
// connection fails steps down at once. On SQLite the one hub always leads.
//
// Each hub also holds, for its whole life, a lock keyed by its instance key: the outgoing queue
// records which hub claimed a send, and the leader tells a claim of a dead hub (its lock free)
// from one still in flight (OutgoingWorker).
//
// A timer's work starts with `if (!context.leads()) return;` (HubContext::leads).
class Leadership : public QObject {
    Q_OBJECT
public:
    explicit Leadership(HubDatabase &db, QObject *parent = nullptr);
    ~Leadership() override;

    // Takes the instance lock and, if free, the leader lock before returning, so that the
    // parts started after it know where they stand.
    void start();
    bool isLeader() const { return m_leader; }
    // This hub among those on the store, non-zero, while it runs.
    qint64 instanceKey() const { return m_instanceKey; }

    // The hubs alive now (holding their instance lock), as SQL for `IN (…)` on the main
    // connection; on SQLite, this hub alone.
    QString liveInstancesSql() const;

signals:
    void leadershipChanged(bool leader);

private:
    void poll();
    void stepDown();

    HubDatabase &m_db;
    std::unique_ptr<SideConnection> m_link;
    QTimer m_timer;
    qint64 m_instanceKey = 0;
    bool m_instanceHeld = false;
    bool m_leader = false;
};

} // namespace parley::hub
