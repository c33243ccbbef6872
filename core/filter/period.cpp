#include "core/filter/period.h"

#include "core/domain/enumnames.h"

#include <QDateTime>

namespace parley {
namespace {

const EnumNames<PeriodUnit> units = {{PeriodUnit::Today, "today"},
                                     {PeriodUnit::Days, "days"},
                                     {PeriodUnit::Weeks, "weeks"},
                                     {PeriodUnit::Months, "months"}};

} // namespace

QString periodUnitName(PeriodUnit unit)
{
    return enumName(units, unit);
}
bool periodUnitFromName(const QString &name, PeriodUnit *unit)
{
    return enumFromName(units, name, unit);
}

TimeRange periodRange(const Period &period, TimestampMs now, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone);
    switch (period.unit) {
    case PeriodUnit::Today: {
        const QDate today = local.date();
        return {today.startOfDay(zone).toMSecsSinceEpoch(),
                today.addDays(1).startOfDay(zone).toMSecsSinceEpoch()};
    }
    case PeriodUnit::Days:
        return {local.addDays(-period.count).toMSecsSinceEpoch(), FarFuture};
    case PeriodUnit::Weeks:
        return {local.addDays(-7 * qint64(period.count)).toMSecsSinceEpoch(), FarFuture};
    case PeriodUnit::Months:
        return {local.addMonths(-period.count).toMSecsSinceEpoch(), FarFuture};
    }
    return {0, FarFuture};
}

} // namespace parley
