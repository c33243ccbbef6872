#include "ui/admin/reportspage.h"

#include "ui/reports/heatmapwidget.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace parley::ui {
namespace {

constexpr int reportCount = 5;

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return ReportsPage::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ReportsPage::tr("%1 min").arg(seconds / 60);
    return ReportsPage::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->setMinimumHeight(260);
    return view;
}

// The locale's short date without its year, for the days axis (the range above names the year):
// "M/d" in en_US, "dd/MM" in pt_BR, "M/d" in zh_CN, "MM/dd" in ja. A month's name ("d MMM")
// would read "6 11月" in Japanese.
QString daysAxisFormat(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("([^dMy]*)y+([^dMy]*)"));
    const QRegularExpressionMatch found = year.match(format);
    if (!found.hasMatch())
        return format;
    const bool inside = found.capturedStart() > 0 && found.capturedEnd() < format.size();
    // A year between day and month leaves one of its separators between them.
    return QString(format).replace(found.capturedStart(), found.capturedLength(),
                                   inside ? found.captured(1) : QString());
}

qint64 dayMs(const QDate &day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

// A series per figure over the days, on a date axis at the bottom and its own value axis.
void plotDays(QChart *chart, const QList<QDate> &days,
              const QList<QPair<QString, QList<qint64>>> &figures, bool lastOnRight)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    // The chart keeps the locale it was made with; the labels follow the app's current one.
    chart->setLocale(QLocale());
    auto *dates = new QDateTimeAxis;
    dates->setFormat(daysAxisFormat(QLocale()));
    dates->setTickCount(std::min<qsizetype>(8, std::max<qsizetype>(2, days.size())));
    if (!days.isEmpty())
        dates->setRange(QDateTime(days.first(), QTime(12, 0)),
                        QDateTime(days.last(), QTime(12, 0)));
    chart->addAxis(dates, Qt::AlignBottom);
    for (int i = 0; i < figures.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(figures[i].first);
        qint64 highest = 1;
        for (int d = 0; d < days.size() && d < figures[i].second.size(); ++d) {
            series->append(double(dayMs(days[d])), double(figures[i].second[d]));
            highest = std::max(highest, figures[i].second[d]);
        }
        chart->addSeries(series);
        series->attachAxis(dates);
        // Figures share the left axis; with `lastOnRight` the last, of another unit, gets its own.
        const bool ownAxis = i == 0 || (lastOnRight && i == figures.size() - 1);
        QValueAxis *values = nullptr;
        if (ownAxis) {
            values = new QValueAxis;
            values->setLabelFormat(QStringLiteral("%d"));
            values->setRange(0, 1);
            chart->addAxis(values, i == 0 ? Qt::AlignLeft : Qt::AlignRight);
        } else {
            values = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
        }
        // Whole numbers on round ticks: these are counts. At least 0 to 5, so that the axis's six
        // ticks fall on whole numbers (a range of 0 to 1 labelled 0.2, 0.4… as "0" with "%d").
        values->setMax(std::max({values->max(), double(highest), 5.0}));
        values->applyNiceNumbers();
        series->attachAxis(values);
    }
}

