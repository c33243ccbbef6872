#pragma once

#include "core/domain/ids.h"
#include "hub/store/csatrepository.h"
#include "hub/store/reportrepository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace parley::hub {

// What a manager asks a report for: whole days from `from` to `to` (both included) as the clock
// of `zone` reads them, optionally narrowed to one channel, one agent or one agent group.
struct ReportQuery {
    QDate from;
    QDate to;
    QTimeZone zone = QTimeZone::utc();
    Id channelId = 0;
    Id agentId = 0;
    Id groupId = 0;
};

struct DayVolume {
    QDate day;
    qint64 opened = 0;
    qint64 closed = 0;
};

// Median and 90th percentile (nearest rank) of the durations of one agent, group or channel.
struct DurationSummary {
    Id id = 0; // 0: no agent (a conversation nobody owned or answered)
    QString name;
    qint64 count = 0;
    qint64 medianMs = 0;
    qint64 p90Ms = 0;
};

struct DurationBreakdown {
    QList<DurationSummary> agents;
    QList<DurationSummary> groups;
    QList<DurationSummary> channels;
};

struct ResponseTimes {
    DurationBreakdown firstResponse; // by the agent who replied first
    DurationBreakdown resolution;    // by the agent who owned the conversation when closed
};

// Messages by weekday (0 = Monday) and hour of the day, in the query's time zone.
struct ActivityHeatmap {
    std::array<std::array<qint64, 24>, 7> inbound{};
    std::array<std::array<qint64, 24>, 7> outbound{};
};

struct DaySpend {
    QDate day;
    qint64 templateSends = 0;
    qint64 creditsSpent = 0;
};

// CSAT answers (issue #14 item 5) of one agent, group or channel (or all): how many, their
// sum, and how many gave each score 1–5.
struct CsatSummary {
    Id id = 0;
    qint64 count = 0;
    qint64 total = 0;
    std::array<qint64, 5> distribution{};

    double average() const { return count > 0 ? double(total) / double(count) : 0.0; }
};

struct CsatReport {
    CsatSummary overall;
    QList<CsatSummary> agents; // by the owner at the closing
    QList<CsatSummary> groups; // by the conversation's agent group at the closing
    QList<CsatSummary> channels;
};

// The admin reports of issue #14, computed on the hub from conversation_periods, messages and
// the credit ledger. Results are typed; hub/api turns them into JSON or CSV.
class ReportService {
public:
    // The longest range one request may cover: two years of days.
    static constexpr qint64 maxDays = 731;

    explicit ReportService(HubDatabase &db) : m_reports(db), m_csat(db) {}

    // Why `query` cannot be answered (empty when it can): checked before any SQL runs.
    static QString refusal(const ReportQuery &query);
    // The UTC instants [from, to) the query's days cover.
    static ReportScope scopeOf(const ReportQuery &query);

    std::optional<QList<DayVolume>> volume(const ReportQuery &query);
    std::optional<ResponseTimes> responseTimes(const ReportQuery &query);
    std::optional<ActivityHeatmap> activity(const ReportQuery &query);
    std::optional<QList<DaySpend>> spend(const ReportQuery &query);
    // Answers given in the range (reportcsat.cpp).
    std::optional<CsatReport> csat(const ReportQuery &query);

    // Nearest-rank percentile (0 < p ≤ 1) of ascending `sorted`: the smallest value with at
    // least p of the values at or below it.
    static qint64 percentile(const QList<qint64> &sorted, double p);

private:
    std::optional<DurationBreakdown> breakdown(const QList<PeriodTimes> &periods, bool byResponder);

    ReportRepository m_reports;
    CsatRepository m_csat;
};

} // namespace parley::hub
