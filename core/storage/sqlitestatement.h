#pragma once

#include "core/logging.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace parley {

// The SQLite connection behind a QSQLITE database, or nullptr for any other driver.
sqlite3 *sqliteConnection(const QSqlDatabase &db);

// One statement prepared through SQLite's own API on a QSqlDatabase's connection, for the
// statements run once per applied row or per webhook (the desktop mirror's messages and
// conversations, the hub's webhook path). Through QSqlQuery each value becomes a QVariant, is
// copied into the query's list, gets a placeholder name formatted for it and is converted again
// by the driver on every run; here it goes straight to sqlite3_bind_* (docs/performance.md, "the
// apply path" and "Hub"). The statement runs inside whatever transaction the connection has
// open, and must be destroyed (or finalize()d) before the connection closes.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // A failure is logged (sqlFailure) as a warning of `category`.
    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error,
                 const QLoggingCategory &category = lcMirror());
    void finalize();
    // Parameters the SQL names ("?" counts one each).
    int parameterCount() const;

    // Parameters count from 1, as in SQLite ("?1"). A text or blob is not copied: it must stay
    // alive and unchanged until run() or step() has returned and reset() is done. A null
    // QString binds as '' (the text columns of the mirror and the hub hold '' for "none").
    void bind(int parameter, qint64 number);
    void bind(int parameter, const QString &characters);
    void bindNull(int parameter);
    void bindReal(int parameter, double number);
    void bindBlob(int parameter, const QByteArray &bytes);

    // Runs a statement and resets it for the next binds, ignoring any rows; false with the
    // logged failure in `error`.
    bool run(QString *error);
    // Rows the last run() inserted, updated or deleted (sqlite3_changes).
    int changes() const;

    // Steps to the next row. Row: the columns can be read until the next step() or reset(),
    // which the caller must call (a statement left on a row keeps its read open). Done and
    // Failed (with the logged failure in `error`) reset the statement themselves.
    enum class Step { Row, Done, Failed };
    Step step(QString *error);
    void reset();

    // The current row's columns, from 0.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const; // a NULL reads as a null QString
    // As QSQLITE reads it: qint64, double, QString or QByteArray; an invalid QVariant for NULL.
    QVariant value(int column) const;

private:
    QString failure(int code);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    const QLoggingCategory *m_category = nullptr;
};

} // namespace parley
