#include "hub/store/hubdatabase.h"

#include "core/storage/sqlerror.h"
#include "hub/hublogging.h"
#include "hub/store/advisorylocks.h"

#include <QSqlError>
#include <QUuid>

namespace parley::hub {

HubDatabase::HubDatabase()
    : m_connection(QStringLiteral("hub-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HubDatabase::~HubDatabase()
{
    m_statements.clear(); // finalized before the connection closes
    m_sqliteStatements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

namespace {

// The statements PostgreSQL's PREPARE takes.
bool preparable(const QString &sql)
{
    for (const char *verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "VALUES", "WITH"}) {
        if (sql.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "SAVEPOINT work0" and the like: a few texts, the same for every group.
QString savepointSql(const char *verb, int depth)
{
    return QStringLiteral("%1 work%2").arg(QLatin1String(verb)).arg(depth);
}

// Whether QSQLITE binds `value` as SQLite's own type (an integer, a real, a text, a blob or
// NULL), so that bindStraight() can bind it the same way. QSQLITE binds the other types (dates,
// unsigned 64-bit, …) as text: those statements keep the QSqlQuery path.
bool bindsStraight(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType: // QVariant(): NULL
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::QByteArray:
        return true;
    default:
        return false;
    }
}

// Binds as bindAndExec() and QSQLITE would: a null string as '' (NOT NULL text columns), a flag
// as 0/1, a typed null or null bytes as NULL. Texts and bytes are not copied: `value` must stay
// alive until the statement has run.
void bindStraight(SqliteStatement &statement, int parameter, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        statement.bind(parameter, *static_cast<const QString *>(value.constData()));
        return;
    case QMetaType::Bool:
        statement.bind(parameter, qint64(value.toBool() ? 1 : 0));
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        if (value.isNull())
            statement.bindNull(parameter);
        else
            statement.bind(parameter, value.toLongLong());
        return;
    case QMetaType::Double:
        if (value.isNull())
            statement.bindNull(parameter);
        else
            statement.bindReal(parameter, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        if (bytes.isNull())
            statement.bindNull(parameter);
        else
            statement.bindBlob(parameter, bytes);
        return;
    }
    default:
        statement.bindNull(parameter);
        return;
    }
}

} // namespace

QSqlQuery HubDatabase::exec(const QString &sql, const QVariantList &values)
{
    leaveGroup();
    ensureConnected();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES: the rest (DDL, SET)
    // runs as it is, and has no values to bind.
    if (m_dialect == Dialect::Postgres && values.isEmpty() && !preparable(sql)) {
        if (!query.exec(sql)) {
            m_error = sqlFailure(lcHubStore(), query.lastError(), sql);
            suspectConnection();
        }
        return query;
    }
    if (!query.prepare(sql)) {
        m_error = sqlFailure(lcHubStore(), query.lastError(), sql);
        suspectConnection();
        return query;
    }
    bindAndExec(query, sql, values);
    return query;
}

bool HubDatabase::bindAndExec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Null strings would bind as SQL NULL into NOT NULL text columns.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        // Flags are 0/1 integers in both engines (QPSQL would send true/false).
        else if (value.typeId() == QMetaType::Bool)
            query.bindValue(i, value.toBool() ? 1 : 0);
        else
            query.bindValue(i, value);
    }
    if (query.exec())
        return true;
    m_error = sqlFailure(lcHubStore(), query.lastError(), sql);
    suspectConnection();
    return false;
}

CachedQuery HubDatabase::query(const QString &sql, const QVariantList &values)
{
    leaveGroup();
    ensureConnected();
    if (m_dialect == Dialect::Postgres && values.isEmpty() && !preparable(sql))
        return CachedQuery(exec(sql));
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto statement = std::make_unique<Statement>();
        statement->query = QSqlQuery(m_db);
        statement->query.setForwardOnly(true);
        if (!statement->query.prepare(sql)) {
            m_error = sqlFailure(lcHubStore(), statement->query.lastError(), sql);
            suspectConnection();
            return CachedQuery(std::move(statement->query)); // not kept: isActive() is false
        }
        found = m_statements.emplace(sql, std::move(statement)).first;
    }
    Statement &statement = *found->second;
    if (statement.inUse)
        return CachedQuery(exec(sql, values));
    statement.inUse = true;
    CachedQuery use(&statement.query, &statement.inUse);
    bindAndExec(statement.query, sql, values);
    return use;
}

bool HubDatabase::run(const QString &sql, const QVariantList &values)
{
    // A statement's first step runs it; a row it may return (RETURNING) is not wanted here.
    return firstRow(sql, values, [](const auto &) {}) != Fetched::Failed;
}

HubDatabase::Fetched HubDatabase::first(const QString &sql, const QVariantList &values,
                                        QVariant *value)
{
    return firstRow(sql, values, [value](const auto &row) { *value = row.value(0); });
}

HubDatabase::Fetched HubDatabase::sqliteNext(SqliteStatement &row)
{
    switch (row.step(&m_error)) {
    case SqliteStatement::Step::Row:
        return Fetched::Row;
    case SqliteStatement::Step::Done:
        return Fetched::None;
    case SqliteStatement::Step::Failed:
        break;
    }
    return Fetched::Failed;
}

std::optional<HubDatabase::Fetched>
HubDatabase::sqliteStep(const QString &sql, const QVariantList &values, SqliteStatement **row)
{
    for (const QVariant &each : values) {
        if (!bindsStraight(each))
            return std::nullopt;
    }
    auto found = m_sqliteStatements.find(sql);
    if (found == m_sqliteStatements.end()) {
        auto statement = std::make_unique<SqliteStatement>();
        if (!statement->prepare(m_db, sql, &m_error, lcHubStore()))
            return Fetched::Failed; // not kept: the next use prepares it again
        found = m_sqliteStatements.emplace(sql, std::move(statement)).first;
    }
    SqliteStatement &statement = *found->second;
    // Every parameter is bound on every run: none keeps a text of an earlier run's values.
    if (statement.parameterCount() != values.size()) {
        m_error = sqlFailure(lcHubStore(),
                             QSqlError(QStringLiteral("Parameter count mismatch"), QString(),
                                       QSqlError::StatementError),
                             sql);
        return Fetched::Failed;
    }
    for (int i = 0; i < values.size(); ++i)
        bindStraight(statement, i + 1, values.at(i));
    const Fetched fetched = sqliteNext(statement);
    if (fetched == Fetched::Row)
        *row = &statement;
    return fetched;
}

void HubDatabase::beginScrubbing()
{
    if (m_dialect == Dialect::Sqlite)
        exec(QStringLiteral("PRAGMA secure_delete = ON"));
}

void HubDatabase::finishScrubbing()
{
    if (m_dialect != Dialect::Sqlite)
        return;
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    exec(QStringLiteral("PRAGMA secure_delete = OFF"));
}

quint64 HubDatabase::cacheEpoch()
{
    // PostgreSQL has no cheap "another session committed" counter: its caches are good for
    // one use, and the rows are read again (a channel lookup by primary key).
    if (m_dialect == Dialect::Postgres)
        return ++m_localEpoch;
    // Inside a transaction the connection reads one snapshot, so another connection's commit
    // cannot show before it ends: one look a transaction is enough (a group of webhooks is one
    // transaction, so its webhooks after the first skip the statement).
    if (m_inTransaction && m_versionSeenInTransaction)
        return m_localEpoch;
    const qint64 version =
        scalar(QStringLiteral("PRAGMA data_version"), {}, m_dataVersion).toLongLong();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        ++m_localEpoch;
    }
    m_versionSeenInTransaction = m_inTransaction;
    return m_localEpoch;
}

