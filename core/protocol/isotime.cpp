#include "core/protocol/isotime.h"

#include "core/billing/days.h"

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

// The civil date of a day counted from 1970-01-01 (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // from March
    *day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    *month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

// `count` digits of `value` at `at`, zero-padded.
void writeDigits(char16_t *at, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        at[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString toIsoUtc(TimestampMs ms)
{
    // Years 1000-9999, in the wire's own form, written without QDateTime: every event a hub
    // appends carries one or more instants (a webhook's conversation and message: three), and
    // QDateTime's formatting cost more than the rest of serializing them. Other years (never
    // met in practice) as QDateTime writes them.
    static const TimestampMs first = daysFromCivil(1000, 1, 1) * msPerDay;
    static const TimestampMs last = daysFromCivil(10000, 1, 1) * msPerDay - 1;
    if (ms < first || ms > last)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    const qint64 days = ms >= 0 ? ms / msPerDay : (ms - (msPerDay - 1)) / msPerDay;
    const int inDay = int(ms - days * msPerDay);
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    writeDigits(text, year, 4);
    writeDigits(text + 5, month, 2);
    writeDigits(text + 8, day, 2);
    writeDigits(text + 11, inDay / 3600000, 2);
    writeDigits(text + 14, inDay / 60000 % 60, 2);
    writeDigits(text + 17, inDay / 1000 % 60, 2);
    writeDigits(text + 20, inDay % 1000, 3);
    return QString(reinterpret_cast<const QChar *>(text), 24);
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
