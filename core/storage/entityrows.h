#pragma once

#include "core/domain/conversation.h"
#include "core/domain/message.h"

#include <QSqlQuery>
#include <QString>

namespace parley {

// The hub's store and the desktop's mirror keep conversations and messages in the same columns;
// one reader for each keeps the two from drifting apart.
const QString &conversationColumns(); // "c.id, c.channel_id, …" for `conversations c`
const QString &messageColumns();      // "id, conversation_id, …" for `messages`

Conversation readConversation(const QSqlQuery &query);
Message readMessage(const QSqlQuery &query);

} // namespace parley
