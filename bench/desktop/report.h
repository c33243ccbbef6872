#pragma once

// bench-desktop's output: figures on standard output, progress on standard error, and the
// small formatting every figure line shares.

#include "bench/common/benchoutput.h"
#include "bench/desktop/coldstart.h"
#include "bench/desktop/mirrorcache.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parley::bench {

QString ms(double value); // one decimal
// Field `field` (0-based, after the prefix) of every line starting with `prefix`.
QList<double> samples(const QStringList &lines, const QString &prefix, int field = 0);
// Where a start went: ms from fork to each phase the program reported (a window child, or the
// desktop with PARLEY_REPORT_FIRST_PAINT=1), and to the painted list, in the order they came.
QString phases(const LaunchResult &result);
// What follows `prefix` on the first line starting with it; "?" when none does.
QString lineAfter(const QStringList &lines, const QString &prefix);
QString ratio(double parley, double baseline);
// The run's header: the mirror, the machine, the load at start and now, how times are taken.
void printMirrorHeader(const CachedMirror &mirror, const QString &loadAtStart);

} // namespace parley::bench
