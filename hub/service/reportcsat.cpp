// ReportService's CSAT figures (issue #14 item 5): kept apart from the period reports.
#include "hub/service/reportservice.h"

#include <QHash>

namespace parley::hub {
namespace {

void add(CsatSummary *summary, int score)
{
    ++summary->count;
    summary->total += score;
    ++summary->distribution[std::size_t(score - 1)];
}

QList<CsatSummary> sorted(const QHash<Id, CsatSummary> &byId)
{
    QList<CsatSummary> list = byId.values();
    std::sort(list.begin(), list.end(),
              [](const CsatSummary &a, const CsatSummary &b) { return a.id < b.id; });
    return list;
}

} // namespace

std::optional<CsatReport> ReportService::csat(const ReportQuery &query)
{
    const ReportScope scope = scopeOf(query);
    const std::optional<QList<CsatRepository::Answer>> answers =
        m_csat.answers(scope.from, scope.to, scope.channelId, scope.agentId, scope.groupId);
    if (!answers)
        return std::nullopt;
    CsatReport report;
    QHash<Id, CsatSummary> agents, groups, channels;
    for (const CsatRepository::Answer &a : *answers) {
        if (a.score < 1 || a.score > 5)
            continue;
        add(&report.overall, a.score);
        for (auto [map, id] : {std::pair{&agents, a.ownerId}, std::pair{&groups, a.teamId},
                               std::pair{&channels, a.channelId}}) {
            CsatSummary &summary = (*map)[id];
            summary.id = id;
            add(&summary, a.score);
        }
    }
    report.agents = sorted(agents);
    report.groups = sorted(groups);
    report.channels = sorted(channels);
    return report;
}

} // namespace parley::hub
