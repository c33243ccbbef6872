#include "core/rules/savedviewrules.h"

#include "core/protocol/events.h"

namespace parley {

bool savedViewEventReaches(const Agent &agent, const QString &eventType, const QJsonObject &data)
{
    const bool own = data.value(QStringLiteral("owner_id")).toInteger() == agent.id;
    const bool shared = data.value(QStringLiteral("shared")).toBool();
    if (eventType == EventType::SavedViewDeleted && data.value(QStringLiteral("unshared")).toBool())
        return !own;
    return own || shared;
}

} // namespace parley
