#pragma once

class QAbstractItemView;

namespace parley::ui {

// A hook for bench/desktop: with PARLEY_REPORT_FIRST_PAINT=1 in the environment, prints
// "parley-first-paint steady_ns=<n> rows=<r>" on standard output once `view` has painted its
// first rows, n being std::chrono::steady_clock (CLOCK_MONOTONIC on Linux), which the
// benchmark compares with the instant it started the process. Without the variable: nothing.
void reportFirstPaintIfAsked(QAbstractItemView *view);

} // namespace parley::ui
