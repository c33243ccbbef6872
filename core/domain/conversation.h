#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// R2.5.
enum class ConversationStatus { Open, Closed };

QString conversationStatusName(ConversationStatus status);
bool conversationStatusFromName(const QString &name, ConversationStatus *status);

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

    // A customer message is waiting for an answer.
    bool awaitingReply() const { return lastInboundAt > 0 && lastInboundAt > lastOutboundAt; }
};

} // namespace parley
