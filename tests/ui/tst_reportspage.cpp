// The admin Reports page (issue #14) against a real parley-hub: the four reports drawn from the
// hub's figures, the filters offered from the hub's lists, and the CSV export.
#include "adminpagefixture.h"
#include "customerwrites.h"
#include "screenshots.h"
#include "ui/admin/reportspage.h"
#include "ui/reports/heatmapwidget.h"
#include "ui/settings/language.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class ReportsPageTest : public QObject, protected AdminPageFixture {
    Q_OBJECT
private:
    static qreal seriesTotal(QChartView *view, const QString &name)
    {
        for (QAbstractSeries *series : view->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            if (line && line->name() == name) {
                qreal total = 0;
                for (const QPointF &p : line->points())
                    total += p.y();
                return total;
            }
        }
        return -1;
    }

    static int seriesPoints(QChartView *view, const QString &name)
    {
        for (QAbstractSeries *series : view->chart()->series())
            if (series->name() == name)
                return int(qobject_cast<QLineSeries *>(series)->count());
        return -1;
    }

    Id m_conversation = 0;
    QTranslator m_translator; // PARLEY_SCREENSHOT_LANG's

private slots:
    // One customer writes now and the admin answers.
    void initTestCase()
    {
        QVERIFY(installScreenshotLanguage(&m_translator));
        QVERIFY(setUpAdmin());
        QVERIFY(addUnreachableChannel());
        QVERIFY(startHubAsAdmin());
        m_conversation =
            customerWrites(m_hub, QStringLiteral("secret"), m_admin,
                           CustomerMessage(QStringLiteral("5511987650001"), QStringLiteral("Oi")));
        QVERIFY(m_conversation > 0);
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                           {{"text", "Olá!"}}, m_admin, {{"Idempotency-Key", "reports-reply"}})
                     .status,
                 202);
    }

    void showsTheHubsFigures()
    {
        ReportsPage page(&m_client);
        QSignalSpy loaded(&page, &ReportsPage::loaded);
        QSignalSpy failed(&page, &ReportsPage::failed);
        page.show(); // the first show reads the reports
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);
        // The default range: the last 30 days, today included.
        QCOMPARE(child<QDateEdit>(page, "reportsTo")->date(), QDate::currentDate());
        auto *volume = child<QChartView>(page, "volumeChart");
        QCOMPARE(seriesPoints(volume, ReportsPage::tr("Opened")), 30);
        QCOMPARE(seriesTotal(volume, ReportsPage::tr("Opened")), 1.0);
        QCOMPARE(seriesTotal(volume, ReportsPage::tr("Closed")), 0.0);
        // Nobody answered a satisfaction survey yet (issue #14: the hub's CSAT figure).
        QCOMPARE(child<QLabel>(page, "csatFigure")->text(),
                 ReportsPage::tr("Customer satisfaction: no answers in these days."));

        // First response by the admin, by the channel; no resolution yet.
        auto *times = child<QTableWidget>(page, "responseTimes");
        QCOMPARE(times->rowCount(), 2);
        QCOMPARE(times->item(0, 0)->text(), ReportsPage::tr("First response"));
        QCOMPARE(times->item(0, 1)->text(), ReportsPage::tr("Agent"));
        QCOMPARE(times->item(0, 2)->text(), QStringLiteral("ADMIN"));
        QCOMPARE(times->item(0, 3)->text(), QStringLiteral("1"));
        QCOMPARE(times->item(1, 1)->text(), ReportsPage::tr("Channel"));

        QCOMPARE(child<HeatmapWidget>(page, "inboundHeatmap")->total(), 1);
        QCOMPARE(child<HeatmapWidget>(page, "outboundHeatmap")->total(), 1);
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(child<HeatmapWidget>(page, "inboundHeatmap")
                         ->counts()[now.date().dayOfWeek() - 1][now.time().hour()] +
                     child<HeatmapWidget>(page, "inboundHeatmap")
                         ->counts()[now.addSecs(-3600).date().dayOfWeek() - 1]
                                   [now.addSecs(-3600).time().hour()],
                 1); // this hour, or the last one if the hour turned since

        auto *spend = child<QChartView>(page, "spendChart");
        QCOMPARE(seriesTotal(spend, ReportsPage::tr("Template sends")), 0.0);
        QCOMPARE(seriesPoints(spend, ReportsPage::tr("Credits spent")), 30);
        page.resize(1200, 720);
        QVERIFY(saveScreenshot(&page, QStringLiteral("reports")));
    }

    // Dates are written as the agent's language writes them (Language::install() makes its
    // locale the default before any window exists): the range fields and the days under the
    // charts, with no English month names in Japanese or Portuguese.
    void datesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("daysFormat");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("M/d");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("dd/MM");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("M/d");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("MM/dd");
    }
    void datesFollowTheLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, daysFormat);
        const QLocale before;
        const QLocale locale = Language::localeOf(code);
        QLocale::setDefault(locale);
        {
            ReportsPage page(&m_client);
            QSignalSpy loaded(&page, &ReportsPage::loaded);
            page.show();
            QTRY_COMPARE(loaded.count(), 1);
            for (const char *name : {"reportsFrom", "reportsTo"}) {
                auto *edit = child<QDateEdit>(page, name);
                QCOMPARE(edit->locale(), locale);
                QCOMPARE(edit->text(),
                         locale.toString(edit->date(), locale.dateFormat(QLocale::ShortFormat)));
                if (code != QLatin1String("en")) {
                    for (int month = 1; month <= 12; ++month)
                        QVERIFY2(
                            !edit->text().contains(
                                QLocale(QLocale::English).monthName(month, QLocale::ShortFormat)),
                            qPrintable(edit->text()));
                }
            }
            auto *volume = child<QChartView>(page, "volumeChart");
            QCOMPARE(volume->chart()->locale(), locale);
            QCOMPARE(volume->chart()->axes(Qt::Horizontal).size(), 1);
            auto *days =
                qobject_cast<QDateTimeAxis *>(volume->chart()->axes(Qt::Horizontal).first());
            QVERIFY(days);
            QCOMPARE(days->format(), daysFormat);
        }
        QLocale::setDefault(before);
    }

    void filtersComeFromTheHub()
    {
        ReportsPage page(&m_client);
        QSignalSpy loaded(&page, &ReportsPage::loaded);
        page.show();
        QTRY_COMPARE(loaded.count(), 1);
        auto *channels = child<QComboBox>(page, "reportsChannel");
        QTRY_COMPARE(channels->count(), 2); // "All channels" and the one channel
        auto *agents = child<QComboBox>(page, "reportsAgent");
        QTRY_VERIFY(agents->findText(QStringLiteral("ADMIN")) > 0);
        // A range before anything happened shows nothing.
        child<QDateEdit>(page, "reportsFrom")->setDate(QDate::currentDate().addDays(-60));
        child<QDateEdit>(page, "reportsTo")->setDate(QDate::currentDate().addDays(-40));
        channels->setCurrentIndex(1);
        QCOMPARE(page.filter().channelId, channels->currentData().toLongLong());
        child<QPushButton>(page, "reportsRefresh")->click();
        QTRY_COMPARE(loaded.count(), 2);
        auto *volume = child<QChartView>(page, "volumeChart");
        QCOMPARE(seriesPoints(volume, ReportsPage::tr("Opened")), 21);
        QCOMPARE(seriesTotal(volume, ReportsPage::tr("Opened")), 0.0);
        QCOMPARE(child<HeatmapWidget>(page, "inboundHeatmap")->total(), 0);
    }

    void exportsTheShownReportAsCsv()
    {
        ReportsPage page(&m_client);
        QSignalSpy loaded(&page, &ReportsPage::loaded);
        QSignalSpy exported(&page, &ReportsPage::exported);
        page.show();
        QTRY_COMPARE(loaded.count(), 1);
        const QString path = m_dir.filePath(QStringLiteral("conversations.csv"));
        page.exportCsv(path);
        QTRY_COMPARE(exported.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 31);
        QCOMPARE(lines.first().trimmed(), QByteArray("day,opened,closed"));
        QVERIFY(lines.last().startsWith(QDate::currentDate().toString(Qt::ISODate).toUtf8()));
        QVERIFY(lines.last().trimmed().endsWith(",1,0"));

        child<QTabWidget>(page, "reportViews")->setCurrentIndex(2);
        const QString heat = m_dir.filePath(QStringLiteral("hours.csv"));
        page.exportCsv(heat);
        QTRY_COMPARE(exported.count(), 2);
        QFile hours(heat);
        QVERIFY(hours.open(QIODevice::ReadOnly));
        QVERIFY(hours.readAll().startsWith("weekday,hour,inbound,outbound"));
    }
};

QTEST_MAIN(ReportsPageTest)
#include "tst_reportspage.moc"
