#include "hub/store/hubdatabase.h"

#include "core/storage/sqlerror.h"
#include "hub/hublogging.h"
#include "hub/store/channelrepository.h"
#include "hub/store/hubschema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace parley::hub {

HubDatabase::HubDatabase()
    : m_connection(QStringLiteral("hub-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HubDatabase::~HubDatabase()
{
    m_statements.clear(); // finalized before the connection closes
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HubDatabase::openSqlite(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        m_error = QStringLiteral("cannot create %1").arg(dataDir);
        return false;
    }
    if (!restrictFiles(dataDir))
        return false;
    m_dialect = Dialect::Sqlite;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("hub.sqlite")));
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        m_error = sqlFailure(lcHubStore(), m_db.lastError());
        return false;
    }
    // WAL with synchronous=FULL: a commit returns once the write-ahead log is on the disk, so
    // a webhook acknowledged after it survives a power loss too; webhooks share their commits
    // (GroupCommit), which keeps the flushes few. PARLEY_HUB_SYNCHRONOUS=NORMAL trades that for
    // speed (docs/operations.md).
    const QString synchronous =
        qEnvironmentVariable("PARLEY_HUB_SYNCHRONOUS", QStringLiteral("FULL"));
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = ") + (synchronous == QLatin1String("NORMAL")
                                                         ? QStringLiteral("NORMAL")
                                                         : QStringLiteral("FULL")),
          QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!exec(pragma).isActive())
            return false;
    }
    // The -wal and -shm files exist now; SQLite gives them the store file's mode.
    return migrate() && restrictFiles(dataDir) && openSecrets(dataDir);
}

bool HubDatabase::isPostgresUrl(const QString &databaseUrl, QString *reason)
{
    const QUrl url(databaseUrl, QUrl::StrictMode);
    QString why;
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        why = QStringLiteral("--db takes postgresql://USER@HOST:PORT/DBNAME");
    else if (url.path().size() < 2 || url.path().indexOf(QLatin1Char('/'), 1) >= 0)
        why = QStringLiteral(
            "the PostgreSQL address names no database: postgresql://USER@HOST:PORT/DBNAME");
    else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        why = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian: "
                             "apt-get install libqt6sql6-psql");
    if (reason)
        *reason = why;
    return why.isEmpty();
}

QString HubDatabase::redactedUrl(const QString &databaseUrl)
{
    QUrl url(databaseUrl);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.toString();
}

bool HubDatabase::open(const QString &dataDir, const QString &databaseUrl)
{
    if (databaseUrl.isEmpty())
        return openSqlite(dataDir);
    if (!isPostgresUrl(databaseUrl, &m_error))
        return false;
    if (!QDir().mkpath(dataDir)) {
        m_error = QStringLiteral("cannot create %1").arg(dataDir);
        return false;
    }
    return restrictFiles(dataDir) && openPostgres(databaseUrl) && migrate() && openSecrets(dataDir);
}

bool HubDatabase::openPostgres(const QString &databaseUrl)
{
    const QUrl url(databaseUrl);
    m_dialect = Dialect::Postgres;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_db.setDatabaseName(url.path().mid(1));
    const QUrlQuery query(url);
    // A socket folder (?host=/run/postgresql) or a host name; libpq's own defaults otherwise.
    const QString host = query.hasQueryItem(QStringLiteral("host"))
                             ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                             : url.host();
    if (!host.isEmpty())
        m_db.setHostName(host);
    if (url.port() > 0)
        m_db.setPort(url.port());
    if (!url.userName().isEmpty())
        m_db.setUserName(url.userName(QUrl::FullyDecoded));
    if (!url.password().isEmpty())
        m_db.setPassword(url.password(QUrl::FullyDecoded));
    QStringList options = {QStringLiteral("connect_timeout=10"),
                           QStringLiteral("application_name=parley-hub")};
    for (const char *name : {"sslmode", "sslrootcert", "sslcert", "sslkey"}) {
        const QString key = QLatin1String(name);
        if (query.hasQueryItem(key))
            options.append(key + QLatin1Char('=') + query.queryItemValue(key, QUrl::FullyDecoded));
    }
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    // Sums of BIGINT columns are NUMERIC in PostgreSQL: read them as numbers, not text.
    m_db.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    if (!m_db.open()) {
        m_error = sqlFailure(lcHubStore(), m_db.lastError());
        return false;
    }
    // A commit is acknowledged once it is flushed to the server's disk (its default, stated
    // so that a server configured otherwise does not quietly weaken the hub's promise);
    // timestamps are the hub's integers, so the session's time zone matters nowhere.
    for (const QString &setting : {QStringLiteral("SET synchronous_commit = on"),
                                   QStringLiteral("SET client_min_messages = warning")}) {
        if (!exec(setting).isActive())
            return false;
    }
    return true;
}

