#pragma once

#include <QtGlobal>

namespace parley {

// Calendar arithmetic on UTC milliseconds (billing months and trial days count whole days).
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

} // namespace parley
