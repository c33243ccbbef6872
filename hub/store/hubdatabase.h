#pragma once

#include "core/storage/sqlitestatement.h"
#include "hub/store/secretbox.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

namespace parley::hub {

// One use of a prepared statement from HubDatabase's cache (HubDatabase::query). Preparing is
// most of the cost of a short statement (SQLite's parser plus Qt's placeholder handling), so
// the hot paths keep their statements prepared for the life of the connection. When the use
// ends the statement is reset: no half-read SELECT keeps a read snapshot open on the
// connection (which would hide other processes' commits and block checkpoints), and the
// statement is free for the next use.
class CachedQuery {
public:
    CachedQuery(QSqlQuery *query, bool *inUse) : m_query(query), m_inUse(inUse) {}
    explicit CachedQuery(QSqlQuery query) // a one-off when the cached one is already in use
        : m_own(std::make_unique<QSqlQuery>(std::move(query))), m_query(m_own.get())
    {}
    CachedQuery(CachedQuery &&other) noexcept
        : m_own(std::move(other.m_own)), m_query(std::exchange(other.m_query, nullptr)),
          m_inUse(std::exchange(other.m_inUse, nullptr))
    {}
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;
    CachedQuery &operator=(CachedQuery &&) = delete;
    ~CachedQuery()
    {
        if (m_query)
            m_query->finish();
        if (m_inUse)
            *m_inUse = false;
    }

    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }
    bool isActive() const { return m_query->isActive(); }
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }

private:
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr;
};

// The hub's one connection to its store. SQLite (a file in the data folder) is the default;
// PostgreSQL 15 (through Qt's QPSQL driver) is chosen with a postgresql:// address. The SQL the
// repositories run is written to run on both (ON CONFLICT, RETURNING, no SQLite-only
// functions); what must differ is chosen here, in one place: the DDL (hubschema.cpp), the
// connection's settings, the write check, the cache epoch, the case-insensitive LIKE and the
// scrubbing of freed pages.
class HubDatabase {
public:
    enum class Dialect { Sqlite, Postgres };

    HubDatabase();
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    // `dataDir` holds hub.sqlite; created when missing; migrated to the latest schema. The
    // folder is made 0700 and the store's files 0600 whatever the umask (they hold the customers'
    // messages), and the channels' secrets are sealed with the folder's key file (SecretBox),
    // which is created on the first open. Fails, saying why, when the store holds sealed secrets
    // and the key file is missing or is not theirs.
    bool openSqlite(const QString &dataDir);
    // `databaseUrl` empty: openSqlite(dataDir). Else a PostgreSQL address,
    // postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?host=SOCKETDIR&sslmode=…] (the password
    // may come from PGPASSWORD or ~/.pgpass instead); the data folder still holds the media
    // files and the key of the channels' secrets.
    bool open(const QString &dataDir, const QString &databaseUrl);
    // Whether `databaseUrl` names a PostgreSQL store this build can open; the reason when not.
    static bool isPostgresUrl(const QString &databaseUrl, QString *reason = nullptr);
    // The address without its password, for logs and messages.
    static QString redactedUrl(const QString &databaseUrl);
    QString errorString() const { return m_error; }
    Dialect dialect() const { return m_dialect; }
    QSqlDatabase db() const { return m_db; }
    // A second connection with this one's settings, not yet open (Leadership, CommitNotices:
    // session locks and LISTEN that must not share the connection the requests use).
    QSqlDatabase cloneConnection(const QString &purpose) const;
    const SecretBox &secrets() const { return m_secrets; }

    // Whether the store takes a write now: a committed write of one unchanged header field,
    // so a read-only or full disk, or a lock that another process keeps, is seen. False with
    // the reason.
    bool checkWritable(QString *reason);

