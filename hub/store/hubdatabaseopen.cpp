// Opening the hub's store: the two engines' connections and settings, reconnecting to
// PostgreSQL, the data folder's permissions, the key of the channels' secrets, the write check
// and the schema migration. The statements and transactions are in hubdatabase.cpp.
#include "hub/store/hubdatabase.h"

#include "core/storage/sqlerror.h"
#include "hub/hublogging.h"
#include "hub/store/advisorylocks.h"
#include "hub/store/channelrepository.h"
#include "hub/store/hubschema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace parley::hub {

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
    if (synchronous != QLatin1String("NORMAL"))
        m_walFile = QFileInfo(m_db.databaseName()).absoluteFilePath() + QStringLiteral("-wal");
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
    return applyPostgresSettings();
}

bool HubDatabase::applyPostgresSettings()
{
    // A commit is acknowledged once it is flushed to the server's disk (its default, stated
    // so that a server configured otherwise does not quietly weaken the hub's promise);
    // timestamps are the hub's integers, so the session's time zone matters nowhere.
    for (const QString &setting : {QStringLiteral("SET synchronous_commit = on"),
                                   QStringLiteral("SET client_min_messages = warning")}) {
        QSqlQuery query(m_db);
        if (!query.exec(setting)) {
            m_error = sqlFailure(lcHubStore(), query.lastError(), setting);
            return false;
        }
    }
    return true;
}

QSqlDatabase HubDatabase::cloneConnection(const QString &purpose) const
{
    QSqlDatabase side =
        QSqlDatabase::cloneDatabase(m_db, m_connection + QLatin1Char('-') + purpose);
    side.setNumericalPrecisionPolicy(m_db.numericalPrecisionPolicy());
    return side;
}

void HubDatabase::suspectConnection()
{
    if (m_dialect == Dialect::Postgres)
        m_suspect = true;
}

bool HubDatabase::ensureConnected()
{
    if (!m_suspect || m_inTransaction)
        return true;
    // A statement kept prepared and in use lives on this connection: not now, at the next one.
    for (const auto &statement : m_statements) {
        if (statement.second->inUse)
            return true;
    }
    {
        QSqlQuery probe(m_db);
        if (probe.exec(QStringLiteral("SELECT 1"))) {
            m_suspect = false; // the failure was the statement's, not the connection's
            return true;
        }
    }
    // The server went away (restarted, or the connection was cut): a new connection, and the
    // statements prepared on the old one are gone with it. At most one attempt per half
    // second: while the server is down, statements fail at once instead of each waiting for
    // a connection that cannot be made.
    if (m_reconnectClock.isValid() && m_reconnectClock.elapsed() < 500)
        return false;
    m_reconnectClock.start();
    m_statements.clear();
    m_db.close();
    if (!m_db.open()) {
        m_error = sqlFailure(lcHubStore(), m_db.lastError());
        return false;
    }
    if (!applyPostgresSettings()) {
        m_db.close();
        return false;
    }
    invalidate();
    m_suspect = false;
    qCInfo(lcHubStore, "reconnected to the PostgreSQL store");
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
    const QString lockKey = QString::number(advisory::migration);
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

} // namespace parley::hub
