#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

struct sqlite3;

namespace parley {

// The desktop's one way to open a connection of its own to the mirror or its local store, for
// the one thread that uses it (the store's reader and writer, the drafts' writer): opened there on
// first use, closed there when this is destroyed (Qt 6.4 cannot move a connection between threads).
// Every such connection gets the same busy timeout and the statement probe (SqlThreadProbe);
// its role sets the rest.
class ThreadConnection {
public:
    enum class Role {
        // The mirror, read only whatever a query asks, with the local store attached as
        // `local` (outbox, drafts): WAL (set by Mirror::open on the file) lets it read a
        // consistent snapshot while the sync worker writes.
        MirrorReader,
        // The local store's file alone, written durably (synchronous FULL, as localstore.cpp
        // sets on the writer's connection): a draft written is kept through a power cut.
        LocalWriter,
        // The mirror with the local store attached, writable (MirrorStore::write): what the
        // GUI changes and must not wait for (a snooze, a saved view the hub confirmed) is
        // written here, behind the sync worker's lock; the local file durably as above.
        MirrorWriter,
    };

    // `mirrorPath`: the mirror the sync worker has opened and migrated (with its local store);
    // `name` starts the connection's unique name.
    ThreadConnection(const QString &mirrorPath, Role role, const QString &name);
    ~ThreadConnection();
    ThreadConnection(const ThreadConnection &) = delete;
    ThreadConnection &operator=(const ThreadConnection &) = delete;

    // Called with SQLite's handle once each time the connection opens (a progress handler, say).
    void setOpened(std::function<void(sqlite3 *)> opened) { m_opened = std::move(opened); }
    // The connection, opened now when it is not; when it cannot open, the failure is logged and
    // the connection returned is closed (its queries fail).
    QSqlDatabase database();

private:
    void prepare();

    QString m_mirrorPath;
    Role m_role;
    QString m_name;
    QSqlDatabase m_db;
    std::function<void(sqlite3 *)> m_opened;
};

} // namespace parley
