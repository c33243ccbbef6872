#include "ui/reports/reportsclient.h"

#include "ui/main/huberrors.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace parley::ui {
namespace {

QList<NamedId> namedList(const QJsonObject &json, const QString &key, const QString &nameKey)
{
    QList<NamedId> result;
    for (const QJsonValue &each : json.value(key).toArray())
        result.append({each[QStringLiteral("id")].toInteger(), each[nameKey].toString()});
    return result;
}

HeatGrid grid(const QJsonArray &days)
{
    HeatGrid cells{};
    for (int day = 0; day < 7 && day < days.size(); ++day) {
        const QJsonArray hours = days.at(day).toArray();
        for (int hour = 0; hour < 24 && hour < hours.size(); ++hour)
            cells[day][hour] = hours.at(hour).toInteger();
    }
    return cells;
}

} // namespace

ReportsClient::ReportsClient(HubClient *hub, QObject *parent) : QObject(parent), m_hub(hub) {}

QString ReportsClient::path(Report report, const ReportFilter &filter, bool csv)
{
    static const char *names[] = {"volume", "response-times", "activity", "spend"};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.timeZone.isEmpty())
        query.addQueryItem(QStringLiteral("time_zone"), filter.timeZone);
    const QPair<const char *, Id> ids[] = {
        {"channel", filter.channelId}, {"agent", filter.agentId}, {"group", filter.groupId}};
    for (const auto &[name, id] : ids)
        if (id > 0)
            query.addQueryItem(QLatin1String(name), QString::number(id));
    if (csv)
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    return QStringLiteral("/api/v1/reports/%1?%2")
        .arg(QLatin1String(names[int(report)]), query.toString(QUrl::FullyEncoded));
}

void ReportsClient::get(const QString &path, std::function<void(const HubClient::Reply &)> handle)
{
    if (!m_hub)
        return;
    m_hub->get(path, [self = QPointer(this), handle](const HubClient::Reply &reply) {
        if (!self)
            return;
        if (!reply.ok())
            emit self->failed(hubErrorText(reply.error.code, reply.error.message));
        else
            handle(reply);
    });
}

void ReportsClient::load(const ReportFilter &filter)
{
    get(path(Report::Volume, filter, false), [this](const HubClient::Reply &reply) {
        QList<VolumeDay> days;
        for (const QJsonValue &d : reply.json.value(QStringLiteral("days")).toArray())
            days.append({QDate::fromString(d[QStringLiteral("day")].toString(), Qt::ISODate),
                         d[QStringLiteral("opened")].toInteger(),
                         d[QStringLiteral("closed")].toInteger()});
        emit volumeLoaded(days);
    });
    get(path(Report::ResponseTimes, filter, false), [this](const HubClient::Reply &reply) {
        QList<DurationRow> rows;
        const QPair<QString, DurationRow::Measure> measures[] = {
            {QStringLiteral("first_response"), DurationRow::Measure::FirstResponse},
            {QStringLiteral("resolution"), DurationRow::Measure::Resolution}};
        const QPair<QString, DurationRow::Dimension> dimensions[] = {
            {QStringLiteral("agents"), DurationRow::Dimension::Agent},
            {QStringLiteral("groups"), DurationRow::Dimension::Group},
            {QStringLiteral("channels"), DurationRow::Dimension::Channel}};
        for (const auto &[measureKey, measure] : measures) {
            const QJsonObject breakdown = reply.json.value(measureKey).toObject();
            for (const auto &[dimensionKey, dimension] : dimensions)
                for (const QJsonValue &r : breakdown.value(dimensionKey).toArray())
                    rows.append({measure, dimension, r[QStringLiteral("id")].toInteger(),
                                 r[QStringLiteral("name")].toString(),
                                 r[QStringLiteral("count")].toInteger(),
                                 r[QStringLiteral("median_seconds")].toInteger(),
                                 r[QStringLiteral("p90_seconds")].toInteger()});
        }
        emit responseTimesLoaded(rows);
    });
    get(path(Report::Activity, filter, false), [this](const HubClient::Reply &reply) {
        emit activityLoaded(grid(reply.json.value(QStringLiteral("inbound")).toArray()),
                            grid(reply.json.value(QStringLiteral("outbound")).toArray()));
    });
    get(path(Report::Spend, filter, false), [this](const HubClient::Reply &reply) {
        QList<SpendDay> days;
        for (const QJsonValue &d : reply.json.value(QStringLiteral("days")).toArray())
            days.append({QDate::fromString(d[QStringLiteral("day")].toString(), Qt::ISODate),
                         d[QStringLiteral("template_sends")].toInteger(),
                         d[QStringLiteral("credits_spent")].toInteger()});
        emit spendLoaded(days);
    });
}

void ReportsClient::loadChoices()
{
    // Three lists; the groups come last and carry the other two with them.
    get(QStringLiteral("/api/v1/channels"), [this](const HubClient::Reply &reply) {
        m_channels = namedList(reply.json, QStringLiteral("channels"), QStringLiteral("name"));
        get(QStringLiteral("/api/v1/agents"), [this](const HubClient::Reply &agents) {
            m_agents = namedList(agents.json, QStringLiteral("agents"), QStringLiteral("name"));
            get(QStringLiteral("/api/v1/groups"), [this](const HubClient::Reply &groups) {
                emit choicesLoaded(
                    m_channels, m_agents,
                    namedList(groups.json, QStringLiteral("groups"), QStringLiteral("name")));
            });
        });
    });
}

void ReportsClient::fetchCsv(Report report, const ReportFilter &filter)
{
    get(path(report, filter, true),
        [this](const HubClient::Reply &reply) { emit csvFetched(reply.body); });
}

} // namespace parley::ui
