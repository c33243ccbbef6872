#pragma once

#include "core/domain/message.h"
#include "core/mirror/outbox.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace parley {

// Single messages of one conversation, read from the mirror with their whole content: the ones
// an event just changed (the pane updates their rows alone) and the one a reply quotes.
bool fetchMessagesById(QSqlDatabase db, Id conversationId, const QList<Id> &ids,
                       QList<Message> *messages, QString *error);
std::optional<Message> fetchMessageByWamid(QSqlDatabase db, Id conversationId,
                                           const QString &wamid);
// The messages of one conversation from message `fromId` (included) up to (beforeCreatedAt,
// beforeId) excluded (beforeId 0: to the newest), oldest first: what a search hit or a quote
// needs loaded above the messages shown. None when `fromId` is not in the conversation.
bool fetchMessagesFrom(QSqlDatabase db, Id conversationId, Id fromId, TimestampMs beforeCreatedAt,
                       Id beforeId, QList<Message> *messages, QString *error);
// What the replies among `messages` and the outbox's unsent replies quote, when it is not among
// `messages` itself: read so that the pane can show the quoted text.
QList<Message> fetchQuotedMessages(QSqlDatabase db, Id conversationId,
                                   const QList<Message> &messages, const QList<OutboxItem> &outbox);
// The hub has older messages of the conversation that the mirror does not hold yet.
bool hasOlderOnHub(QSqlDatabase db, Id conversationId);

} // namespace parley
