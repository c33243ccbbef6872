#include "core/protocol/reporttypes.h"

#include "core/protocol/jsonreader.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace parley {
namespace {

// Reads the list at `key`, one object at a time; false with the entry named on the first
// wrong one.
template <typename Read>
bool readList(const QJsonObject &json, const QString &key, QString *error, Read read)
{
    const QJsonValue list = json.value(key);
    if (!list.isArray()) {
        if (error)
            *error = key + QStringLiteral(": not a list");
        return false;
    }
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader r(array.at(i).toObject());
        read(r);
        if (!array.at(i).isObject())
            r.fail(QStringLiteral("entry"), QStringLiteral("not an object"));
        if (!r.ok()) {
            if (error)
                *error = QStringLiteral("%1[%2]: %3").arg(key).arg(i).arg(r.error());
            return false;
        }
    }
    return true;
}

QDate dayAt(JsonReader &r)
{
    const QString text = r.string(QStringLiteral("day"), true);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (r.ok() && !day.isValid())
        r.fail(QStringLiteral("day"), QStringLiteral("not a date"));
    return day;
}

bool readGrid(const QJsonValue &value, HeatGrid *grid)
{
    *grid = HeatGrid{};
    const QJsonArray days = value.toArray();
    if (!value.isArray() || days.size() != 7)
        return false;
    for (int day = 0; day < 7; ++day) {
        const QJsonArray hours = days.at(day).toArray();
        if (hours.size() != 24)
            return false;
        for (int hour = 0; hour < 24; ++hour)
            (*grid)[day][hour] = hours.at(hour).toInteger();
    }
    return true;
}

} // namespace

QString reportPath(ReportKind kind, const ReportFilter &filter, bool csv)
{
    static const char *names[] = {"volume", "response-times", "activity", "spend", "csat"};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.timeZone.isEmpty())
        query.addQueryItem(QStringLiteral("time_zone"), filter.timeZone);
    const std::pair<const char *, Id> ids[] = {
        {"channel", filter.channelId}, {"agent", filter.agentId}, {"group", filter.groupId}};
    for (const auto &[name, id] : ids)
        if (id > 0)
            query.addQueryItem(QLatin1String(name), QString::number(id));
    if (csv)
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    return QStringLiteral("/reports/%1?%2")
        .arg(QLatin1String(names[int(kind)]), query.toString(QUrl::FullyEncoded));
}

bool fromJson(const QJsonObject &json, CsatFigure *figure, QString *error)
{
    JsonReader r(json);
    figure->count = r.integer(QStringLiteral("count"), true);
    const QJsonValue average = json.value(QStringLiteral("average"));
    figure->average = average.isDouble() ? average.toDouble() : 0.0;
    const QJsonArray distribution = json.value(QStringLiteral("distribution")).toArray();
    if (distribution.size() != int(figure->distribution.size()))
        r.fail(QStringLiteral("distribution"), QStringLiteral("not five counts"));
    for (qsizetype i = 0; i < distribution.size() && i < 5; ++i)
        figure->distribution[std::size_t(i)] = distribution.at(i).toInteger();
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

bool fromJson(const QJsonObject &json, QList<VolumeDay> *days, QString *error)
{
    days->clear();
    return readList(json, QStringLiteral("days"), error, [days](JsonReader &r) {
        const QDate day = dayAt(r);
        days->append(
            {day, r.integer(QStringLiteral("opened")), r.integer(QStringLiteral("closed"))});
    });
}

bool fromJson(const QJsonObject &json, QList<DurationRow> *rows, QString *error)
{
    rows->clear();
    const std::pair<QString, DurationRow::Measure> measures[] = {
        {QStringLiteral("first_response"), DurationRow::Measure::FirstResponse},
        {QStringLiteral("resolution"), DurationRow::Measure::Resolution}};
    const std::pair<QString, DurationRow::Dimension> dimensions[] = {
        {QStringLiteral("agents"), DurationRow::Dimension::Agent},
        {QStringLiteral("groups"), DurationRow::Dimension::Group},
        {QStringLiteral("channels"), DurationRow::Dimension::Channel}};
    // Plain pairs, not structured bindings: C++17 does not let a lambda capture a binding.
    for (const auto &measurePair : measures) {
        const QString &measureKey = measurePair.first;
        const DurationRow::Measure measure = measurePair.second;
        const QJsonObject breakdown = json.value(measureKey).toObject();
        for (const auto &dimensionPair : dimensions) {
            const QString &dimensionKey = dimensionPair.first;
            const DurationRow::Dimension dimension = dimensionPair.second;
            const bool ok = readList(breakdown, dimensionKey, error, [&](JsonReader &r) {
                DurationRow row;
                row.measure = measure;
                row.dimension = dimension;
                row.id = r.id(QStringLiteral("id"));
                row.name = r.string(QStringLiteral("name"));
                row.count = r.integer(QStringLiteral("count"));
                row.medianSeconds = r.integer(QStringLiteral("median_seconds"));
                row.p90Seconds = r.integer(QStringLiteral("p90_seconds"));
                rows->append(row);
            });
            if (!ok) {
                if (error)
                    error->prepend(measureKey + QLatin1Char('.'));
                return false;
            }
        }
    }
    return true;
}

bool fromJson(const QJsonObject &json, ActivityHeat *heat, QString *error)
{
    if (readGrid(json.value(QStringLiteral("inbound")), &heat->inbound) &&
        readGrid(json.value(QStringLiteral("outbound")), &heat->outbound))
        return true;
    if (error)
        *error = QStringLiteral("inbound/outbound: not 7 days of 24 hours");
    return false;
}

bool fromJson(const QJsonObject &json, QList<SpendDay> *days, QString *error)
{
    days->clear();
    return readList(json, QStringLiteral("days"), error, [days](JsonReader &r) {
        const QDate day = dayAt(r);
        days->append({day, r.integer(QStringLiteral("template_sends")),
                      r.integer(QStringLiteral("credits_spent"))});
    });
}

} // namespace parley
