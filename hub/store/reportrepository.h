#pragma once

#include "core/domain/ids.h"
#include "hub/store/hubdatabase.h"

#include <QHash>
#include <QList>
#include <QString>

namespace parley::hub {

// What a report counts: instants in [from, to) (UTC ms), optionally one channel, one agent (the
// conversation's owner) or one agent group (its members as owners). 0 means "any".
struct ReportScope {
    TimestampMs from = 0;
    TimestampMs to = 0;
    Id channelId = 0;
    Id agentId = 0;
    Id groupId = 0;
};

// A count per quarter of an hour (UTC ms / 900000): fine enough for every time zone in use
// today (all offsets are whole quarters), coarse enough that a year is 35,040 rows at most.
struct QuarterCount {
    qint64 quarter = 0;
    qint64 count = 0;
};

// One open period of a conversation (opened → closed), as the reports need it.
struct PeriodTimes {
    Id channelId = 0;
    Id ownerId = 0;
    Id responderId = 0;
    qint64 durationMs = 0;
};

// The only place with the report SQL. Portable SQL (integer division, CASE, IN subqueries);
// the periods it reads are kept by triggers of the schema (hubschemareports.cpp, step 3).
class ReportRepository {
public:
    explicit ReportRepository(HubDatabase &db) : m_db(db) {}

    enum class PeriodEdge { Opened, Closed };
    QList<QuarterCount> periodEdges(const ReportScope &scope, PeriodEdge edge, bool *ok);
    // First customer message → first agent reply, for replies in the scope's range.
    QList<PeriodTimes> firstResponses(const ReportScope &scope, bool *ok);
    // Opened → closed, for periods closed in the scope's range.
    QList<PeriodTimes> resolutions(const ReportScope &scope, bool *ok);
    // Customer ('in') or team ('out') messages, notes excluded.
    QList<QuarterCount> messages(const ReportScope &scope, const QString &direction, bool *ok);
    QList<QuarterCount> templateSends(const ReportScope &scope, bool *ok);
    // Credits charged less refunds and adjustments, by when they were booked.
    QList<QuarterCount> creditSpend(const ReportScope &scope, bool *ok);

    QHash<Id, QString> agentNames(bool *ok);
    QHash<Id, QString> groupNames(bool *ok);
    QHash<Id, QString> channelNames(bool *ok);
    // agent id → the groups it belongs to.
    QMultiHash<Id, Id> groupsOfAgents(bool *ok);

    // The statements themselves, for the benchmark that runs them raw next to the service.
    static QString periodEdgesSql(PeriodEdge edge);
    static QString firstResponsesSql();
    static QString resolutionsSql();
    static QString messagesSql();
    static QString templateSendsSql();
    static QString creditSpendSql();

private:
    QList<QuarterCount> quarters(const QString &sql, const QVariantList &values, bool *ok);
    QList<PeriodTimes> periods(const QString &sql, const QVariantList &values, bool *ok);
    QHash<Id, QString> names(const QString &sql, bool *ok);

    HubDatabase &m_db;
};

} // namespace parley::hub
