#pragma once

#include <QString>
#include <QStringList>

namespace parley {

class DataGenerator;
class Mirror;
class Sqlite3Cli;

struct ApplyFigures {
    qint64 rows = 0;      // conversations + messages, one event each
    qint64 parleyNs = 0;  // Mirror::apply over every batch, generation excluded
    qint64 sqlite3Ns = 0; // `sqlite3 baseline.db < inserts.sql`
    double parleyCpuMs = 0;
    double sqlite3CpuMs = 0;
    // Messages a bulk apply left waiting for the full-text index (mirror step 17) when the last
    // batch was applied, and Mirror::indexSearchBacklog's time to index them afterwards.
    qint64 backlog = 0;
    qint64 backlogNs = 0;
    double backlogCpuMs = 0;
};

// The PRAGMAs Mirror::open sets, given to the sqlite3 baseline and query session so that both
// sides run with the same cache and durability settings.
QStringList mirrorPragmas();

// Generates every conversation once and feeds it two ways: as hub events applied to `mirror`
// in batches of `batchSize`, and as plain INSERTs of the same rows, in transactions of the same
// size, that sqlite3 then runs against `baselinePath` (a fresh mirror file: same schema,
// indexes, full-text index and triggers).
bool runApplyBenchmark(DataGenerator &generator, Mirror &mirror, const QString &baselinePath,
                       const QString &insertsPath, const Sqlite3Cli &cli, int batchSize,
                       ApplyFigures *figures, QString *error);

} // namespace parley
