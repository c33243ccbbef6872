#pragma once

#include "core/domain/ids.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace parley {

// Requests and replies of the reports (docs/api.md "Reports", R10.x): whole days in a time zone,
// optional filters; the hub computes every figure.

enum class ReportKind { Volume, ResponseTimes, Activity, Spend, Csat };

struct ReportFilter {
    QDate from;
    QDate to;
    QString timeZone; // IANA id
    Id channelId = 0; // 0: any
    Id agentId = 0;
    Id groupId = 0;
};
// The path below /api/v1 with its query, as JSON or as CSV.
QString reportPath(ReportKind kind, const ReportFilter &filter, bool csv);

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

struct ActivityHeat {
    HeatGrid inbound{};
    HeatGrid outbound{};
};

struct SpendDay {
    QDate day;
    qint64 templateSends = 0;
    qint64 creditsSpent = 0;
};

// CSAT answers in the range (issue #14 item 5): how many, their average, and how many gave
// each score 1–5. JSON only.
struct CsatFigure {
    qint64 count = 0;
    double average = 0;
    std::array<qint64, 5> distribution{};
};

bool fromJson(const QJsonObject &json, QList<VolumeDay> *days, QString *error);
bool fromJson(const QJsonObject &json, CsatFigure *figure, QString *error);
bool fromJson(const QJsonObject &json, QList<DurationRow> *rows, QString *error);
bool fromJson(const QJsonObject &json, ActivityHeat *heat, QString *error);
bool fromJson(const QJsonObject &json, QList<SpendDay> *days, QString *error);

} // namespace parley
