#pragma once

#include "core/domain/ids.h"
#include "core/sync/hubclient.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <array>

namespace parley::ui {

// What the Reports page asks for: whole days in the user's time zone, optional filters (0: any).
struct ReportFilter {
    QDate from;
    QDate to;
    QString timeZone; // IANA id
    Id channelId = 0;
    Id agentId = 0;
    Id groupId = 0;
};

struct VolumeDay {
    QDate day;
    qint64 opened = 0;
    qint64 closed = 0;
};

struct DurationRow {
    enum class Measure { FirstResponse, Resolution };
    enum class Dimension { Agent, Group, Channel };
    Measure measure = Measure::FirstResponse;
    Dimension dimension = Dimension::Agent;
    Id id = 0;
    QString name;
    qint64 count = 0;
    qint64 medianSeconds = 0;
    qint64 p90Seconds = 0;
};

using HeatGrid = std::array<std::array<qint64, 24>, 7>; // [weekday, Monday first][hour]

struct SpendDay {
    QDate day;
    qint64 templateSends = 0;
    qint64 creditsSpent = 0;
};

struct NamedId {
    Id id = 0;
    QString name;
};

// The hub's reports (GET /api/v1/reports/…) for the Reports page: builds the requests, reads
// the replies into rows, and fetches the CSV exports. Every call is asynchronous; results come
// back as signals on the GUI thread.
class ReportsClient : public QObject {
    Q_OBJECT
public:
    enum class Report { Volume, ResponseTimes, Activity, Spend };

    ReportsClient(HubClient *hub, QObject *parent = nullptr);

    // The four reports for `filter`; each answers with its own signal (or failed()).
    void load(const ReportFilter &filter);
    // The channels, agents and groups the filters offer.
    void loadChoices();
    // The report as CSV, exactly as the hub writes it.
    void fetchCsv(Report report, const ReportFilter &filter);

signals:
    void volumeLoaded(const QList<parley::ui::VolumeDay> &days);
    void responseTimesLoaded(const QList<parley::ui::DurationRow> &rows);
    void activityLoaded(const parley::ui::HeatGrid &inbound, const parley::ui::HeatGrid &outbound);
    void spendLoaded(const QList<parley::ui::SpendDay> &days);
    void choicesLoaded(const QList<parley::ui::NamedId> &channels,
                       const QList<parley::ui::NamedId> &agents,
                       const QList<parley::ui::NamedId> &groups);
    void csvFetched(const QByteArray &csv);
    void failed(const QString &message);

private:
    static QString path(Report report, const ReportFilter &filter, bool csv);
    void get(const QString &path, std::function<void(const HubClient::Reply &)> handle);

    QPointer<HubClient> m_hub;
    QList<NamedId> m_channels;
    QList<NamedId> m_agents;
};

} // namespace parley::ui
