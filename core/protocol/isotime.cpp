#include "core/protocol/isotime.h"

#include <QDateTime>

namespace parley {
namespace {

// The number made of the `count` digits at `from`, or -1 when one of them is not a digit.
int digitsAt(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = y / 400; // y > 0 here
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

// Exactly the form toIsoUtc writes ("YYYY-MM-DDTHH:MM:SS.mmmZ", years 1000-9999), read without
// QDateTime: a sync reads one or more per event, and QDateTime's parser costs more than the
// rest of decoding a message. False for anything else, which QDateTime then reads.
bool readWireInstant(const QString &text, TimestampMs *ms)
{
    static constexpr char16_t shape[] = u"dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() != 24)
        return false;
    for (int i = 0; i < 24; ++i) {
        if (shape[i] != u'd' && text.at(i).unicode() != shape[i])
            return false;
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    const int milli = digitsAt(text, 20, 3);
    if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || milli < 0)
        return false;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return false;
    *ms = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60000LL +
          second * 1000LL + milli;
    return true;
}

} // namespace

QString toIsoUtc(TimestampMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool fromIsoUtc(const QString &text, TimestampMs *ms)
{
    if (readWireInstant(text, ms))
        return true;
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
