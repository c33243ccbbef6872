#include "hub/store/hubdatabase.h"

#include "core/storage/sqlerror.h"
#include "hub/hublogging.h"
#include "hub/store/channelrepository.h"
#include "hub/store/hubschema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
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
    // WAL with synchronous=NORMAL: a committed transaction survives a crash of the hub process
    // (docs/operations.md discusses power loss and PARLEY_HUB_SYNCHRONOUS=FULL).
    const QString synchronous =
        qEnvironmentVariable("PARLEY_HUB_SYNCHRONOUS", QStringLiteral("NORMAL"));
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = ") + (synchronous == QLatin1String("FULL")
                                                         ? QStringLiteral("FULL")
                                                         : QStringLiteral("NORMAL")),
          QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!exec(pragma).isActive())
            return false;
    }
    // The -wal and -shm files exist now; SQLite gives them the store file's mode.
    return migrate() && restrictFiles(dataDir) && openSecrets(dataDir);
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
    int version = scalar(QStringLiteral("SELECT max(version) FROM schema_version"), {}, 0).toInt();
    const QList<QStringList> steps = sqliteSchemaSteps();
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

QSqlQuery HubDatabase::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
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

quint64 HubDatabase::cacheEpoch()
{
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
    if (m_db.transaction())
        return true;
    m_error = sqlFailure(lcHubStore(), m_db.lastError());
    return false;
}

bool HubDatabase::commit()
{
    if (m_db.commit())
        return true;
    m_error = sqlFailure(lcHubStore(), m_db.lastError());
    rollback();
    return false;
}

void HubDatabase::rollback()
{
    invalidate();
    m_db.rollback();
}

} // namespace parley::hub
