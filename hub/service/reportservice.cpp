#include "hub/service/reportservice.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace parley::hub {
namespace {

constexpr qint64 msPerQuarter = 900000;

QDateTime quarterStart(qint64 quarter, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(quarter * msPerQuarter, zone);
}

// Adds each quarter's count to the day it falls on in `zone`.
void addByDay(const QList<QuarterCount> &quarters, const QTimeZone &zone,
              QHash<QDate, qint64> *days)
{
    for (const QuarterCount &q : quarters)
        (*days)[quarterStart(q.quarter, zone).date()] += q.count;
}

QList<DurationSummary> summarise(const QHash<Id, QList<qint64>> &durations,
                                 const QHash<Id, QString> &names)
{
    QList<DurationSummary> result;
    for (auto it = durations.cbegin(); it != durations.cend(); ++it) {
        QList<qint64> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        result.append({it.key(), names.value(it.key()), qint64(sorted.size()),
                       ReportService::percentile(sorted, 0.5),
                       ReportService::percentile(sorted, 0.9)});
    }
    std::sort(result.begin(), result.end(), [](const DurationSummary &a, const DurationSummary &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return result;
}

} // namespace

QString ReportService::refusal(const ReportQuery &query)
{
    if (!query.from.isValid() || !query.to.isValid())
        return QStringLiteral("from and to must be dates (YYYY-MM-DD).");
    if (query.to < query.from)
        return QStringLiteral("to must not be before from.");
    if (query.from.daysTo(query.to) + 1 > maxDays)
        return QStringLiteral("A report covers at most %1 days.").arg(maxDays);
    if (!query.zone.isValid())
        return QStringLiteral("time_zone is not an IANA time zone.");
    if (query.channelId < 0 || query.agentId < 0 || query.groupId < 0)
        return QStringLiteral("channel, agent and group are ids.");
    return {};
}

ReportScope ReportService::scopeOf(const ReportQuery &query)
{
    ReportScope scope;
    scope.from = QDateTime(query.from, QTime(0, 0), query.zone).toMSecsSinceEpoch();
    scope.to = QDateTime(query.to.addDays(1), QTime(0, 0), query.zone).toMSecsSinceEpoch();
    scope.channelId = query.channelId;
    scope.agentId = query.agentId;
    scope.groupId = query.groupId;
    return scope;
}

qint64 ReportService::percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}

std::optional<QList<DayVolume>> ReportService::volume(const ReportQuery &query)
{
    const ReportScope scope = scopeOf(query);
    bool openedOk = false;
    bool closedOk = false;
    QHash<QDate, qint64> opened;
    QHash<QDate, qint64> closed;
    addByDay(m_reports.periodEdges(scope, ReportRepository::PeriodEdge::Opened, &openedOk),
             query.zone, &opened);
    addByDay(m_reports.periodEdges(scope, ReportRepository::PeriodEdge::Closed, &closedOk),
             query.zone, &closed);
    if (!openedOk || !closedOk)
        return std::nullopt;
    QList<DayVolume> days;
    for (QDate day = query.from; day <= query.to; day = day.addDays(1))
        days.append({day, opened.value(day), closed.value(day)});
    return days;
}

std::optional<DurationBreakdown> ReportService::breakdown(const QList<PeriodTimes> &periods,
                                                          bool byResponder)
{
    bool ok[4] = {false, false, false, false};
    const QHash<Id, QString> agentNames = m_reports.agentNames(&ok[0]);
    const QHash<Id, QString> groupNames = m_reports.groupNames(&ok[1]);
    const QHash<Id, QString> channelNames = m_reports.channelNames(&ok[2]);
    const QMultiHash<Id, Id> groupsOf = m_reports.groupsOfAgents(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3])
        return std::nullopt;
    QHash<Id, QList<qint64>> byAgent;
    QHash<Id, QList<qint64>> byGroup;
    QHash<Id, QList<qint64>> byChannel;
    for (const PeriodTimes &p : periods) {
        const Id agent = byResponder ? p.responderId : p.ownerId;
        byAgent[agent].append(p.durationMs);
        byChannel[p.channelId].append(p.durationMs);
        for (auto it = groupsOf.constFind(agent); it != groupsOf.cend() && it.key() == agent; ++it)
            byGroup[it.value()].append(p.durationMs);
    }
    return DurationBreakdown{summarise(byAgent, agentNames), summarise(byGroup, groupNames),
                             summarise(byChannel, channelNames)};
}

std::optional<ResponseTimes> ReportService::responseTimes(const ReportQuery &query)
{
    const ReportScope scope = scopeOf(query);
    bool firstOk = false;
    bool resolvedOk = false;
    const QList<PeriodTimes> first = m_reports.firstResponses(scope, &firstOk);
    const QList<PeriodTimes> resolved = m_reports.resolutions(scope, &resolvedOk);
    if (!firstOk || !resolvedOk)
        return std::nullopt;
    std::optional<DurationBreakdown> firstBreakdown = breakdown(first, true);
    std::optional<DurationBreakdown> resolvedBreakdown = breakdown(resolved, false);
    if (!firstBreakdown || !resolvedBreakdown)
        return std::nullopt;
    return ResponseTimes{*firstBreakdown, *resolvedBreakdown};
}

std::optional<ActivityHeatmap> ReportService::activity(const ReportQuery &query)
{
    const ReportScope scope = scopeOf(query);
    bool inOk = false;
    bool outOk = false;
    const QList<QuarterCount> in = m_reports.messages(scope, QStringLiteral("in"), &inOk);
    const QList<QuarterCount> out = m_reports.messages(scope, QStringLiteral("out"), &outOk);
    if (!inOk || !outOk)
        return std::nullopt;
    ActivityHeatmap heatmap;
    const auto add = [&query](const QList<QuarterCount> &quarters,
                              std::array<std::array<qint64, 24>, 7> *cells) {
        for (const QuarterCount &q : quarters) {
            const QDateTime at = quarterStart(q.quarter, query.zone);
            (*cells)[at.date().dayOfWeek() - 1][at.time().hour()] += q.count;
        }
    };
    add(in, &heatmap.inbound);
    add(out, &heatmap.outbound);
    return heatmap;
}

std::optional<QList<DaySpend>> ReportService::spend(const ReportQuery &query)
{
    const ReportScope scope = scopeOf(query);
    bool sendsOk = false;
    bool creditsOk = false;
    QHash<QDate, qint64> sends;
    QHash<QDate, qint64> credits;
    addByDay(m_reports.templateSends(scope, &sendsOk), query.zone, &sends);
    addByDay(m_reports.creditSpend(scope, &creditsOk), query.zone, &credits);
    if (!sendsOk || !creditsOk)
        return std::nullopt;
    QList<DaySpend> days;
    for (QDate day = query.from; day <= query.to; day = day.addDays(1))
        days.append({day, sends.value(day), credits.value(day)});
    return days;
}

} // namespace parley::hub
