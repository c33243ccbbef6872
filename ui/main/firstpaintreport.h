#pragma once

#include <functional>

class QAbstractItemView;
class QObject;

namespace parley::ui {

// A hook for bench/desktop: with PARLEY_REPORT_FIRST_PAINT=1 in the environment, prints
// "parley-first-paint steady_ns=<n> rows=<r>" on standard output once `view` has painted its
// first rows, n being std::chrono::steady_clock (CLOCK_MONOTONIC on Linux), which the
// benchmark compares with the instant it started the process. Without the variable: nothing.
void reportFirstPaintIfAsked(QAbstractItemView *view);

// Where the start went, for the same benchmark and for a debug log: with
// PARLEY_REPORT_FIRST_PAINT=1 prints "phase <name> <steady ns>" on standard output (the format
// bench/desktop reads from its window children); with the category parley.startup enabled
// (QT_LOGGING_RULES="parley.startup.debug=true") logs the ms since the first phase.
void reportStartupPhase(const char *name);

// Calls `then` once, from the event loop after the paint, when `view` has first painted with
// rows: what comes after the first paint of a start waits for it (DesktopApp). Never called if
// `context` is destroyed first.
void afterFirstPaintWithRows(QAbstractItemView *view, QObject *context, std::function<void()> then);

} // namespace parley::ui
