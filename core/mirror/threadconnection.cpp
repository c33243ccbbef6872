#include "core/mirror/threadconnection.h"

#include "core/logging.h"
#include "core/mirror/localstore.h"
#include "core/mirror/sqlthreadprobe.h"
#include "core/storage/sqlerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace parley {

ThreadConnection::ThreadConnection(const QString &mirrorPath, Role role, const QString &name)
    : m_mirrorPath(mirrorPath), m_role(role),
      m_name(name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ThreadConnection::~ThreadConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase ThreadConnection::database()
{
    if (m_db.isValid() && m_db.isOpen())
        return m_db;
    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(m_role == Role::LocalWriter ? localStorePath(m_mirrorPath)
                                                         : m_mirrorPath);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open()) {
        sqlFailure(lcMirror(), m_db.lastError());
        return m_db;
    }
    prepare();
    // After the connection's own set-up: the probe counts what callers run.
    SqlThreadProbe::install(m_db);
    const QVariant handle = m_db.driver()->handle();
    if (m_opened && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *connection = *static_cast<sqlite3 *const *>(handle.constData()))
            m_opened(connection);
    }
    return m_db;
}

void ThreadConnection::prepare()
{
    QSqlQuery statement(m_db);
    if (m_role == Role::LocalWriter) {
        if (!statement.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            sqlFailure(lcMirror(), statement);
        return;
    }
    // This desktop's own tables (outbox, drafts, snoozes) live in the local file beside the mirror;
    // the sync worker has created and migrated it already.
    statement.prepare(QStringLiteral("ATTACH DATABASE ? AS local"));
    statement.addBindValue(localStorePath(m_mirrorPath));
    if (!statement.exec())
        sqlFailure(lcMirror(), statement);
    const QList<const char *> settings =
        m_role == Role::MirrorWriter
            ? QList<const char *>{"PRAGMA local.synchronous = FULL", "PRAGMA temp_store = MEMORY"}
            : QList<const char *>{"PRAGMA query_only = ON", "PRAGMA temp_store = MEMORY",
                                  "PRAGMA cache_size = -32000"};
    for (const char *text : settings) {
        if (!statement.exec(QString::fromLatin1(text)))
            sqlFailure(lcMirror(), statement);
    }
}

} // namespace parley
