#include "core/protocol/presencetypes.h"

#include "core/protocol/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parley {

QString presenceStateName(PresenceState state)
{
    switch (state) {
    case PresenceState::Viewing:
        return QStringLiteral("viewing");
    case PresenceState::Typing:
        return QStringLiteral("typing");
    case PresenceState::Left:
        return QStringLiteral("left");
    }
    return QStringLiteral("left");
}

QString presenceFrame(Id conversationId, PresenceState state)
{
    const QJsonObject frame{{QStringLiteral("presence"),
                             QJsonObject{{QStringLiteral("conversation_id"), conversationId},
                                         {QStringLiteral("state"), presenceStateName(state)}}}};
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

bool fromJson(const QJsonObject &json, PresenceUpdate *update, QString *error, int maxAgents)
{
    JsonReader reader(json);
    PresenceUpdate read;
    read.conversationId = reader.id(QStringLiteral("conversation_id"), true);
    const QJsonValue agents = json.value(QStringLiteral("agents"));
    if (!agents.isArray())
        reader.fail(QStringLiteral("agents"), QStringLiteral("not an array"));
    for (const QJsonValue &value : agents.toArray()) {
        if (read.agents.size() >= maxAgents)
            break;
        JsonReader agent(value.toObject());
        PresentAgent present;
        present.id = agent.id(QStringLiteral("id"), true);
        present.name = agent.string(QStringLiteral("name")).left(100);
        present.typing = agent.string(QStringLiteral("state")) == QLatin1String("typing");
        if (!agent.ok()) {
            reader.fail(QStringLiteral("agents"), agent.error());
            break;
        }
        read.agents.append(present);
    }
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *update = read;
    return true;
}

} // namespace parley
