#include "core/protocol/notificationtypes.h"

#include "core/protocol/jsonreader.h"

#include <QJsonArray>

namespace parley {

QJsonObject toJson(const NotificationSettings &settings)
{
    QJsonArray muted;
    for (Id id : settings.muted)
        muted.append(id);
    return {{QStringLiteral("agent_id"), settings.agentId},
            {QStringLiteral("notify"), notifyChoiceName(settings.notify)},
            {QStringLiteral("muted"), muted}};
}

bool fromJson(const QJsonObject &json, NotificationSettings *settings, QString *error)
{
    JsonReader reader(json);
    NotificationSettings read;
    read.agentId = reader.id(QStringLiteral("agent_id"));
    read.notify =
        reader.enumValue(QStringLiteral("notify"), &notifyChoiceFromName, NotifyChoice::Default);
    read.muted = reader.ids(QStringLiteral("muted"), false, maxMutedConversations);
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *settings = read;
    return true;
}

} // namespace parley
