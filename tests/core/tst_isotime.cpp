// core/protocol/isotime: the wire's instants ("2025-06-08T20:59:43.123Z"), written and read
// without QDateTime and checked against it across the calendar (split from tst_protocolcodec,
// which checks the entities that carry them).
#include "core/protocol/isotime.h"

#include <QDateTime>
#include <QTest>

using namespace parley;

class IsoTimeTest : public QObject {
    Q_OBJECT
private slots:
    void isoTimeIsUtcWithMilliseconds()
    {
        QCOMPARE(toIsoUtc(1749416383123), QStringLiteral("2025-06-08T20:59:43.123Z"));
        TimestampMs ms = 0;
        QVERIFY(fromIsoUtc(QStringLiteral("2025-06-08T20:59:43.123Z"), &ms));
        QCOMPARE(ms, 1749416383123);
        QVERIFY(fromIsoUtc(QStringLiteral("2025-06-08T17:59:43.123-03:00"), &ms));
        QCOMPARE(ms, 1749416383123);
        QVERIFY(!fromIsoUtc(QStringLiteral("2025-06-08T20:59:43"), &ms)); // no zone
        QVERIFY(!fromIsoUtc(QStringLiteral("yesterday"), &ms));
    }

    // The wire's own form is written without QDateTime (years 1000-9999): the text must be
    // QDateTime's, at the calendar's edges and across the range.
    void isoTimeWritesTheWireFormAsQDateTimeDoes()
    {
        const auto check = [](TimestampMs ms) {
            const QString expected =
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            QVERIFY2(
                toIsoUtc(ms) == expected,
                qPrintable(
                    QStringLiteral("%1: %2, QDateTime %3").arg(ms).arg(toIsoUtc(ms), expected)));
        };
        for (const int year : {999, 1000, 1600, 1900, 1969, 1970, 2000, 2024, 2100, 9999, 10000}) {
            for (int month = 1; month <= 12; ++month) {
                const QDate firstDay(year, month, 1);
                for (const QDate &date : {firstDay, firstDay.addDays(firstDay.daysInMonth() - 1)}) {
                    const TimestampMs midnight =
                        QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
                    for (const TimestampMs offset :
                         {TimestampMs(0), TimestampMs(1), TimestampMs(999), TimestampMs(45296789),
                          TimestampMs(86399999)}) {
                        check(midnight + offset);
                        check(midnight - offset);
                        if (QTest::currentTestFailed())
                            return;
                    }
                }
            }
        }
        // A sweep across years 1000-9999, fixed so that a failure repeats.
        quint64 state = 88172645463325252ULL;
        for (int i = 0; i < 20000; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            check(TimestampMs(state % 284012524800000ULL) - 30610224000000LL);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The wire's own form is read without QDateTime: the result must be QDateTime's, for every
    // day of the calendar's edges (leap years, month ends, out-of-range fields) and time.
    void isoTimeReadsTheWireFormAsQDateTimeDoes()
    {
        const auto check = [](const QString &text) {
            const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
            // An instant must say its zone ("Z" or an offset), whatever QDateTime accepts.
            const bool zoned = text.endsWith(QLatin1Char('Z')) ||
                               (text.size() > 6 && (text.at(text.size() - 6) == QLatin1Char('+') ||
                                                    text.at(text.size() - 6) == QLatin1Char('-')));
            TimestampMs ms = -1;
            const bool read = fromIsoUtc(text, &ms);
            QVERIFY2(read == (zoned && expected.isValid()), qPrintable(text));
            if (read)
                QVERIFY2(ms == expected.toMSecsSinceEpoch(), qPrintable(text));
        };
        for (const int year : {999, 1000, 1600, 1969, 1970, 1999, 2000, 2023, 2024, 2100, 9999}) {
            for (int month = 0; month <= 13; ++month) {
                for (int day = 0; day <= 32; ++day) {
                    check(QStringLiteral("%1-%2-%3T12:34:56.789Z")
                              .arg(year, 4, 10, QLatin1Char('0'))
                              .arg(month, 2, 10, QLatin1Char('0'))
                              .arg(day, 2, 10, QLatin1Char('0')));
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
        for (const QString &timeOfDay :
             {QStringLiteral("00:00:00.000"), QStringLiteral("23:59:59.999"),
              QStringLiteral("24:00:00.000"), QStringLiteral("12:60:00.000"),
              QStringLiteral("12:00:60.000"), QStringLiteral("1a:00:00.000"),
              QStringLiteral("12:00:00.0001"), QStringLiteral("12:00:00")}) {
            check(QStringLiteral("2024-02-29T%1Z").arg(timeOfDay));
            check(QStringLiteral("1970-01-01T%1Z").arg(timeOfDay));
        }
        for (const QString &other : {QStringLiteral("2024-06-14T15:00:00.000z"),
                                     QStringLiteral("2024-06-14 15:00:00.000Z"),
                                     QStringLiteral("2024-06-14T15:00:00.000+00:00"),
                                     QStringLiteral("+024-06-14T15:00:00.000Z"),
                                     QStringLiteral("2024-6-14T15:00:00.000ZZ")})
            check(other);
    }
};

QTEST_GUILESS_MAIN(IsoTimeTest)
#include "tst_isotime.moc"
