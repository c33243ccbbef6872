#pragma once

#include "ui/reports/reportsclient.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QComboBox;
class QDateEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace parley::ui {

class HeatmapWidget;

// Issue #14 for admins: conversations opened and closed per day, first response and resolution
// times per agent, group and channel, messages by weekday and hour, template sends and credit
// spend, over a date range in the user's time zone, filtered by channel, agent or group. The
// hub computes every figure (ReportsClient); the page draws them and exports each as CSV.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    ReportsPage(HubClient *hub, QWidget *parent = nullptr);

    ReportFilter filter() const;
    // The report of the tab shown, as the hub writes it, into `path` (replaced whole or not at
    // all). Answers with exported() or failed().
    void exportCsv(const QString &path);

public slots:
    // The filters' choices and the four reports again from the hub.
    void refresh();
    void reload();

signals:
    void loaded(); // all five reports shown (the CSAT figure the fifth)
    void exported(const QString &path);
    void failed(const QString &message);

protected:
    // The first time the page is shown it reads the reports: not before, they can be large.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *filterBar();
    QWidget *responseTimesView();
    QWidget *activityView();
    void chooseExportFile();
    void showVolume(const QList<VolumeDay> &days);
    void showResponseTimes(const QList<DurationRow> &rows);
    void showActivity(const HeatGrid &inbound, const HeatGrid &outbound);
    void showSpend(const QList<SpendDay> &days);
    void showCsat(const CsatFigure &figure);
    void showChoices(const QList<NamedId> &channels, const QList<NamedId> &agents,
                     const QList<NamedId> &groups);
    void partShown();

    ReportsClient *m_client = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_group = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QTabWidget *m_views = nullptr;
    QChartView *m_volumeView = nullptr;
    QTableWidget *m_times = nullptr;
    HeatmapWidget *m_inbound = nullptr;
    HeatmapWidget *m_outbound = nullptr;
    QChartView *m_spendView = nullptr;
    QLabel *m_csat = nullptr; // issue #14 item 5: satisfaction in the range
    QString m_exportPath;
    int m_partsPending = 0;
    bool m_shownOnce = false;
};

} // namespace parley::ui
