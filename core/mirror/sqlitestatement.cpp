#include "core/mirror/sqlitestatement.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

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

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    finalize();
    m_sql = sql;
    m_connection = sqliteConnection(db);
    if (m_connection == nullptr) {
        *error = sqlFailure(lcMirror(),
                            QSqlError(QStringLiteral("not an open SQLite connection"), QString(),
                                      QSqlError::ConnectionError),
                            sql);
        return false;
    }
    const QByteArray text = sql.toUtf8();
    // SQLITE_PREPARE_PERSISTENT: kept for the connection's life, run thousands of times.
    const int code = sqlite3_prepare_v3(m_connection, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        *error = failure(code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bind(int parameter, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_statement, parameter, "", 0, SQLITE_STATIC);
        return;
    }
    // UTF-16 as the QString holds it: SQLite converts it to the file's UTF-8 once, while binding.
    sqlite3_bind_text16(m_statement, parameter, text.constData(),
                        int(text.size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
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

QString SqliteStatement::failure(int code)
{
    const QString message = m_connection != nullptr
                                ? QString::fromUtf8(sqlite3_errmsg(m_connection))
                                : QString::fromLatin1(sqlite3_errstr(code));
    return sqlFailure(lcMirror(),
                      QSqlError(QStringLiteral("Unable to execute statement"), message,
                                QSqlError::StatementError, QString::number(code)),
                      m_sql);
}

} // namespace parley