QVariant HubDatabase::scalar(const QString &sql, const QVariantList &values,
                             const QVariant &fallback)
{
    QVariant value;
    if (first(sql, values, &value) != Fetched::Row || value.isNull())
        return fallback;
    return value;
}

bool HubDatabase::begin()
{
    leaveGroup();
    if (m_groupOpen) {
        // Kept prepared: every webhook of a group takes one (on SQLite; PostgreSQL prepares no
        // SAVEPOINT, and query() runs it as it is).
        if (!run(savepointSql("SAVEPOINT", m_savepoints)))
            return false;
        ++m_savepoints;
        return true;
    }
    ensureConnected();
    if (m_db.transaction()) {
        setInTransaction(true);
        if (takeWriteTurn())
            return true;
        setInTransaction(false);
        m_db.rollback();
        return false;
    }
    m_error = sqlFailure(lcHubStore(), m_db.lastError());
    suspectConnection();
    return false;
}

bool HubDatabase::beginSnapshot()
{
    if (m_dialect != Dialect::Postgres || m_groupOpen)
        return begin();
    ensureConnected();
    QSqlQuery isolation(m_db);
    if (!m_db.transaction() ||
        !isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))) {
        m_error = sqlFailure(lcHubStore(), m_db.lastError());
        suspectConnection();
        m_db.rollback();
        return false;
    }
    setInTransaction(true);
    return true;
}

bool HubDatabase::takeWriteTurn()
{
    if (m_dialect != Dialect::Postgres)
        return true;
    // docs/architecture.md, "Several hubs on one PostgreSQL store": a transaction that may
    // append events takes its turn before any row lock, so events commit in seq order and no
    // hub waits for the turn while holding a row another hub's turn needs (no deadlock).
    QSqlQuery turn(m_db);
    const QString sql = QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(advisory::eventTurn);
    if (turn.exec(sql))
        return true;
    m_error = sqlFailure(lcHubStore(), turn.lastError(), sql);
    suspectConnection();
    return false;
}

bool HubDatabase::commit()
{
    if (m_savepoints > 0) {
        --m_savepoints;
        if (run(savepointSql("RELEASE SAVEPOINT", m_savepoints)))
            return true;
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT work%1").arg(m_savepoints));
        invalidate();
        return false;
    }
    setInTransaction(false);
    if (m_db.commit())
        return true;
    m_error = sqlFailure(lcHubStore(), m_db.lastError());
    suspectConnection();
    m_db.rollback();
    invalidate();
    return false;
}

void HubDatabase::rollback()
{
    invalidate();
    if (m_savepoints > 0) {
        --m_savepoints;
        // Undone, and the savepoint released so that the group's transaction carries on.
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT work%1").arg(m_savepoints));
        exec(QStringLiteral("RELEASE SAVEPOINT work%1").arg(m_savepoints));
        return;
    }
    setInTransaction(false);
    m_db.rollback();
}

} // namespace parley::hub
