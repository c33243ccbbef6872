#pragma once

#include "core/domain/message.h"

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
// The hub has older messages of the conversation that the mirror does not hold yet.
bool hasOlderOnHub(QSqlDatabase db, Id conversationId);

} // namespace parley
