#include "ui/reports/reportsclient.h"

#include <QPointer>

namespace parley::ui {
namespace {

template <typename T> QList<NamedId> named(const QList<T> &entities)
{
    QList<NamedId> result;
    for (const T &entity : entities)
        result.append({entity.id, entity.name});
    return result;
}

} // namespace

ReportsClient::ReportsClient(HubClient *hub, QObject *parent)
    : QObject(parent), m_reports(HubApi(hub)), m_channelsApi(HubApi(hub)), m_people(HubApi(hub))
{}

template <typename T> HubCallback<T> ReportsClient::then(std::function<void(const T &)> use)
{
    return [self = QPointer(this), use = std::move(use)](const HubResult<T> &result) {
        if (!self)
            return;
        if (!result.ok())
            emit self->failed(result.error().text());
        else
            use(*result);
    };
}

void ReportsClient::load(const ReportFilter &filter)
{
    if (!m_reports.isConnected())
        return;
    m_reports.volume(filter, then<QList<VolumeDay>>([this](const QList<VolumeDay> &days) {
                         emit volumeLoaded(days);
                     }));
    m_reports.responseTimes(filter,
                            then<QList<DurationRow>>([this](const QList<DurationRow> &rows) {
                                emit responseTimesLoaded(rows);
                            }));
    m_reports.activity(filter, then<ActivityHeat>([this](const ActivityHeat &heat) {
                           emit activityLoaded(heat.inbound, heat.outbound);
                       }));
    m_reports.spend(filter, then<QList<SpendDay>>(
                                [this](const QList<SpendDay> &days) { emit spendLoaded(days); }));
    m_reports.csat(filter,
                   then<CsatFigure>([this](const CsatFigure &figure) { emit csatLoaded(figure); }));
}

void ReportsClient::loadChoices()
{
    if (!m_reports.isConnected())
        return;
    // Three lists; the groups come last and carry the other two with them.
    m_channelsApi.list(then<QList<Channel>>([this](const QList<Channel> &channels) {
        m_channels = named(channels);
        m_people.agents(then<QList<Agent>>([this](const QList<Agent> &agents) {
            m_agents = named(agents);
            m_people.groups(then<QList<AgentGroup>>([this](const QList<AgentGroup> &groups) {
                emit choicesLoaded(m_channels, m_agents, named(groups));
            }));
        }));
    }));
}

void ReportsClient::fetchCsv(Report report, const ReportFilter &filter)
{
    if (!m_reports.isConnected())
        return;
    m_reports.csv(report, filter,
                  then<QByteArray>([this](const QByteArray &csv) { emit csvFetched(csv); }));
}

} // namespace parley::ui
