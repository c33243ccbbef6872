#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parley {

class Mirror;
class Sqlite3Cli;

struct QueryFigure {
    QString name;
    double parleyMs = 0;  // mean wall time of Parley's own fetch function
    double sqlite3Ms = 0; // mean wall time of the same statement in the sqlite3 shell
    int runs = 0;         // timed runs on each side, after one warm-up
    int parleyRows = 0;
    int sqlite3Rows = 0;
    bool sameRows = false; // the same ids came back, not just as many
    bool samePlan = false; // inlining the values did not change SQLite's plan
    QStringList plan;      // EXPLAIN QUERY PLAN of Parley's statement
};

struct QueryBenchmarkSetup {
    Id busiestConversation = 0;
    // 0: as many runs as fit in about a second per side, between 20 and 2000, so that fast
    // queries get enough runs to average out the shell's millisecond clock.
    int runs = 0;
    int pageSize = 50;
    QString workDir;
};

// The list's first page under each built-in view, three filter combinations and two searches,
// and the newest messages of a busy conversation, each timed through Parley's fetch functions
// and through the sqlite3 shell on the same file.
bool runQueryBenchmark(Mirror &mirror, const Sqlite3Cli &cli, const QueryBenchmarkSetup &setup,
                       QList<QueryFigure> *figures, QString *error);

} // namespace parley
