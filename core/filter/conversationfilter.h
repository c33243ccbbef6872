#pragma once

#include "core/domain/conversation.h"
#include "core/filter/period.h"
#include "core/rules/ruleerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace parley {

// R3.1; MyTeam (issue #12): conversations assigned to one of the agent groups I belong to.
enum class Scope { All, Mine, MyTeam };

// "user X, or the logged-in user" of R3.2. A saved view that says "me" means whoever opens it.
struct UserRef {
    bool me = false;
    Id agentId = 0;
    bool operator==(const UserRef &other) const
    {
        return me == other.me && agentId == other.agentId;
    }
};

// Everything the Messages module can filter the conversation list by; every part is optional
// and all given parts must hold. Semantics (docs/filters.md):
//  - notRepliedIn: a customer message waits for an answer and no agent replied in the period;
//  - repliedIn: an agent replied in the period;
//  - messageTimeIn: any message, either way, in the period;
//  - owner: the conversation's owner; repliedBy: the agent who sent the last reply;
//  - awaitingReply: the customer wrote last (the "unreplied" views);
//  - labels: the conversation carries every one of these labels (issue #12);
//  - priority: exactly this priority; team: assigned to this agent group;
//  - search: the text appears in a message, the customer's name or number (substring, any
//    language; case-insensitive for Latin letters).
struct ConversationFilter {
    Scope scope = Scope::All;
    std::optional<Period> notRepliedIn;
    std::optional<Period> repliedIn;
    std::optional<Period> messageTimeIn;
    std::optional<UserRef> owner;
    std::optional<UserRef> repliedBy;
    std::optional<ConversationStatus> status;
    QList<Id> channelIds;
    QStringList departments;
    QList<Id> labelIds;
    std::optional<ConversationPriority> priority;
    std::optional<Id> teamId;
    bool unreadOnly = false;
    bool awaitingReply = false;
    QString search;

    bool operator==(const ConversationFilter &other) const;
};

// For saved views: the JSON kept in the mirror and sent to the hub.
QJsonObject toJson(const ConversationFilter &filter);
// Unknown keys are refused too: a view saved by a newer client must not silently widen.
bool fromJson(const QJsonObject &json, ConversationFilter *filter, QString *error);

// All the reasons the filter cannot run (period count outside 1…999, a user left unchosen).
RuleErrors validate(const ConversationFilter &filter);

} // namespace parley
