#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace parley::hub {

// The hub's one connection to its store. SQLite (a file in the data folder) is the default;
// the SQL the repositories run is written to run on PostgreSQL too (ON CONFLICT, RETURNING,
// no SQLite-only functions), only the DDL differs per dialect.
class HubDatabase {
public:
    enum class Dialect { Sqlite, Postgres };

    HubDatabase();
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    // `dataDir` holds hub.sqlite; created when missing; migrated to the latest schema.
    bool openSqlite(const QString &dataDir);
    QString errorString() const { return m_error; }
    Dialect dialect() const { return m_dialect; }
    QSqlDatabase db() const { return m_db; }

    // Runs one statement with positional values; on failure remembers the error and returns a
    // query whose isActive() is false.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or `fallback`.
    QVariant scalar(const QString &sql, const QVariantList &values = {},
                    const QVariant &fallback = {});

    bool begin();
    bool commit();
    void rollback();

private:
    bool migrate();

    QString m_connection;
    QSqlDatabase m_db;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_error;
};

// Commits on commit(), rolls back when it goes out of scope without one: an early return or a
// failed step never leaves half a change behind.
class Transaction {
public:
    explicit Transaction(HubDatabase &db) : m_db(db), m_open(db.begin()) {}
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