bool HubDatabase::restrictFiles(const QString &dataDir)
{
    // The hub sets umask 077 for what it creates (hubcommands.cpp); this mends what an older
    // hub, or a copy made under another umask, left open to the group or everyone.
    const QFileDevice::Permissions folder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QFileDevice::Permissions file = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const auto restrict = [&](const QString &path, QFileDevice::Permissions mode) {
        const QFileDevice::Permissions now = QFile::permissions(path);
        if (!(now & others) || QFile::setPermissions(path, mode))
            return true;
        m_error = QStringLiteral("cannot restrict the permissions of %1").arg(path);
        return false;
    };
    const QDir dir(dataDir);
    if (!restrict(dataDir, folder))
        return false;
    for (const char *name :
         {"hub.sqlite", "hub.sqlite-wal", "hub.sqlite-shm", SecretBox::keyFileName}) {
        const QString path = dir.filePath(QLatin1String(name));
        if (QFile::exists(path) && !restrict(path, file))
            return false;
    }
    const QString media = dir.filePath(QStringLiteral("media"));
    if (!QFile::exists(media))
        return true;
    if (!restrict(media, folder))
        return false;
    QDirIterator files(media, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!restrict(path, files.fileInfo().isDir() ? folder : file))
            return false;
    }
    return true;
}

bool HubDatabase::openSecrets(const QString &dataDir)
{
    ChannelRepository channels(*this);
    const QString keyPath = QDir(dataDir).filePath(QLatin1String(SecretBox::keyFileName));
    if (QFile::exists(keyPath)) {
        if (!m_secrets.load(keyPath, &m_error))
            return false;
    } else if (channels.holdsSealedSecrets()) {
        // A new key would open none of them: say so rather than run with unreadable channels.
        m_error = QStringLiteral("the store's channel secrets are sealed, but the key file %1 is "
                                 "missing; put back the secret.key that belongs to this store")
                      .arg(keyPath);
        return false;
    } else if (!m_secrets.create(keyPath, &m_error)) {
        return false;
    }
    return channels.sealSecretsAtRest(&m_error);
}

bool HubDatabase::checkWritable(QString *reason)
{
    if (m_dialect == Dialect::Postgres) {
        // Rewriting the schema version with its own value: a read-only server, a full disk or
        // a lost connection fails it.
        Transaction transaction(*this);
        const bool ok =
            transaction.isOpen() &&
            exec(QStringLiteral("UPDATE schema_version SET version = version"
                                " WHERE version = (SELECT max(version) FROM schema_version)"))
                .isActive() &&
            transaction.commit();
        if (!ok)
            *reason = m_error;
        return ok;
    }
    const QVariant version = scalar(QStringLiteral("PRAGMA user_version"));
    bool ok = version.isValid() && exec(QStringLiteral("BEGIN IMMEDIATE")).isActive();
    if (ok) {
        // Rewriting the same value changes nothing, but its page reaches the write-ahead log.
        ok =
            exec(QStringLiteral("PRAGMA user_version = %1").arg(version.toLongLong())).isActive() &&
            exec(QStringLiteral("COMMIT")).isActive();
        if (!ok) {
            const QString error = m_error;
            exec(QStringLiteral("ROLLBACK"));
            m_error = error;
        }
    }
    if (!ok)
        *reason = m_error;
    return ok;
}

