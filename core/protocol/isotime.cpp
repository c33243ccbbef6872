#include "core/protocol/isotime.h"

#include <QDateTime>

namespace parley {

QString toIsoUtc(TimestampMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool fromIsoUtc(const QString &text, TimestampMs *ms)
{
    // Without an explicit zone Qt would read local time; an instant must say where it is.
    const bool hasZone = text.endsWith(QLatin1Char('Z')) ||
                         (text.size() > 6 && (text.at(text.size() - 6) == QLatin1Char('+') ||
                                              text.at(text.size() - 6) == QLatin1Char('-')));
    if (!hasZone)
        return false;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return false;
    *ms = parsed.toMSecsSinceEpoch();
    return true;
}

} // namespace parley
