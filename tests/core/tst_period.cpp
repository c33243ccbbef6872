#include "core/filter/period.h"

#include <QDateTime>
#include <QTest>

using namespace parley;

namespace {

TimestampMs utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QTimeZone zone(const char *name)
{
    return QTimeZone(QByteArray(name));
}

} // namespace

class PeriodTest : public QObject {
    Q_OBJECT
private slots:
    void ranges_data()
    {
        QTest::addColumn<QString>("zoneName");
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to"); // empty: open-ended

        const int today = int(PeriodUnit::Today), days = int(PeriodUnit::Days),
                  weeks = int(PeriodUnit::Weeks), months = int(PeriodUnit::Months);

        // São Paulo has no DST since 2019: UTC−3 all year.
        QTest::newRow("today in São Paulo, late evening (already tomorrow in UTC)")
            << "America/Sao_Paulo"
            << "2026-11-22T01:30:00Z" << 1 << today << "2026-11-21T03:00:00Z"
            << "2026-11-22T03:00:00Z";
        QTest::newRow("today in Tokyo, early morning (still yesterday in UTC)")
            << "Asia/Tokyo"
            << "2026-11-20T16:00:00Z" << 1 << today << "2026-11-20T15:00:00Z"
            << "2026-11-21T15:00:00Z";
        QTest::newRow("2 days in Shanghai")
            << "Asia/Shanghai"
            << "2026-11-21T12:00:00Z" << 2 << days << "2026-11-19T12:00:00Z"
            << "";
        // Berlin springs forward on 2026-03-29 at 02:00 → 03:00 (CET → CEST).
        QTest::newRow("today in Berlin on the spring-forward day is 23 h")
            << "Europe/Berlin"
            << "2026-03-29T10:00:00Z" << 1 << today << "2026-03-28T23:00:00Z"
            << "2026-03-29T22:00:00Z";
        QTest::newRow("1 day back across spring-forward is 23 real hours")
            << "Europe/Berlin"
            << "2026-03-29T10:00:00Z" << 1 << days << "2026-03-28T11:00:00Z"
            << "";
        // Berlin falls back on 2026-10-25 at 03:00 → 02:00 (CEST → CET).
        QTest::newRow("today in Berlin on the fall-back day is 25 h")
            << "Europe/Berlin"
            << "2026-10-25T10:00:00Z" << 1 << today << "2026-10-24T22:00:00Z"
            << "2026-10-25T23:00:00Z";
        QTest::newRow("1 week back across fall-back keeps the wall clock")
            << "Europe/Berlin"
            << "2026-10-28T09:00:00Z" << 1 << weeks << "2026-10-21T08:00:00Z"
            << "";
        // New York springs forward on 2026-03-08.
        QTest::newRow("1 month back from New York's DST into standard time")
            << "America/New_York"
            << "2026-04-08T16:00:00Z" << 1 << months << "2026-03-08T16:00:00Z"
            << "";
        QTest::newRow("1 month before 31 March is the last day of February")
            << "Asia/Tokyo"
            << "2026-03-31T01:00:00Z" << 1 << months << "2026-02-28T01:00:00Z"
            << "";
        QTest::newRow("1 month before 31 March of a leap year is 29 February")
            << "Asia/Tokyo"
            << "2028-03-31T01:00:00Z" << 1 << months << "2028-02-29T01:00:00Z"
            << "";
        QTest::newRow("3 months before 31 May is 28 February")
            << "America/Sao_Paulo"
            << "2026-05-31T15:00:00Z" << 3 << months << "2026-02-28T15:00:00Z"
            << "";
        QTest::newRow("1 month back across a year end")
            << "UTC"
            << "2027-01-15T08:00:00Z" << 1 << months << "2026-12-15T08:00:00Z"
            << "";
        QTest::newRow("today on 31 December ends on 1 January")
            << "UTC"
            << "2026-12-31T23:59:59Z" << 1 << today << "2026-12-31T00:00:00Z"
            << "2027-01-01T00:00:00Z";
    }

    void ranges()
    {
        QFETCH(QString, zoneName);
        QFETCH(QString, now);
        QFETCH(int, count);
        QFETCH(int, unit);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QTimeZone tz = zone(zoneName.toLatin1().constData());
        QVERIFY2(tz.isValid(), qPrintable(zoneName));
        const TimeRange range =
            periodRange({count, PeriodUnit(unit)}, utc(now.toLatin1().constData()), tz);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(range.from, Qt::UTC).toString(Qt::ISODate), from);
        if (to.isEmpty())
            QCOMPARE(range.to, FarFuture);
        else
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(range.to, Qt::UTC).toString(Qt::ISODate), to);
    }

    void unitNamesRoundTrip()
    {
        for (PeriodUnit unit :
             {PeriodUnit::Today, PeriodUnit::Days, PeriodUnit::Weeks, PeriodUnit::Months}) {
            PeriodUnit back = PeriodUnit::Today;
            QVERIFY(periodUnitFromName(periodUnitName(unit), &back));
            QCOMPARE(back, unit);
        }
        PeriodUnit unit = PeriodUnit::Days;
        QVERIFY(!periodUnitFromName(QStringLiteral("fortnights"), &unit));
    }
};

QTEST_GUILESS_MAIN(PeriodTest)
#include "tst_period.moc"
