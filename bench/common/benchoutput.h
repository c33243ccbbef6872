#pragma once

// What every benchmark program prints its figures with: figures on standard output (flushed, so
// a reader of a pipe sees each as it comes), progress on standard error, and the machine's
// state a reader needs to judge a figure (docs/performance.md gives the load next to each).

#include <QString>

namespace parley::bench {

void print(const QString &line);    // a figure, on standard output
void progress(const QString &line); // on standard error
// /proc/loadavg's three averages ("?" when it cannot be read): other work on the machine shows
// in the figures, the load lets a reader judge how much.
QString loadAverage();
QString cpuModel(); // /proc/cpuinfo's model name, else the architecture

} // namespace parley::bench
