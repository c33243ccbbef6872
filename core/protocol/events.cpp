#include "core/protocol/events.h"

#include "core/protocol/jsonreader.h"

#include <QJsonArray>

namespace parley {

QJsonObject toJson(const Event &event)
{
    return {{QStringLiteral("seq"), event.seq},
            {QStringLiteral("type"), event.type},
            {QStringLiteral("data"), event.data}};
}

bool fromJson(const QJsonObject &json, Event *event, QString *error)
{
    JsonReader r(json);
    event->seq = r.integer(QStringLiteral("seq"), true);
    event->type = r.string(QStringLiteral("type"), true);
    event->data = r.object(QStringLiteral("data"));
    if (r.ok() && event->seq <= 0)
        r.fail(QStringLiteral("seq"), QStringLiteral("must be positive"));
    if (r.ok() && !json.value(QStringLiteral("data")).isObject())
        r.fail(QStringLiteral("data"), QStringLiteral("missing"));
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

QJsonObject toJson(const SyncBatch &batch)
{
    QJsonArray events;
    for (const Event &event : batch.events)
        events.append(toJson(event));
    return {{QStringLiteral("events"), events}, {QStringLiteral("next"), batch.next}};
}

bool fromJson(const QJsonObject &json, SyncBatch *batch, QString *error)
{
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return false;
    };
    JsonReader r(json);
    batch->next = r.integer(QStringLiteral("next"), true);
    if (!r.ok())
        return fail(r.error());
    const QJsonValue events = json.value(QStringLiteral("events"));
    if (!events.isArray())
        return fail(QStringLiteral("events: not an array"));
    batch->events.clear();
    qint64 previous = 0;
    for (const QJsonValue &value : events.toArray()) {
        Event event;
        QString problem;
        if (!value.isObject() || !fromJson(value.toObject(), &event, &problem))
            return fail(QStringLiteral("events[%1]: %2")
                            .arg(batch->events.size())
                            .arg(problem.isEmpty() ? QStringLiteral("not an object") : problem));
        if (event.seq <= previous)
            return fail(QStringLiteral("events[%1]: seq %2 does not follow %3")
                            .arg(batch->events.size())
                            .arg(event.seq)
                            .arg(previous));
        previous = event.seq;
        batch->events.append(event);
    }
    if (batch->next < previous)
        return fail(
            QStringLiteral("next: %1 is behind the last event %2").arg(batch->next).arg(previous));
    return true;
}

QJsonObject toJson(const SnapshotFrame &frame)
{
    QJsonArray events;
    for (const Event &event : frame.events)
        events.append(QJsonObject{{QStringLiteral("type"), event.type},
                                  {QStringLiteral("data"), event.data}});
    QJsonObject snapshot{{QStringLiteral("events"), events}};
    if (!frame.olderHistory.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : frame.olderHistory)
            ids.append(id);
        snapshot.insert(QStringLiteral("older_history"), ids);
    }
    if (frame.isLast())
        snapshot.insert(QStringLiteral("seq"), frame.seq);
    return {{QStringLiteral("snapshot"), snapshot}};
}

bool fromJson(const QJsonObject &json, SnapshotFrame *frame, QString *error)
{
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return false;
    };
    const QJsonValue snapshot = json.value(QStringLiteral("snapshot"));
    if (!snapshot.isObject())
        return fail(QStringLiteral("snapshot: not an object"));
    const QJsonObject body = snapshot.toObject();
    const QJsonValue events = body.value(QStringLiteral("events"));
    if (!events.isArray())
        return fail(QStringLiteral("snapshot.events: not an array"));
    *frame = SnapshotFrame();
    for (const QJsonValue &value : events.toArray()) {
        const QJsonObject object = value.toObject();
        Event event;
        event.type = object.value(QStringLiteral("type")).toString();
        if (event.type.isEmpty() || !object.value(QStringLiteral("data")).isObject())
            return fail(QStringLiteral("snapshot.events[%1]: needs a type and a data object")
                            .arg(frame->events.size()));
        event.data = object.value(QStringLiteral("data")).toObject();
        frame->events.append(event);
    }
    for (const QJsonValue &id : body.value(QStringLiteral("older_history")).toArray()) {
        if (!id.isDouble() || id.toInteger() <= 0)
            return fail(QStringLiteral("snapshot.older_history: not an id"));
        frame->olderHistory.append(id.toInteger());
    }
    if (body.contains(QStringLiteral("seq"))) {
        const QJsonValue seq = body.value(QStringLiteral("seq"));
        if (!seq.isDouble() || seq.toInteger() < 0)
            return fail(QStringLiteral("snapshot.seq: not a sequence number"));
        frame->seq = seq.toInteger();
    }
    return true;
}

} // namespace parley
