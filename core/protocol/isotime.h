#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// The wire carries instants as ISO-8601 UTC with milliseconds ("2026-11-21T20:32:57.123Z").
QString toIsoUtc(TimestampMs ms);
// Accepts any ISO-8601 instant with a zone (Z or ±hh:mm); false for anything else.
bool fromIsoUtc(const QString &text, TimestampMs *ms);

} // namespace parley
