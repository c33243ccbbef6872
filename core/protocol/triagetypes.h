#pragma once

#include "core/domain/conversation.h"
#include "core/rules/receiptrules.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace parley {

// Issue #12 triage (docs/api.md "Triage"): labels defined by admins, and the changes an agent
// makes to one conversation or to a selection of them at once.

// A label an admin defined: a name (unique, 1–40 characters) and a colour "#rrggbb".
struct Label {
    Id id = 0;
    QString name;
    QString color;
};
QJsonObject toJson(const Label &label);
bool fromJson(const QJsonObject &json, Label *label, QString *error);

// GET /labels/{id}/usage: how many conversations carry a label.
struct LabelUsage {
    int conversations = 0;
};
bool fromJson(const QJsonObject &json, LabelUsage *usage, QString *error);

// GET / POST /channels/{id}/read-receipts: {"sent_by": "owner" | "any_agent"}.
QJsonObject toJson(ReadReceiptRule rule);
bool fromJson(const QJsonObject &json, ReadReceiptRule *rule, QString *error);

// What changes on each conversation; parts left unset stay as they are. `snoozedUntil` goes
// with status "snoozed" (0: until the customer writes).
struct ConversationChanges {
    std::optional<Id> ownerId; // 0: unassigned
    std::optional<Id> teamId;  // 0: no team
    std::optional<ConversationPriority> priority;
    std::optional<ConversationStatus> status;
    TimestampMs snoozedUntil = 0;
    QList<Id> addLabels;
    QList<Id> removeLabels;

    bool isEmpty() const
    {
        return !ownerId && !teamId && !priority && !status && addLabels.isEmpty() &&
               removeLabels.isEmpty();
    }
};

// POST /api/v1/conversations/bulk: the same changes on up to maxBulkConversations
// conversations.
inline constexpr int maxBulkConversations = 200;
struct BulkChangeRequest {
    QList<Id> conversationIds;
    ConversationChanges changes;
};
QJsonObject toJson(const BulkChangeRequest &request);
// Also the body of the one-conversation route (without conversation_ids).
bool fromJson(const QJsonObject &json, ConversationChanges *changes, QString *error);
bool fromJson(const QJsonObject &json, BulkChangeRequest *request, QString *error);

// Its reply: the conversations changed and, for each one refused, why (its error code).
struct BulkChangeResult {
    QList<Id> updated;
    struct Refusal {
        Id id = 0;
        QString code;
        QString message;
    };
    QList<Refusal> refused;
};
QJsonObject toJson(const BulkChangeResult &result);
bool fromJson(const QJsonObject &json, BulkChangeResult *result, QString *error);

} // namespace parley
