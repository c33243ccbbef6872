#pragma once

#include "hub/store/hubdatabase.h"

#include <QSqlDatabase>

namespace parley::hub {

// A second connection to the hub's PostgreSQL store, for what must not share the connection the
// requests use: session locks that must live exactly as long as this hub does (Leadership), and
// LISTEN, whose notices QPSQL reads only while its connection is idle (CommitNotices). Like the
// main connection it does not reconnect by itself: alive() checks it and opens it again.
class SideConnection {
public:
    SideConnection(const HubDatabase &main, const QString &purpose);
    ~SideConnection();
    SideConnection(const SideConnection &) = delete;
    SideConnection &operator=(const SideConnection &) = delete;

    // Whether the connection answers (SELECT 1); when it does not, one attempt to open it
    // again, with `reopened` set when that worked: whatever the old one held (locks, LISTEN)
    // is gone and must be taken again.
    bool alive(bool *reopened);
    // The first column of the first row of `sql` (no values) as a bool; false on failure.
    bool ask(const QString &sql);
    QSqlDatabase db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace parley::hub
