#pragma once

#include "core/domain/ids.h"

#include <QString>
#include <QUrl>

namespace parley::bench {

// What a window child (bench-desktop --child …) is given by the benchmark.
struct ChildOptions {
    QString kind;   // "parley": MainWindow as the app builds it; "baseline": bare Qt views on SQL
    QString mirror; // the mirror file
    QUrl hub;       // parley: the running benchmark hub, for the sync worker
    QString token;
    Id busy = 0; // the conversation with the most messages
    int opens = 100;
    qint64 mainNs = 0;     // steady_clock when main() was entered
    qint64 appReadyNs = 0; // … and when QApplication was constructed
};

// Runs inside a QApplication (offscreen): shows the window, then prints, one per line,
// "phase <name> <steady ns>" for main(), QApplication, the mirror open and the built window,
// "first_paint_ns <steady ns>", "memory_start <rss MB> <hwm MB>", "memory_settled …",
// "open busy|typical <ms> <ms of it before the paint>" for every timed open and "memory_after_opens
// <n> <rss> <hwm>".
int runChild(const ChildOptions &options);

} // namespace parley::bench
