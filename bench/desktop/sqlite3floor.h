#pragma once

#include "bench/desktop/options.h"
#include "core/domain/ids.h"

#include <QList>
#include <QString>

namespace parley::bench {

// The floor: a sqlite3 process that opens the mirror, reads the list's first page and the
// busy conversation's newest messages, and exits. Wall time of the whole process, --runs times
// after one that warms the page cache; empty (and `error` set) when sqlite3 failed. The script
// is written into `folder`.
QList<double> timeSqlite3(const Options &options, const QString &mirror, Id busy,
                          const QString &folder, QString *error);

} // namespace parley::bench
