#pragma once

#include "core/domain/ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace parley {

// The older messages of many conversations in one request (docs/api.md, "Older history in
// bulk"): after a first sync from the snapshot, the desktop asks for the messages older than
// the oldest it has, for up to `maxConversations` conversations at once.
namespace olderhistory {
// Bounds the hub enforces before reading: conversations per request, and messages per answer.
constexpr int maxConversations = 200;
constexpr int maxMessages = 5000;
} // namespace olderhistory

// One conversation asked for: its messages with ids below `beforeId` (0: from the newest).
struct OlderHistoryCursor {
    Id conversationId = 0;
    Id beforeId = 0;
    bool operator==(const OlderHistoryCursor &o) const
    {
        return conversationId == o.conversationId && beforeId == o.beforeId;
    }
};

// The `conversations` query value: "12:345,40:999" (conversation id : before id).
QString olderHistoryQuery(const QList<OlderHistoryCursor> &cursors);
// Reads it back; false with the problem when it is malformed, names a conversation twice, or
// holds more than olderhistory::maxConversations cursors.
bool parseOlderHistoryQuery(const QString &value, QList<OlderHistoryCursor> *cursors,
                            QString *error);

// One conversation of the answer: the messages (oldest first, as message JSON), and whether
// they reach back to its first message. `gone`: it does not exist or is out of the agent's
// scope (answered alike), so there is nothing older to fetch.
struct OlderHistoryPart {
    Id conversationId = 0;
    QList<QJsonObject> messages;
    bool complete = false;
    bool gone = false;
};

// The answer: the conversations in the order asked, as many as fit in the message limit; those
// left out are asked for again.
struct OlderHistoryPage {
    QList<OlderHistoryPart> conversations;
};

QJsonObject toJson(const OlderHistoryPage &page);
bool fromJson(const QJsonObject &json, OlderHistoryPage *page, QString *error);

} // namespace parley
