#pragma once

#include "core/domain/ids.h"
#include "core/domain/message.h"

#include <QList>
#include <QString>

namespace parley {

// R2.5; issue #12 adds pending (waiting on someone else, kept out of the open queue) and
// snoozed (reopens by itself at `snoozedUntil`, or when the customer writes).
enum class ConversationStatus { Open, Closed, Pending, Snoozed };

QString conversationStatusName(ConversationStatus status);
bool conversationStatusFromName(const QString &name, ConversationStatus *status);

// Issue #12 triage. Ordered: sorting by priority sorts by this value.
enum class ConversationPriority { Low = 0, Normal = 1, High = 2, Urgent = 3 };

QString conversationPriorityName(ConversationPriority priority);
bool conversationPriorityFromName(const QString &name, ConversationPriority *priority);

// The label ids of a conversation as stored (hub and mirror): ",3,7," sorted, "" for none, so
// that "has label 3" is `labels LIKE '%,3,%'` in either SQL dialect.
QString labelIdsText(const QList<Id> &ids);
QList<Id> labelIdsFromText(const QString &text);

// R2.1: the thread with one customer number on one channel. The last-activity fields are kept
// by the hub so that lists and filters never aggregate over messages.
struct Conversation {
    Id id = 0;
    Id channelId = 0;
    QString customerNumber; // E.164 digits without '+', as WhatsApp's wa_id; the user id when
                            // the customer has no phone (a username-only customer)
    QString customerUserId; // WhatsApp's business-scoped user id, when Meta gave one
    QString customerName;
    QString recordModule; // "Leads" or "Contacts"
    Id recordId = 0;
    ConversationStatus status = ConversationStatus::Open;
    Id ownerId = 0; // 0: unassigned
    QString department;
    TimestampMs lastInboundAt = 0;  // 0: the customer never wrote
    TimestampMs lastOutboundAt = 0; // 0: nobody replied yet
    TimestampMs lastMessageAt = 0;
    QString lastMessageText;
    Id lastRepliedBy = 0; // agent who sent the last outbound message
    int unreadCount = 0;
    TimestampMs marketingStoppedAt = 0; // the customer stopped marketing messages; 0: did not
    // Issue #12 triage: admin-defined labels (ascending ids), priority, the agent group
    // (team) it is assigned to (0: none), and when a snoozed conversation reopens (0 while
    // snoozed: when the customer writes).
    QList<Id> labelIds;
    ConversationPriority priority = ConversationPriority::Normal;
    Id teamId = 0;
    TimestampMs snoozedUntil = 0;
    // The desktop's mirror only (never on the wire, never in the hub's store): the message
    // lastMessageText stands for, read when that text cannot say what it was (empty for a voice
    // note or a photo without caption, the file name of one the team sent), so that the list can
    // say "Voice message". id 0: not read.
    Message lastMessage;

    // A customer message is waiting for an answer.
    bool awaitingReply() const { return lastInboundAt > 0 && lastInboundAt > lastOutboundAt; }
};

} // namespace parley
