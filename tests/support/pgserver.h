#pragma once

// A real PostgreSQL 15 for the tests that run the hub on it (PARLEY_TEST_DB=postgresql): one
// throw-away cluster per test process in a temporary folder, reached through a Unix socket in
// that folder only (no TCP port to collide with), with a fresh database per hub data folder.
// PostgreSQL refuses to run as root and CI runs as root: the cluster then belongs to the
// unprivileged `postgres` user (Debian's package creates it), or `nobody`.

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace parley::testing {

class PgServer {
public:
    // The process's cluster, started on first use; nullptr when it cannot start (error()).
    static PgServer *shared();
    static QString error();
    ~PgServer();

    // The postgresql:// address of the database that belongs to `dataDir`, created on the
    // first call for it; empty (and error()) when CREATE DATABASE failed.
    QString databaseFor(const QString &dataDir);
    // A fresh database not tied to a data folder (backup and migrate targets).
    QString createDatabase();
    QString socketDir() const { return m_dir.path(); }
    // Stops and starts the server with the same files (fault tests).
    bool restart();
    bool stop();
    bool start();

private:
    PgServer() = default;
    bool init();
    // Runs a PostgreSQL program as the cluster's owner; its output in `output`.
    bool runAsOwner(const QString &program, const QStringList &arguments, QString *output);

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_owner; // empty: the current user
    QHash<QString, QString> m_databases;
    int m_next = 0;
};

// Whether this test process runs the hub on PostgreSQL (PARLEY_TEST_DB=postgresql).
bool testsOnPostgres();

// A QPSQL connection of the test itself (named `connectionName`, open) to the postgresql://
// address of a hub's store, to read what the hubs wrote; not open on failure.
QSqlDatabase openTestDatabase(const QString &databaseUrl, const QString &connectionName);

} // namespace parley::testing