    // Runs one statement with positional values; on failure remembers the error and returns a
    // query whose isActive() is false.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // exec() with the statement kept prepared (see CachedQuery): for SQL that is run often.
    // A nested use of the same SQL while a CachedQuery of it is alive gets a fresh statement.
    CachedQuery query(const QString &sql, const QVariantList &values = {});
    // For statements whose only result is success (UPDATE, INSERT without RETURNING).
    bool run(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or `fallback`.
    QVariant scalar(const QString &sql, const QVariantList &values = {},
                    const QVariant &fallback = {});
    // The first column of the statement's first row (the id of an INSERT … RETURNING id, a
    // count): Row with *value set, None when it gave no row (an INSERT … ON CONFLICT DO NOTHING
    // that inserted nothing), Failed (errorString()).
    enum class Fetched { Row, None, Failed };
    Fetched first(const QString &sql, const QVariantList &values, QVariant *value);
    // The first row of a SELECT, handed to `read` while it is current: a SqliteStatement on
    // SQLite, a QSqlQuery on PostgreSQL, both read with value(column) (core/storage/entityrows
    // reads either). `read` must not use the store.
    template <typename Read>
    Fetched firstRow(const QString &sql, const QVariantList &values, Read &&read)
    {
        if (m_dialect == Dialect::Sqlite) {
            leaveGroup();
            SqliteStatement *row = nullptr;
            if (const std::optional<Fetched> fetched = sqliteStep(sql, values, &row)) {
                if (*fetched == Fetched::Row) {
                    read(std::as_const(*row));
                    row->reset(); // no read left open, and the statement free for its next use
                }
                return *fetched;
            }
        }
        CachedQuery q = query(sql, values);
        if (!q.isActive())
            return Fetched::Failed;
        if (!q.next())
            return Fetched::None;
        read(std::as_const(*q));
        return Fetched::Row;
    }
    // Every row of a SELECT, handed to `read` in turn as firstRow() does; false when it failed.
    template <typename Read>
    bool eachRow(const QString &sql, const QVariantList &values, Read &&read)
    {
        if (m_dialect == Dialect::Sqlite) {
            leaveGroup();
            SqliteStatement *row = nullptr;
            if (std::optional<Fetched> fetched = sqliteStep(sql, values, &row)) {
                while (*fetched == Fetched::Row) {
                    read(std::as_const(*row));
                    fetched = sqliteNext(*row);
                }
                return *fetched != Fetched::Failed;
            }
        }
        CachedQuery q = query(sql, values);
        if (!q.isActive())
            return false;
        while (q.next())
            read(std::as_const(*q));
        return true;
    }

    // The operator for a case-insensitive LIKE (SQLite's LIKE is; PostgreSQL's is not).
    QString likeInsensitive() const
    {
        return m_dialect == Dialect::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    }
    // Around writes that overwrite plaintext secrets: SQLite zeroes freed pages and empties its
    // write-ahead log afterwards. PostgreSQL has no such switch; its old row versions go when
    // VACUUM reclaims them (docs/operations.md).
    void beginScrubbing();
    void finishScrubbing();

    // Begins a transaction; inside a group (GroupCommit) the group's own work gets a savepoint.
    // On PostgreSQL a transaction (and a group) first takes the store's write turn
    // (advisory::eventTurn), held to its end: see docs/architecture.md, "Several hubs".
    bool begin();
    // A read-only transaction that sees one snapshot throughout (REPEATABLE READ on
    // PostgreSQL), without the write turn: the copies of StoreCopy.
    bool beginSnapshot();
    bool commit();
    void rollback();

    // Group commit (groupcommit.h): one transaction shared by the work GroupCommit runs until it
    // closes it. While it is open, any statement or transaction of other code first has the
    // group committed (closeGroupHook), so nothing outside the group waits on it or is lost
    // with it.
    // `flushLater` (SQLite with synchronous=FULL only): the group's commit does not wait for
    // the disk; the caller flushes walFile() itself before it answers (GroupCommit, WalFlusher).
    bool openGroup(bool flushLater = false);
    bool closeGroup(); // commits; false (rolled back) when the commit failed
    // SQLite with synchronous=FULL: the write-ahead log whose flush makes a commit durable;
    // empty on PostgreSQL and with PARLEY_HUB_SYNCHRONOUS=NORMAL (nothing to flush later).
    QString walFile() const { return m_walFile; }
    bool groupOpen() const { return m_groupOpen; }
    void setInGroupWork(bool inside) { m_inGroupWork = inside; }
    bool inGroupWork() const { return m_inGroupWork; }
    void setCloseGroupHook(std::function<void()> hook) { m_closeGroupHook = std::move(hook); }

    // Changes when what a cache of rows may hold could be stale: bumped by invalidate() (a
    // repository wrote rows it caches), by every rollback (a cache filled inside the
    // transaction may hold rows that are gone), and when another connection, such as the
    // hub's CLI run while it serves, committed to the file (PRAGMA data_version).
    quint64 cacheEpoch();
    void invalidate() { ++m_localEpoch; }

private:
    struct Statement {
        QSqlQuery query;
        bool inUse = false;
    };

    bool openPostgres(const QString &databaseUrl);
    bool applyPostgresSettings();
    bool takeWriteTurn();
    bool restoreSynchronous(); // FULL again after a group that flushes later
    // PostgreSQL: QPSQL does not reconnect by itself. A failed statement marks the connection
    // suspect; the next statement or transaction outside a transaction first checks it
    // (SELECT 1) and opens it again when the server is gone (restarted, or the connection
    // cut), so the hub carries on by itself once the server is back. Meanwhile statements fail
    // and webhooks are answered 500, which Meta retries.
    void suspectConnection();
    bool ensureConnected();
    bool migrate();
    bool restrictFiles(const QString &dataDir);
    bool openSecrets(const QString &dataDir);
    bool bindAndExec(QSqlQuery &query, const QString &sql, const QVariantList &values);
    // run(), scalar(), first() and firstRow() on SQLite: the statement kept prepared through
    // SQLite's own API and the values bound straight from their QVariants (no QSqlQuery: its
    // binding and result set were most of a short statement's cost; docs/performance.md, "Hub").
    // Row: *row is on its first row and must be reset() by the caller. nullopt when a value is
    // of a type bound only through QSqlQuery (then the caller takes that path).
    std::optional<Fetched> sqliteStep(const QString &sql, const QVariantList &values,
                                      SqliteStatement **row);
    // The next row of a statement sqliteStep() left on a row (None: it is done, and reset).
    Fetched sqliteNext(SqliteStatement &row);
    void setInTransaction(bool inside)
    {
        m_inTransaction = inside;
        m_versionSeenInTransaction = false;
    }
    // Commits an open group first when the statement is not the group's own work.
    void leaveGroup()
    {
        if (m_groupOpen && !m_inGroupWork && m_closeGroupHook)
            m_closeGroupHook();
    }

    QString m_connection;
    QSqlDatabase m_db;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_error;
    SecretBox m_secrets;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_sqliteStatements;
    quint64 m_localEpoch = 0;
    qint64 m_dataVersion = -1;
    bool m_suspect = false;
    QElapsedTimer m_reconnectClock;
    bool m_inTransaction = false;
    bool m_versionSeenInTransaction = false; // cacheEpoch() looked in this transaction
    bool m_groupOpen = false;
    bool m_groupFlushesLater = false; // synchronous=NORMAL until the group's commit
    QString m_walFile;
    bool m_inGroupWork = false;
    int m_savepoints = 0;
    std::function<void()> m_closeGroupHook;
};

// Commits on commit(), rolls back when it goes out of scope without one: an early return or a
// failed step never leaves half a change behind.
class Transaction {
public:
    struct Snapshot {};
    explicit Transaction(HubDatabase &db) : m_db(db), m_open(db.begin()) {}
    // A read-only transaction over one snapshot (HubDatabase::beginSnapshot).
    Transaction(HubDatabase &db, Snapshot) : m_db(db), m_open(db.beginSnapshot()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    HubDatabase &m_db;
    bool m_open;
};

} // namespace parley::hub
