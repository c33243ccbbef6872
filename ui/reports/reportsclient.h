#pragma once

#include "core/protocol/reporttypes.h"
#include "core/sync/channelsapi.h"
#include "core/sync/peopleapi.h"
#include "core/sync/reportsapi.h"

#include <QList>
#include <QObject>
#include <QString>

namespace parley::ui {

struct NamedId {
    Id id = 0;
    QString name;
};

// The Reports page's link to the hub: the four reports and the filter choices through the typed
// clients (core/sync/reportsapi.h and friends), answered as signals on the GUI thread.
class ReportsClient : public QObject {
    Q_OBJECT
public:
    using Report = ReportKind;

    ReportsClient(HubClient *hub, QObject *parent = nullptr);

    // The four reports for `filter`; each answers with its own signal (or failed()).
    void load(const ReportFilter &filter);
    // The channels, agents and groups the filters offer.
    void loadChoices();
    // The report as CSV, exactly as the hub writes it.
    void fetchCsv(Report report, const ReportFilter &filter);

signals:
    void volumeLoaded(const QList<parley::VolumeDay> &days);
    void responseTimesLoaded(const QList<parley::DurationRow> &rows);
    void activityLoaded(const parley::HeatGrid &inbound, const parley::HeatGrid &outbound);
    void spendLoaded(const QList<parley::SpendDay> &days);
    void csatLoaded(const parley::CsatFigure &figure);
    void choicesLoaded(const QList<parley::ui::NamedId> &channels,
                       const QList<parley::ui::NamedId> &agents,
                       const QList<parley::ui::NamedId> &groups);
    void csvFetched(const QByteArray &csv);
    void failed(const QString &message);

private:
    // Passes a result on to `use`, or its error to failed(); nothing once this client is gone.
    template <typename T> HubCallback<T> then(std::function<void(const T &)> use);

    ReportsApi m_reports;
    ChannelsApi m_channelsApi;
    PeopleApi m_people;
    QList<NamedId> m_channels;
    QList<NamedId> m_agents;
};

} // namespace parley::ui
