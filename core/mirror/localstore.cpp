#include "core/mirror/localstore.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace parley {
namespace {

// The local file's own numbered steps (PRAGMA local.user_version), apart from the mirror's: the
// mirror is rebuilt from version 0 after damage, this file never is.
const char *const localStep1[] = {
    "CREATE TABLE local.saved_views (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
    " filter TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE local.snoozes (conversation_id INTEGER PRIMARY KEY,"
    " until_at INTEGER NOT NULL, message_count INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX local.snoozes_due ON snoozes (until_at)",
    "CREATE TABLE local.outbox (id TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE,"
    " conversation_id INTEGER NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'pending')",
    "CREATE TABLE local.drafts (conversation_id INTEGER PRIMARY KEY, text TEXT NOT NULL,"
    " updated_at INTEGER NOT NULL DEFAULT 0)",
};

// Step 2, issue #12: saved views now live on the hub. The ones kept here before are uploaded
// once, each with a key of its own, so that an upload repeated after a crash finds the first
// one on the hub instead of making a second (core/sync/savedviewupload.h).
const char *const localStep2[] = {
    "ALTER TABLE local.saved_views ADD COLUMN upload_key TEXT NOT NULL DEFAULT ''",
    "UPDATE local.saved_views SET upload_key = lower(hex(randomblob(16)))",
};

struct LocalStep {
    const char *const *statements;
    int count;
};

const LocalStep localSteps[] = {{localStep1, int(std::size(localStep1))},
                                {localStep2, int(std::size(localStep2))}};
constexpr int latestLocalVersion = int(std::size(localSteps));

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = sqlFailure(lcMirror(), query.lastError(), sql);
    return false;
}

void detach(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE local"));
}

// Renames the damaged file and its journal aside; the next attach creates a fresh one.
void setAside(QSqlDatabase &db, const QString &path)
{
    detach(db);
    const QString aside =
        path + QStringLiteral(".damaged-%1").arg(QDateTime::currentMSecsSinceEpoch());
    qCWarning(lcMirror, "the local store is damaged; kept aside as %s", qUtf8Printable(aside));
    QFile::rename(path, aside);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    }
}

bool migrate(QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery query(db);
    for (; version < latestLocalVersion; ++version) {
        // The UI's and the sync worker's connections may open a new file at the same moment:
        // the write lock first, then the version again, so only one of them runs each step.
        if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        if (!query.exec(QStringLiteral("PRAGMA local.user_version")) || !query.next()) {
            *error = sqlFailure(lcMirror(), query);
            db.rollback();
            return false;
        }
        const int now = query.value(0).toInt();
        query.finish();
        if (now > version) {
            db.commit();
            version = now - 1;
            continue;
        }
        const LocalStep &step = localSteps[version];
        QStringList statements;
        for (int i = 0; i < step.count; ++i)
            statements.append(QString::fromLatin1(step.statements[i]));
        statements.append(QStringLiteral("PRAGMA local.user_version = %1").arg(version + 1));
        for (const QString &sql : statements) {
            if (!exec(query, sql, error)) {
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = sqlFailure(lcMirror(), db.lastError());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace

QString localStorePath(const QString &mirrorPath)
{
    const QLatin1String suffix(".sqlite");
    if (mirrorPath.endsWith(suffix))
        return mirrorPath.chopped(suffix.size()) + QStringLiteral(".local.sqlite");
    return mirrorPath + QStringLiteral(".local");
}

QStringList localStoreTables()
{
    return {QStringLiteral("outbox"), QStringLiteral("snoozes"), QStringLiteral("saved_views"),
            QStringLiteral("drafts")};
}

bool localStoreAttached(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA database_list")))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("local"))
            return true;
    }
    return false;
}

LocalStoreStatus attachLocalStore(QSqlDatabase &db, const QString &mirrorPath, QString *error)
{
    const QString path = localStorePath(mirrorPath);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS local"));
    query.addBindValue(path);
    if (!query.exec()) {
        *error = sqlFailure(lcMirror(), query);
        return LocalStoreStatus::Failed;
    }
    if (!query.exec(QStringLiteral("PRAGMA local.user_version")) || !query.next()) {
        *error = QStringLiteral("the local store %1 is unreadable: %2")
                     .arg(path, query.lastError().text());
        query.finish();
        setAside(db, path);
        return LocalStoreStatus::Damaged;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > latestLocalVersion) {
        *error = QStringLiteral("the local store was written by a newer Parley (version %1)")
                     .arg(version);
        detach(db);
        return LocalStoreStatus::Failed;
    }
    // Replies waiting to go out are worth a full sync per transaction; they are few and small.
    for (const char *pragma :
         {"PRAGMA local.journal_mode = WAL", "PRAGMA local.synchronous = FULL"}) {
        if (!exec(query, QString::fromLatin1(pragma), error)) {
            detach(db);
            return LocalStoreStatus::Failed;
        }
    }
    if (!migrate(db, version, error)) {
        detach(db);
        return LocalStoreStatus::Failed;
    }
    QStringList present;
    if (!exec(query, QStringLiteral("SELECT name FROM local.sqlite_schema WHERE type = 'table'"),
              error)) {
        setAside(db, path);
        return LocalStoreStatus::Damaged;
    }
    while (query.next())
        present.append(query.value(0).toString());
    query.finish();
    for (const QString &table : localStoreTables()) {
        if (!present.contains(table)) {
            *error = QStringLiteral("table %1 is missing from the local store").arg(table);
            setAside(db, path);
            return LocalStoreStatus::Damaged;
        }
    }
    return LocalStoreStatus::Ok;
}

} // namespace parley
