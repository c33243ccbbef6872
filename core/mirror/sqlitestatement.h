#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace parley {

// The SQLite connection behind a QSQLITE database, or nullptr for any other driver.
sqlite3 *sqliteConnection(const QSqlDatabase &db);

// One statement prepared through SQLite's own API on a QSqlDatabase's connection, for the
// statements the mirror runs once per applied row (a message, a conversation). Through QSqlQuery
// each value becomes a QVariant, is copied into the query's list and converted again by the
// driver on every run; here it goes straight to sqlite3_bind_* (docs/performance.md, "the apply
// path"). The statement runs inside whatever transaction the connection has open, and must be
// destroyed (or finalize()d) before the connection closes.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    void finalize();

    // Parameters count from 1, as in SQLite ("?1"). A text is not copied: it must stay alive and
    // unchanged until run() returns. A null QString binds as '' (the mirror's text columns hold
    // '' for "none", as applier::bindAll does).
    void bind(int parameter, qint64 value);
    void bind(int parameter, const QString &text);

    // Runs a statement that returns no rows and resets it for the next binds; false with the
    // logged failure in `error`.
    bool run(QString *error);
    // Rows the last run() inserted, updated or deleted (sqlite3_changes).
    int changes() const;

private:
    QString failure(int code);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
};

} // namespace parley