void fillChoices(QComboBox *box, const QString &all, const QList<NamedId> &choices)
{
    const Id chosen = box->currentData().toLongLong();
    box->clear();
    box->addItem(all, 0);
    for (const NamedId &c : choices)
        box->addItem(c.name, c.id);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

ReportsPage::ReportsPage(HubClient *hub, QWidget *parent)
    : QWidget(parent), m_client(new ReportsClient(hub, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar());
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("reportViews"));
    m_volumeView = chartView(QStringLiteral("volumeChart"), m_views);
    m_spendView = chartView(QStringLiteral("spendChart"), m_views);
    m_views->addTab(m_volumeView, tr("Conversations"));
    m_views->addTab(responseTimesView(), tr("Response times"));
    m_views->addTab(activityView(), tr("Messages by hour"));
    m_views->addTab(m_spendView, tr("Templates and credits"));
    layout->addWidget(m_views, 1);
    m_csat = new QLabel(this);
    m_csat->setObjectName(QStringLiteral("csatFigure"));
    m_csat->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_csat);

    connect(m_client, &ReportsClient::volumeLoaded, this, &ReportsPage::showVolume);
    connect(m_client, &ReportsClient::responseTimesLoaded, this, &ReportsPage::showResponseTimes);
    connect(m_client, &ReportsClient::activityLoaded, this, &ReportsPage::showActivity);
    connect(m_client, &ReportsClient::spendLoaded, this, &ReportsPage::showSpend);
    connect(m_client, &ReportsClient::csatLoaded, this, &ReportsPage::showCsat);
    connect(m_client, &ReportsClient::choicesLoaded, this, &ReportsPage::showChoices);
    connect(m_client, &ReportsClient::failed, this, [this](const QString &message) {
        m_partsPending = 0;
        m_refresh->setEnabled(true);
        m_exportPath.clear();
        emit failed(message);
    });
    connect(m_client, &ReportsClient::csvFetched, this, [this](const QByteArray &csv) {
        const QString path = std::exchange(m_exportPath, QString());
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            emit failed(tr("The report could not be saved to %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        emit exported(path);
    });
}

QWidget *ReportsPage::filterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-29), bar);
    m_from->setObjectName(QStringLiteral("reportsFrom"));
    m_to = new QDateEdit(today, bar);
    m_to->setObjectName(QStringLiteral("reportsTo"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_channel = new QComboBox(bar);
    m_channel->setObjectName(QStringLiteral("reportsChannel"));
    m_agent = new QComboBox(bar);
    m_agent->setObjectName(QStringLiteral("reportsAgent"));
    m_group = new QComboBox(bar);
    m_group->setObjectName(QStringLiteral("reportsGroup"));
    fillChoices(m_channel, tr("All channels"), {});
    fillChoices(m_agent, tr("All agents"), {});
    fillChoices(m_group, tr("All groups"), {});
    m_refresh = new QPushButton(tr("Show"), bar);
    m_refresh->setObjectName(QStringLiteral("reportsRefresh"));
    m_export = new QPushButton(tr("Export CSV…"), bar);
    m_export->setObjectName(QStringLiteral("reportsExport"));
    row->addWidget(new QLabel(tr("From"), bar));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("To"), bar));
    row->addWidget(m_to);
    row->addWidget(m_channel);
    row->addWidget(m_agent);
    row->addWidget(m_group);
    row->addWidget(m_refresh);
    row->addStretch(1);
    row->addWidget(m_export);
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::reload);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::chooseExportFile);
    return bar;
}

QWidget *ReportsPage::responseTimesView()
{
    m_times = new QTableWidget(0, 6, this);
    m_times->setObjectName(QStringLiteral("responseTimes"));
    m_times->setAccessibleName(tr("Response times"));
    m_times->setHorizontalHeaderLabels({tr("Measure"), tr("By"), tr("Name"), tr("Conversations"),
                                        tr("Median"), tr("90th percentile")});
    m_times->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_times->verticalHeader()->hide();
    m_times->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    return m_times;
}

QWidget *ReportsPage::activityView()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    m_inbound = new HeatmapWidget(box);
    m_inbound->setObjectName(QStringLiteral("inboundHeatmap"));
    m_outbound = new HeatmapWidget(box);
    m_outbound->setObjectName(QStringLiteral("outboundHeatmap"));
    column->addWidget(new QLabel(tr("Messages from customers"), box));
    column->addWidget(m_inbound, 1);
    column->addWidget(new QLabel(tr("Messages from the team"), box));
    column->addWidget(m_outbound, 1);
    return box;
}

ReportFilter ReportsPage::filter() const
{
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    f.channelId = m_channel->currentData().toLongLong();
    f.agentId = m_agent->currentData().toLongLong();
    f.groupId = m_group->currentData().toLongLong();
    return f;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_shownOnce, true))
        refresh();
}

