#pragma once

#include "hub/store/hubdatabase.h"
#include "hub/store/sideconnection.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace parley::hub {

// Tells this hub that another hub on the same PostgreSQL store committed events, so that its
// streams send them too (stream fan-out across instances). Every commit that appends events
// sends a notice on EventLog::noticeChannel (PostgreSQL's NOTIFY, delivered at the commit); this
// listens on a connection of its own, which it checks every PARLEY_HUB_LEADER_POLL_MS (1 s) and
// opens again when the server went away, then reports a commit at once since notices sent
// meanwhile were lost. Notices carrying this hub's own payload are its own commits, which it
// publishes itself. Nothing on SQLite: one hub.
class CommitNotices : public QObject {
    Q_OBJECT
public:
    CommitNotices(HubDatabase &db, QString ownPayload, QObject *parent = nullptr);
    ~CommitNotices() override;

    void start();

signals:
    void committedElsewhere();

private:
    void check();

    HubDatabase &m_db;
    QString m_ownPayload;
    std::unique_ptr<SideConnection> m_link;
    QTimer m_timer;
    bool m_listening = false;
};

} // namespace parley::hub
