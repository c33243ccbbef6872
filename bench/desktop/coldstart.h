#pragma once

#include "bench/desktop/measure.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace parley::bench {

// One launch of a program that prints a steady_clock time once its list has painted: the real
// desktop with PARLEY_REPORT_FIRST_PAINT=1 ("parley-first-paint steady_ns=N …") or a window
// child ("first_paint_ns N").
struct Launch {
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    int settleMs = 2000; // kept running this long after the paint, then asked again for memory
};

struct LaunchResult {
    qint64 startNs = 0;       // steady_clock just before fork
    double firstPaintMs = -1; // from there to the painted list
    Memory atPaint;           // read as soon as the paint was reported
    Memory settled;           // settleMs later
    QStringList lines;        // everything the program printed
    QString error;
};

// Starts the program, waits for the paint (60 s at most), reads its memory, waits settleMs
// for the rest of its output when it ends by itself, else stops it (SIGTERM).
LaunchResult launchUntilPainted(const Launch &launch);

// Drops a file's pages from the page cache (posix_fadvise DONTNEED; no privileges needed), so
// that the next start reads the mirror from disk. Libraries stay cached.
bool evictFromPageCache(const QString &path);

} // namespace parley::bench
