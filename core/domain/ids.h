#pragma once

#include <QtGlobal>

namespace parley {

// Every entity the hub stores has a 64-bit id that it assigns; 0 means "not yet stored".
using Id = qint64;

// Instants are UTC milliseconds since the Unix epoch. One integer type everywhere keeps the
// mirror's SQL, the wire codecs and the rules free of time-zone conversions; only filters and the
// UI turn them into local dates.
using TimestampMs = qint64;

} // namespace parley
