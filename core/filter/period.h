#pragma once

#include "core/domain/ids.h"

#include <QString>
#include <QTimeZone>

namespace parley {

// "in x days / weeks / months" of R3.2, and the calendar day of "sent today".
//
// What the periods mean (docs/filters.md):
//  - Today: from the user's local midnight today to the next local midnight. On a DST change
//    that day is 23 or 25 hours long; where midnight itself is skipped, the day starts at the
//    first valid local time.
//  - N days: since the same local wall-clock time N days ago, so "in 1 day" across a DST change
//    spans 23 or 25 real hours, as the clock on the wall says.
//  - N weeks: N × 7 days as above.
//  - N months: since the same local date and time N months ago; a day that month lacks is
//    clamped to its last day (31 March − 1 month = 28/29 February).
enum class PeriodUnit { Today, Days, Weeks, Months };

struct Period {
    int count = 1;
    PeriodUnit unit = PeriodUnit::Days;
    bool operator==(const Period &other) const
    {
        return count == other.count && unit == other.unit;
    }
};

inline constexpr int MaxPeriodCount = 999;

QString periodUnitName(PeriodUnit unit);
bool periodUnitFromName(const QString &name, PeriodUnit *unit);

// An interval of instants [from, to). Rolling periods end in the far future so that a message
// stamped a moment ahead of this machine's clock still counts.
struct TimeRange {
    TimestampMs from = 0;
    TimestampMs to = 0;
};

inline constexpr TimestampMs FarFuture = Q_INT64_C(253402300799999); // 9999-12-31T23:59:59.999Z

TimeRange periodRange(const Period &period, TimestampMs now, const QTimeZone &zone);

} // namespace parley
