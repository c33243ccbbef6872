#include "core/protocol/recordtypes.h"

#include "core/protocol/isotime.h"

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

} // namespace parley
