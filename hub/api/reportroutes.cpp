#include "hub/api/reportroutes.h"

#include <QJsonArray>

namespace parley::hub {
namespace {

// One CSV field: quoted when it holds a separator, quote or line break; a name starting like a
// spreadsheet formula is prefixed with ' so that opening the file never runs it.
QByteArray csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r'))
        field = u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return field.toUtf8();
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (const QString &f : fields) {
        if (!line.isEmpty())
            line += ',';
        line += csvField(f);
    }
    return line + "\r\n";
}

HttpResponse csvResponse(const QByteArray &body, const QString &name)
{
    HttpResponse response = HttpResponse::text(body, 200, "text/csv; charset=utf-8");
    response.headers.append({"Content-Disposition",
                             QStringLiteral("attachment; filename=\"%1.csv\"").arg(name).toUtf8()});
    return response;
}

// The query's dates, zone and filters, or the 400 that says which one is wrong.
std::optional<ReportQuery> parseQuery(const HttpRequest &request, HttpResponse *error)
{
    const auto value = [&request](const char *name) {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    ReportQuery query;
    query.from = QDate::fromString(value("from"), Qt::ISODate);
    query.to = QDate::fromString(value("to"), Qt::ISODate);
    const QString zone = value("time_zone");
    if (!zone.isEmpty())
        query.zone = QTimeZone(zone.toUtf8());
    const char *ids[3] = {"channel", "agent", "group"};
    Id *targets[3] = {&query.channelId, &query.agentId, &query.groupId};
    for (int i = 0; i < 3; ++i) {
        const QString text = value(ids[i]);
        bool ok = true;
        if (!text.isEmpty())
            *targets[i] = text.toLongLong(&ok);
        if (!ok || *targets[i] < 0) {
            *error = HttpResponse::error(400, QStringLiteral("bad_request"),
                                         QStringLiteral("%1: not an id").arg(ids[i]));
            return std::nullopt;
        }
    }
    const QString format = value("format");
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("csv")) {
        *error = HttpResponse::error(400, QStringLiteral("bad_request"),
                                     QStringLiteral("format: json or csv"));
        return std::nullopt;
    }
    const QString why = ReportService::refusal(query);
    if (!why.isEmpty()) {
        *error = HttpResponse::error(400, QStringLiteral("bad_request"), why);
        return std::nullopt;
    }
    return query;
}

bool wantsCsv(const HttpRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("format")) == QLatin1String("csv");
}

HttpResponse storeFailed()
{
    return HttpResponse::error(500, QStringLiteral("store_failed"),
                               QStringLiteral("The report could not be read."));
}

QJsonObject rangeJson(const ReportQuery &query)
{
    return {{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
            {QStringLiteral("time_zone"), QString::fromUtf8(query.zone.id())}};
}

HttpResponse volumeResponse(const ReportQuery &query, const QList<DayVolume> &days, bool csv)
{
    if (csv) {
        QByteArray body =
            csvLine({QStringLiteral("day"), QStringLiteral("opened"), QStringLiteral("closed")});
        for (const DayVolume &d : days)
            body += csvLine({d.day.toString(Qt::ISODate), QString::number(d.opened),
                             QString::number(d.closed)});
        return csvResponse(body, QStringLiteral("conversations"));
    }
    QJsonArray rows;
    for (const DayVolume &d : days)
        rows.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                {QStringLiteral("opened"), d.opened},
                                {QStringLiteral("closed"), d.closed}});
    QJsonObject body = rangeJson(query);
    body.insert(QStringLiteral("days"), rows);
    return HttpResponse::json(body);
}

const QString dimensionNames[3] = {QStringLiteral("agents"), QStringLiteral("groups"),
                                   QStringLiteral("channels")};

QList<DurationSummary> dimension(const DurationBreakdown &b, int i)
{
    return i == 0 ? b.agents : i == 1 ? b.groups : b.channels;
}

QJsonObject breakdownJson(const DurationBreakdown &breakdown)
{
    QJsonObject result;
    for (int i = 0; i < 3; ++i) {
        QJsonArray rows;
        for (const DurationSummary &s : dimension(breakdown, i))
            rows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("count"), s.count},
                                    {QStringLiteral("median_seconds"), s.medianMs / 1000},
                                    {QStringLiteral("p90_seconds"), s.p90Ms / 1000}});
        result.insert(dimensionNames[i], rows);
    }
    return result;
}

HttpResponse responseTimesResponse(const ReportQuery &query, const ResponseTimes &times, bool csv)
{
    if (csv) {
        QByteArray body =
            csvLine({QStringLiteral("measure"), QStringLiteral("dimension"), QStringLiteral("id"),
                     QStringLiteral("name"), QStringLiteral("count"),
                     QStringLiteral("median_seconds"), QStringLiteral("p90_seconds")});
        const QPair<QString, const DurationBreakdown *> measures[2] = {
            {QStringLiteral("first_response"), &times.firstResponse},
            {QStringLiteral("resolution"), &times.resolution}};
        for (const auto &[measure, breakdown] : measures)
            for (int i = 0; i < 3; ++i)
                for (const DurationSummary &s : dimension(*breakdown, i))
                    body += csvLine({measure, dimensionNames[i], QString::number(s.id), s.name,
                                     QString::number(s.count), QString::number(s.medianMs / 1000),
                                     QString::number(s.p90Ms / 1000)});
        return csvResponse(body, QStringLiteral("response-times"));
    }
    QJsonObject body = rangeJson(query);
    body.insert(QStringLiteral("first_response"), breakdownJson(times.firstResponse));
    body.insert(QStringLiteral("resolution"), breakdownJson(times.resolution));
    return HttpResponse::json(body);
}

