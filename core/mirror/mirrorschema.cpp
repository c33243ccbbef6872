// The mirror's schema: its steps in the order they are applied (each in a file by what it is for,
// mirrorschemasteps.h) and the migration that runs them.
#include "core/mirror/mirrorschema.h"

#include "core/logging.h"
#include "core/mirror/localstore.h"
#include "core/mirror/mirrorschemasteps.h"
#include "core/storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace parley {
namespace {

struct Step {
    QStringList (*statements)();
    // Names tables of the local store (core/mirror/localstore.h), attached first when the
    // connection does not have it yet.
    bool usesLocalStore = false;
    // Work SQL cannot do, run after the statements in the same transaction.
    bool (*fill)(QSqlDatabase &db, QString *error) = nullptr;
};

constexpr Step step(QStringList (*statements)(), bool (*fill)(QSqlDatabase &, QString *) = nullptr)
{
    return {statements, false, fill};
}

constexpr Step localStep(QStringList (*statements)())
{
    return {statements, true, nullptr};
}

// A step's version is its place here, from 1; a new step is appended at the end.
// Step 6 folds again what a version-5 file got without a folded copy (the index's update trigger
// keeps the index in step); step 7 does the same for any row still without one (one scan, once).
const Step steps[] = {step(mirrorsteps::hubTablesStep),
                      step(mirrorsteps::rawTextSearchStep),
                      step(mirrorsteps::desktopTablesStep),
                      step(mirrorsteps::activitiesStep),
                      step(mirrorsteps::draftsAndFoldedTextStep, mirrorsteps::foldStoredMessages),
                      step(mirrorsteps::foldedSearchStep, mirrorsteps::foldStoredMessages),
                      localStep(mirrorsteps::moveToLocalStoreStep),
                      step(mirrorsteps::searchFromCodeStep, mirrorsteps::foldAndReindex),
                      step(mirrorsteps::messageContentStep, mirrorsteps::foldAndReindex),
                      step(mirrorsteps::olderHistoryStep, mirrorsteps::foldAndReindex),
                      step(mirrorsteps::ticketsStep),
                      step(mirrorsteps::triageStep, mirrorsteps::foldAndReindex),
                      step(mirrorsteps::hubSavedViewsStep, mirrorsteps::foldAndReindex),
                      step(mirrorsteps::notificationSettingsStep, mirrorsteps::foldAndReindex),
                      step(mirrorsteps::compactSearchStep, mirrorsteps::foldAndRebuild),
                      step(mirrorsteps::templateComponentsStep, mirrorsteps::foldAndRebuild),
                      step(mirrorsteps::searchBacklogStep, mirrorsteps::foldAndReindex),
                      step(mirrorsteps::nameSearchStep, mirrorsteps::foldAndReindex)};

// Whether a later step of this run (before `target`) does the same fill: a mirror several
// versions behind then folds and reindexes once, at that later step, not once per step.
bool fillRepeatedLater(int version, int target)
{
    for (int later = version + 1; later < target; ++later) {
        if (steps[later].fill == steps[version].fill)
            return true;
        // Rebuilding the index folds and indexes every row: it covers the conditional reindex.
        if (steps[version].fill == mirrorsteps::foldAndReindex &&
            steps[later].fill == mirrorsteps::foldAndRebuild)
            return true;
    }
    return false;
}

} // namespace

int latestMirrorVersion()
{
    return int(sizeof(steps) / sizeof(steps[0]));
}

int mirrorVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool migrateMirror(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestMirrorVersion();
    int version = mirrorVersion(db);
    if (version < 0) {
        *error = sqlFailure(lcMirror(), db.lastError());
        return false;
    }
    if (version > latestMirrorVersion()) {
        *error = QStringLiteral("the mirror has version %1; this Parley knows up to %2")
                     .arg(version)
                     .arg(latestMirrorVersion());
        return false;
    }
    for (; version < target; ++version) {
        const Step &next = steps[version];
        if (next.usesLocalStore && !localStoreAttached(db) &&
            attachLocalStore(db, db.databaseName(), error) != LocalStoreStatus::Ok)
            return false;
        // Two connections (the UI's and the sync worker's) may open a new file at once: take the
        // write lock, then read the version again, so that each step runs once.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = sqlFailure(lcMirror(), query.lastError());
            return false;
        }
        const int now = mirrorVersion(db);
        if (now > version) {
            db.commit();
            version = now - 1;
            continue;
        }
        QStringList statements = next.statements();
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("migration to version %1 failed: %2")
                             .arg(version + 1)
                             .arg(sqlFailure(lcMirror(), query.lastError(), statement));
                db.rollback();
                return false;
            }
        }
        if (next.fill && !fillRepeatedLater(version, target) && !next.fill(db, error)) {
            *error =
                QStringLiteral("migration to version %1 failed: %2").arg(version + 1).arg(*error);
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = sqlFailure(lcMirror(), db.lastError());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace parley
