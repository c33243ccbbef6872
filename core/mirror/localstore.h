#pragma once

#include <QSqlDatabase>
#include <QString>

namespace parley {

// What only this desktop knows: the outbox of replies not yet taken by the hub, snoozes, saved
// views and drafts. It lives in a file of its own beside the mirror (localStorePath), attached
// to every mirror connection as the schema "local", so a damaged mirror can be discarded and
// rebuilt from the hub without losing any of it. Queries name these tables without a schema:
// SQLite finds them in "local" because the mirror's own file no longer has them.
QString localStorePath(const QString &mirrorPath);

// The tables the local file must hold once attached.
QStringList localStoreTables();

enum class LocalStoreStatus {
    Ok,
    Damaged, // unreadable or missing a table: set aside (renamed, never deleted); reopen
    Failed   // could not attach or create it (permissions, full disk)
};

// Attaches (creating and migrating as needed) the local file to `db` as "local". A damaged file
// is renamed to "<file>.damaged-<ms>" so that the next open starts a fresh one and a person can
// still inspect the old one.
bool localStoreAttached(QSqlDatabase &db);

LocalStoreStatus attachLocalStore(QSqlDatabase &db, const QString &mirrorPath, QString *error);

} // namespace parley
