#include "core/protocol/savedviewtypes.h"

#include "core/protocol/jsonreader.h"

namespace parley {
namespace {

// The filter object of a view or a change: absent is an error for the caller to decide; one
// that is not an object is a type error; one that does not parse is a `problem`, not an error.
void readFilter(JsonReader &reader, const QJsonObject &json, ConversationFilter *filter,
                QString *problem, bool *present)
{
    const QJsonValue value = json.value(QStringLiteral("filter"));
    *present = !value.isUndefined() && !value.isNull();
    if (!*present)
        return;
    if (!value.isObject()) {
        reader.fail(QStringLiteral("filter"), QStringLiteral("not an object"));
        return;
    }
    if (!fromJson(value.toObject(), filter, problem) && problem->isEmpty())
        *problem = QStringLiteral("unreadable filter");
    if (!problem->isEmpty())
        *filter = ConversationFilter();
}

} // namespace

QJsonObject toJson(const SavedView &view)
{
    return {{QStringLiteral("id"), view.id},
            {QStringLiteral("owner_id"), view.ownerId},
            {QStringLiteral("name"), view.name},
            {QStringLiteral("filter"), toJson(view.filter)},
            {QStringLiteral("position"), view.position},
            {QStringLiteral("shared"), view.shared}};
}

bool fromJson(const QJsonObject &json, SavedView *view, QString *error)
{
    JsonReader r(json);
    view->id = r.id(QStringLiteral("id"), true);
    view->ownerId = r.id(QStringLiteral("owner_id"), true);
    view->name = r.string(QStringLiteral("name"), true);
    view->position = int(r.integer(QStringLiteral("position")));
    view->shared = r.boolean(QStringLiteral("shared"));
    bool present = false;
    readFilter(r, json, &view->filter, &view->problem, &present);
    if (!present)
        r.fail(QStringLiteral("filter"), QStringLiteral("missing"));
    return finish(r, error);
}

QJsonObject toJson(const SavedViewChange &change)
{
    QJsonObject json;
    if (change.name)
        json.insert(QStringLiteral("name"), *change.name);
    if (change.filter)
        json.insert(QStringLiteral("filter"), toJson(*change.filter));
    if (change.position)
        json.insert(QStringLiteral("position"), *change.position);
    if (change.shared)
        json.insert(QStringLiteral("shared"), *change.shared);
    if (!change.clientKey.isEmpty())
        json.insert(QStringLiteral("client_key"), change.clientKey);
    return json;
}

bool fromJson(const QJsonObject &json, SavedViewChange *change, QString *error)
{
    JsonReader r(json);
    if (r.has(QStringLiteral("name")))
        change->name = r.string(QStringLiteral("name"), true);
    ConversationFilter filter;
    bool present = false;
    readFilter(r, json, &filter, &change->filterProblem, &present);
    if (present && change->filterProblem.isEmpty())
        change->filter = filter;
    if (r.has(QStringLiteral("position"))) {
        const qint64 position = r.integer(QStringLiteral("position"), true);
        if (position < 0 || position > 1000000)
            r.fail(QStringLiteral("position"), QStringLiteral("out of range"));
        change->position = int(position);
    }
    if (r.has(QStringLiteral("shared")))
        change->shared = r.boolean(QStringLiteral("shared"));
    change->clientKey = r.string(QStringLiteral("client_key"));
    if (change->clientKey.size() > 64)
        r.fail(QStringLiteral("client_key"), QStringLiteral("longer than 64 characters"));
    return finish(r, error);
}

QJsonObject toJson(const SavedViewRemoval &removal)
{
    QJsonObject json{{QStringLiteral("id"), removal.id},
                     {QStringLiteral("owner_id"), removal.ownerId},
                     {QStringLiteral("shared"), removal.shared}};
    if (removal.unshared)
        json.insert(QStringLiteral("unshared"), true);
    return json;
}

bool fromJson(const QJsonObject &json, SavedViewRemoval *removal, QString *error)
{
    JsonReader r(json);
    removal->id = r.id(QStringLiteral("id"), true);
    removal->ownerId = r.id(QStringLiteral("owner_id"));
    removal->shared = r.boolean(QStringLiteral("shared"));
    removal->unshared = r.boolean(QStringLiteral("unshared"));
    return finish(r, error);
}

} // namespace parley
