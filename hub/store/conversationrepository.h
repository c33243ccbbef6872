#pragma once

#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

class ConversationRepository {
public:
    explicit ConversationRepository(HubDatabase &db) : m_db(db) {}

    std::optional<Conversation> byId(Id id);
    std::optional<Conversation> byCustomer(Id channelId, const QString &customerNumber);
    std::optional<Conversation> byCustomerUserId(Id channelId, const QString &userId);
    // Every conversation attached to a record, oldest first.
    QList<Conversation> byRecord(Id recordId);
    Id insert(const Conversation &conversation); // returns the new id
    // Writes the conversation's columns; `newCustomerMessages` is added to the count of
    // messages its customer ever wrote (AgentViews: every agent's unread is read from it), in
    // the same statement, as each customer message is stored.
    bool save(const Conversation &conversation, int newCustomerMessages = 0);
    // Open conversations whose customer has waited since before `cutoff` on this channel (R2.6).
    QList<Conversation> unattendedSince(Id channelId, TimestampMs cutoff);
    // Snoozed conversations whose time came by `now`, the earliest first, at most `limit`.
    QList<Conversation> snoozedUntil(TimestampMs now, int limit);

    // Inserts unless a message with the same wamid exists; returns the new id, or 0 when it was
    // a duplicate (then *existing is its id) or on failure.
    Id insertMessage(const Message &message, Id *existing = nullptr);
    bool saveMessage(const Message &message);
    std::optional<Message> messageById(Id id);
    std::optional<Message> messageByWamid(const QString &wamid);
    // Whether a message `wamid` is stored (one column read, where messageByWamid reads ~30).
    bool hasMessageWithWamid(const QString &wamid);
    // The message `wamid` of a conversation on `channelId`; none when it belongs to another
    // channel (a webhook signed for one channel never touches another's messages).
    std::optional<Message> messageByWamid(Id channelId, const QString &wamid);
    std::optional<Message> messageByClientId(const QString &clientId);
    QList<Message> messages(Id conversationId, int limit, TimestampMs before);
    // The newest `limit` messages with an id below `beforeId` (0: no bound), oldest first: ids
    // follow the store's order, so paging back by id never skips one (the stream's snapshot and
    // the desktop's older history).
    QList<Message> messagesBeforeId(Id conversationId, int limit, Id beforeId);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
