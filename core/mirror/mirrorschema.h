#pragma once

#include <QSqlDatabase>
#include <QString>

namespace parley {

// The mirror's schema evolves by numbered steps recorded in PRAGMA user_version. Each step runs
// in its own transaction together with the new version number, so a crash leaves the file at
// one version or the next, never between.
int latestMirrorVersion();

// Runs the steps after the file's current version up to `target` (latest by default).
bool migrateMirror(QSqlDatabase &db, QString *error, int target = -1);

int mirrorVersion(QSqlDatabase &db);

} // namespace parley
