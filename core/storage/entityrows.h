#pragma once

#include "core/domain/activity.h"
#include "core/domain/agent.h"
#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/domain/messagetemplate.h"
#include "core/domain/record.h"

#include <QSqlQuery>
#include <QString>

namespace parley {

class SqliteStatement;

// The hub's store and the desktop's mirror keep these entities in the same columns; one reader
// for each keeps the two from drifting apart. Each reader expects its columns list first.
const QString &conversationColumns(); // "c.id, c.channel_id, …" for `conversations c`
const QString &messageColumns();      // "id, conversation_id, …" for `messages`
const QString &recordColumns();       // "id, module, …" for `records`
const QString &activityColumns();     // "id, kind, …" for `activities`
const QString &templateColumns();     // "id, name, …" for `templates`
const QString &agentColumns();        // "id, login, …" for `agents`

Conversation readConversation(const QSqlQuery &query);
Message readMessage(const QSqlQuery &query);
// The same, from the current row of a statement run through SQLite's own API (the hub's
// webhook path, HubDatabase::firstRow).
Conversation readConversation(const SqliteStatement &row);
Message readMessage(const SqliteStatement &row);
Record readRecord(const QSqlQuery &query);
Activity readActivity(const QSqlQuery &query);
MessageTemplate readTemplate(const QSqlQuery &query);
Agent readAgent(const QSqlQuery &query);

// What a message carries beyond text and media (issue #10): ", whatsapp_type, details, …",
// selected right after messageColumns(); read from column `at` on.
const QString &messageContentColumns();
void readMessageContent(const QSqlQuery &query, int at, Message *message);
int messageColumnCount();

} // namespace parley
