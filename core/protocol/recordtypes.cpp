#include "core/protocol/recordtypes.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/isotime.h"
#include "core/protocol/jsonreader.h"

namespace parley {

QJsonObject toJson(const NewRecord &record)
{
    return {{QStringLiteral("module"), moduleName(record.module)},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(record.fields)}};
}

QJsonObject toJson(const RecordChanges &changes)
{
    QJsonObject body{{QStringLiteral("fields"), QJsonObject::fromVariantMap(changes.fields)}};
    if (changes.ownerId > 0)
        body.insert(QStringLiteral("owner_id"), changes.ownerId);
    return body;
}

QJsonObject toJson(const NewActivity &activity)
{
    QJsonObject body{{QStringLiteral("kind"), activityKindName(activity.kind)},
                     {QStringLiteral("title"), activity.title},
                     {QStringLiteral("due_at"),
                      activity.dueAt > 0 ? QJsonValue(toIsoUtc(activity.dueAt)) : QJsonValue()}};
    if (activity.conversationId > 0)
        body.insert(QStringLiteral("conversation_id"), activity.conversationId);
    return body;
}

bool fromJson(const QJsonObject &json, RecordMergeOutcome *outcome, QString *error)
{
    JsonReader r(json);
    outcome->mergedId = r.id(QStringLiteral("merged_id"), true);
    outcome->conversationsMoved = int(r.integer(QStringLiteral("conversations_moved")));
    outcome->activitiesMoved = int(r.integer(QStringLiteral("activities_moved")));
    outcome->linksMoved = int(r.integer(QStringLiteral("links_moved")));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    return fromJson(r.object(QStringLiteral("record")), &outcome->record, error);
}

} // namespace parley
