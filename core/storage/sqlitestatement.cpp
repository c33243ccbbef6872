#include "core/storage/sqlitestatement.h"

#include "core/storage/sqlerror.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace parley {

sqlite3 *sqliteConnection(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driver() == nullptr)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
    m_statement = nullptr;
    m_connection = nullptr;
}

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error,
                              const QLoggingCategory &category)
{
    finalize();
    m_sql = sql;
    m_category = &category;
    m_connection = sqliteConnection(db);
    if (m_connection == nullptr) {
        *error = sqlFailure(category,
                            QSqlError(QStringLiteral("not an open SQLite connection"), QString(),
                                      QSqlError::ConnectionError),
                            sql);
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    // SQLITE_PREPARE_PERSISTENT: kept for the connection's life, run thousands of times.
    const int code = sqlite3_prepare_v3(m_connection, utf8.constData(), int(utf8.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK || m_statement == nullptr) {
        // A text of only comments or spaces compiles to no statement at all.
        *error = failure(code != SQLITE_OK ? code : SQLITE_MISUSE);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

int SqliteStatement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_statement);
}

void SqliteStatement::bind(int parameter, qint64 number)
{
    sqlite3_bind_int64(m_statement, parameter, number);
}

void SqliteStatement::bind(int parameter, const QString &characters)
{
    if (characters.isEmpty()) {
        sqlite3_bind_text(m_statement, parameter, "", 0, SQLITE_STATIC);
        return;
    }
    // UTF-16 as the QString holds it: SQLite converts it to the file's UTF-8 once, while binding.
    sqlite3_bind_text16(m_statement, parameter, characters.constData(),
                        int(characters.size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

void SqliteStatement::bindReal(int parameter, double number)
{
    sqlite3_bind_double(m_statement, parameter, number);
}

void SqliteStatement::bindBlob(int parameter, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, parameter, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

bool SqliteStatement::run(QString *error)
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_DONE || code == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return true;
    }
    *error = failure(code);
    sqlite3_reset(m_statement);
    return false;
}

int SqliteStatement::changes() const
{
    return m_connection != nullptr ? sqlite3_changes(m_connection) : 0;
}

SqliteStatement::Step SqliteStatement::step(QString *error)
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return Step::Row;
    if (code == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return Step::Done;
    }
    *error = failure(code);
    sqlite3_reset(m_statement);
    return Step::Failed;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const void *characters = sqlite3_column_text16(m_statement, column);
    if (characters == nullptr)
        return QString();
    // The length is asked after the text, as SQLite's documentation requires.
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString(static_cast<const QChar *>(characters), bytes / qsizetype(sizeof(QChar)));
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_BLOB: {
        const char *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant(text(column));
    }
}

QString SqliteStatement::failure(int code)
{
    const QString message = m_connection != nullptr
                                ? QString::fromUtf8(sqlite3_errmsg(m_connection))
                                : QString::fromLatin1(sqlite3_errstr(code));
    return sqlFailure(m_category != nullptr ? *m_category : lcMirror(),
                      QSqlError(QStringLiteral("Unable to execute statement"), message,
                                QSqlError::StatementError, QString::number(code)),
                      m_sql);
}

} // namespace parley