HttpResponse activityResponse(const ReportQuery &query, const ActivityHeatmap &heatmap, bool csv)
{
    if (csv) {
        QByteArray body = csvLine({QStringLiteral("weekday"), QStringLiteral("hour"),
                                   QStringLiteral("inbound"), QStringLiteral("outbound")});
        for (int day = 0; day < 7; ++day)
            for (int hour = 0; hour < 24; ++hour)
                body += csvLine({QString::number(day + 1), QString::number(hour),
                                 QString::number(heatmap.inbound[day][hour]),
                                 QString::number(heatmap.outbound[day][hour])});
        return csvResponse(body, QStringLiteral("messages-by-hour"));
    }
    const auto grid = [](const std::array<std::array<qint64, 24>, 7> &cells) {
        QJsonArray days;
        for (const auto &hours : cells) {
            QJsonArray row;
            for (qint64 count : hours)
                row.append(count);
            days.append(row);
        }
        return days;
    };
    QJsonObject body = rangeJson(query);
    body.insert(QStringLiteral("inbound"), grid(heatmap.inbound));
    body.insert(QStringLiteral("outbound"), grid(heatmap.outbound));
    return HttpResponse::json(body);
}

HttpResponse spendResponse(const ReportQuery &query, const QList<DaySpend> &days, bool csv)
{
    if (csv) {
        QByteArray body = csvLine({QStringLiteral("day"), QStringLiteral("template_sends"),
                                   QStringLiteral("credits_spent")});
        for (const DaySpend &d : days)
            body += csvLine({d.day.toString(Qt::ISODate), QString::number(d.templateSends),
                             QString::number(d.creditsSpent)});
        return csvResponse(body, QStringLiteral("spend"));
    }
    QJsonArray rows;
    for (const DaySpend &d : days)
        rows.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                {QStringLiteral("template_sends"), d.templateSends},
                                {QStringLiteral("credits_spent"), d.creditsSpent}});
    QJsonObject body = rangeJson(query);
    body.insert(QStringLiteral("days"), rows);
    return HttpResponse::json(body);
}

QJsonObject csatJson(const CsatSummary &s, bool withId)
{
    QJsonArray distribution;
    for (qint64 n : s.distribution)
        distribution.append(n);
    QJsonObject json{
        {QStringLiteral("count"), s.count},
        {QStringLiteral("average"), s.count > 0 ? QJsonValue(s.average()) : QJsonValue()},
        {QStringLiteral("distribution"), distribution}};
    if (withId)
        json.insert(QStringLiteral("id"), s.id);
    return json;
}

HttpResponse csatResponse(const ReportQuery &query, const CsatReport &report)
{
    QJsonObject body = rangeJson(query);
    const QJsonObject overall = csatJson(report.overall, false);
    for (auto it = overall.begin(); it != overall.end(); ++it)
        body.insert(it.key(), it.value());
    for (const auto &[key, list] : {std::pair{QStringLiteral("agents"), &report.agents},
                                    std::pair{QStringLiteral("groups"), &report.groups},
                                    std::pair{QStringLiteral("channels"), &report.channels}}) {
        QJsonArray rows;
        for (const CsatSummary &s : *list)
            rows.append(csatJson(s, true));
        body.insert(key, rows);
    }
    return HttpResponse::json(body);
}

} // namespace

void addReportRoutes(HttpServer &server, ApiSupport &api, ReportService &reports)
{
    ReportService *service = &reports;
    constexpr bool adminOnly = true;
    // Each report: parse and check the query, run it, answer in the format asked for.
    const auto report = [&api](auto run) {
        return api.authed(
            [run](const HttpRequest &request, const Agent &) {
                HttpResponse error;
                const std::optional<ReportQuery> query = parseQuery(request, &error);
                if (!query)
                    return error;
                return run(*query, wantsCsv(request));
            },
            adminOnly);
    };
    server.route("GET", QStringLiteral("/api/v1/reports/volume"),
                 report([service](const ReportQuery &q, bool csv) {
                     const auto days = service->volume(q);
                     return days ? volumeResponse(q, *days, csv) : storeFailed();
                 }));
    server.route("GET", QStringLiteral("/api/v1/reports/response-times"),
                 report([service](const ReportQuery &q, bool csv) {
                     const auto times = service->responseTimes(q);
                     return times ? responseTimesResponse(q, *times, csv) : storeFailed();
                 }));
    server.route("GET", QStringLiteral("/api/v1/reports/activity"),
                 report([service](const ReportQuery &q, bool csv) {
                     const auto heatmap = service->activity(q);
                     return heatmap ? activityResponse(q, *heatmap, csv) : storeFailed();
                 }));
    server.route("GET", QStringLiteral("/api/v1/reports/spend"),
                 report([service](const ReportQuery &q, bool csv) {
                     const auto days = service->spend(q);
                     return days ? spendResponse(q, *days, csv) : storeFailed();
                 }));
    server.route("GET", QStringLiteral("/api/v1/reports/csat"),
                 report([service](const ReportQuery &q, bool) {
                     const auto csat = service->csat(q);
                     return csat ? csatResponse(q, *csat) : storeFailed();
                 }));
}

} // namespace parley::hub
