#pragma once

// bench-desktop's command line: what the driver measures, and what a window child it starts is
// told to do.

#include "bench/desktop/childwindow.h"

#include <QString>
#include <QStringList>

namespace parley::bench {

struct Options {
    qint64 messages = 1000000;
    int runs = 7;
    int opens = 100;
    bool offlineOnly = false; // only cold_start_offline_ms (and its baseline)
    QString cache;
    QString parley = QStringLiteral(PARLEY_DESKTOP_BINARY);
    QString sqlite3 = QStringLiteral("sqlite3");
    ChildOptions child;
};

// Reads `arguments` into `options`, whose values are the defaults; false with `error` set when a
// number is out of range. --help prints and exits, as QCommandLineParser does.
bool parseOptions(const QStringList &arguments, Options *options, QString *error);

} // namespace parley::bench