void ReportsPage::refresh()
{
    m_client->loadChoices();
    reload();
}

void ReportsPage::reload()
{
    if (m_to->date() < m_from->date())
        m_to->setDate(m_from->date());
    m_partsPending = reportCount;
    m_refresh->setEnabled(false);
    m_client->load(filter());
}

void ReportsPage::partShown()
{
    if (m_partsPending > 0 && --m_partsPending == 0) {
        m_refresh->setEnabled(true);
        emit loaded();
    }
}

void ReportsPage::showVolume(const QList<VolumeDay> &days)
{
    QList<QDate> dates;
    QList<qint64> opened;
    QList<qint64> closed;
    for (const VolumeDay &d : days) {
        dates.append(d.day);
        opened.append(d.opened);
        closed.append(d.closed);
    }
    m_volumeView->chart()->setTitle(tr("Conversations opened and closed per day"));
    plotDays(m_volumeView->chart(), dates, {{tr("Opened"), opened}, {tr("Closed"), closed}}, false);
    partShown();
}

void ReportsPage::showResponseTimes(const QList<DurationRow> &rows)
{
    m_times->setRowCount(0);
    for (const DurationRow &r : rows) {
        const int at = m_times->rowCount();
        m_times->insertRow(at);
        const QString measure = r.measure == DurationRow::Measure::FirstResponse
                                    ? tr("First response")
                                    : tr("Resolution");
        const QString by = r.dimension == DurationRow::Dimension::Agent   ? tr("Agent")
                           : r.dimension == DurationRow::Dimension::Group ? tr("Group")
                                                                          : tr("Channel");
        const QString name = r.id == 0 ? tr("Nobody") : r.name;
        const QStringList cells = {measure,
                                   by,
                                   name,
                                   QLocale().toString(r.count),
                                   durationText(r.medianSeconds),
                                   durationText(r.p90Seconds)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_times->setItem(at, c, item);
        }
    }
    m_times->resizeColumnsToContents();
    partShown();
}

void ReportsPage::showActivity(const HeatGrid &inbound, const HeatGrid &outbound)
{
    m_inbound->setCounts(inbound);
    m_outbound->setCounts(outbound);
    partShown();
}

void ReportsPage::showCsat(const CsatFigure &figure)
{
    const QLocale locale;
    if (figure.count == 0) {
        m_csat->setText(tr("Customer satisfaction: no answers in these days."));
    } else {
        QStringList scores;
        for (int score = 1; score <= 5; ++score)
            scores.append(tr("%1: %2").arg(score).arg(
                locale.toString(figure.distribution[std::size_t(score - 1)])));
        m_csat->setText(
            tr("Customer satisfaction: %1 of 5 from %n answer(s) (%2)", nullptr, int(figure.count))
                .arg(locale.toString(figure.average, 'f', 1), scores.join(QStringLiteral(" · "))));
    }
    partShown();
}

void ReportsPage::showSpend(const QList<SpendDay> &days)
{
    QList<QDate> dates;
    QList<qint64> sends;
    QList<qint64> credits;
    for (const SpendDay &d : days) {
        dates.append(d.day);
        sends.append(d.templateSends);
        credits.append(d.creditsSpent);
    }
    m_spendView->chart()->setTitle(tr("Template sends and credits spent per day"));
    plotDays(m_spendView->chart(), dates,
             {{tr("Template sends"), sends}, {tr("Credits spent"), credits}}, true);
    partShown();
}

void ReportsPage::showChoices(const QList<NamedId> &channels, const QList<NamedId> &agents,
                              const QList<NamedId> &groups)
{
    fillChoices(m_channel, tr("All channels"), channels);
    fillChoices(m_agent, tr("All agents"), agents);
    fillChoices(m_group, tr("All groups"), groups);
}

void ReportsPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), m_views->tabText(m_views->currentIndex()) + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportsPage::exportCsv(const QString &path)
{
    m_exportPath = path;
    m_client->fetchCsv(ReportsClient::Report(m_views->currentIndex()), filter());
}

} // namespace parley::ui