bool HubDatabase::migrate()
{
    if (!exec(
             QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
             .isActive())
        return false;
    // Hubs sharing one PostgreSQL store may start together: one migrates, the others wait and
    // then find the schema current. The lock is the session's, released when migrate() ends.
    const QString lockKey = QStringLiteral("%1").arg(0x7061726c6579LL); // "parley"
    struct MigrationLock {
        HubDatabase &db;
        const QString &key;
        bool held = false;
        ~MigrationLock()
        {
            if (held)
                db.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
        }
    } lock{*this, lockKey};
    if (m_dialect == Dialect::Postgres) {
        if (!exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(lockKey)).isActive())
            return false;
        lock.held = true;
    }
    int version = scalar(QStringLiteral("SELECT max(version) FROM schema_version"), {}, 0).toInt();
    const QList<QStringList> steps =
        m_dialect == Dialect::Postgres ? postgresSchemaSteps() : sqliteSchemaSteps();
    if (version > steps.size()) {
        m_error = QStringLiteral("the store has schema version %1; this hub knows up to %2")
                      .arg(version)
                      .arg(steps.size());
        return false;
    }
    for (; version < steps.size(); ++version) {
        Transaction transaction(*this);
        for (const QString &statement : steps.at(version)) {
            if (!exec(statement).isActive())
                return false;
        }
        if (!exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version + 1})
                 .isActive() ||
            !transaction.commit())
            return false;
    }
    return true;
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

} // namespace

QSqlQuery HubDatabase::exec(const QString &sql, const QVariantList &values)
{
    leaveGroup();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES: the rest (DDL, SET)
    // runs as it is, and has no values to bind.
    if (m_dialect == Dialect::Postgres && values.isEmpty() && !preparable(sql)) {
        if (!query.exec(sql))
            m_error = sqlFailure(lcHubStore(), query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql)) {
        m_error = sqlFailure(lcHubStore(), query.lastError(), sql);
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
    return false;
}

CachedQuery HubDatabase::query(const QString &sql, const QVariantList &values)
{
    leaveGroup();
    if (m_dialect == Dialect::Postgres && values.isEmpty() && !preparable(sql))
        return CachedQuery(exec(sql));
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto statement = std::make_unique<Statement>();
        statement->query = QSqlQuery(m_db);
        statement->query.setForwardOnly(true);
        if (!statement->query.prepare(sql)) {
            m_error = sqlFailure(lcHubStore(), statement->query.lastError(), sql);
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
    return query(sql, values).isActive();
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
    const qint64 version =
        scalar(QStringLiteral("PRAGMA data_version"), {}, m_dataVersion).toLongLong();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        ++m_localEpoch;
    }
    return m_localEpoch;
}

QVariant HubDatabase::scalar(const QString &sql, const QVariantList &values,
                             const QVariant &fallback)
{
    // Consumed before returning, so the statement can always come from the cache.
    CachedQuery q = query(sql, values);
    if (!q.isActive() || !q.next() || q.value(0).isNull())
        return fallback;
    return q.value(0);
}

bool HubDatabase::begin()
{
    leaveGroup();
    if (m_groupOpen) {
        if (!exec(QStringLiteral("SAVEPOINT work%1").arg(m_savepoints)).isActive())
            return false;
        ++m_savepoints;
        return true;
    }
    if (m_db.transaction())
        return true;
    m_error = sqlFailure(lcHubStore(), m_db.lastError());
    return false;
}

bool HubDatabase::commit()
{
    if (m_savepoints > 0) {
        --m_savepoints;
        if (exec(QStringLiteral("RELEASE SAVEPOINT work%1").arg(m_savepoints)).isActive())
            return true;
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT work%1").arg(m_savepoints));
        invalidate();
        return false;
    }
    if (m_db.commit())
        return true;
    m_error = sqlFailure(lcHubStore(), m_db.lastError());
    rollback();
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
    m_db.rollback();
}

bool HubDatabase::openGroup()
{
    leaveGroup();
    if (!m_db.transaction()) {
        m_error = sqlFailure(lcHubStore(), m_db.lastError());
        return false;
    }
    m_groupOpen = true;
    return true;
}

bool HubDatabase::closeGroup()
{
    if (!m_groupOpen)
        return true;
    m_groupOpen = false;
    m_savepoints = 0;
    if (m_db.commit())
        return true;
    m_error = sqlFailure(lcHubStore(), m_db.lastError());
    invalidate();
    m_db.rollback();
    return false;
}

} // namespace parley::hub
