#pragma once

#include "core/domain/ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace parley {

// Presence (issue #12, docs/api.md "Presence"): who else is viewing or typing in a
// conversation, relayed by the hub over the stream and never stored.
enum class PresenceState { Viewing, Typing, Left };

QString presenceStateName(PresenceState state);

// What the desktop sends on its stream socket: {"presence": {"conversation_id", "state"}}.
QString presenceFrame(Id conversationId, PresenceState state);

struct PresentAgent {
    Id id = 0;
    QString name;
    bool typing = false;
};

// What the hub relays: everyone else in the conversation now, typing ones first.
struct PresenceUpdate {
    Id conversationId = 0;
    QList<PresentAgent> agents;
};

// Reads the object under "presence" of a hub frame. At most `maxAgents` are kept (a hostile
// or broken hub must not make the desktop list thousands of names).
bool fromJson(const QJsonObject &json, PresenceUpdate *update, QString *error, int maxAgents = 50);

} // namespace parley
