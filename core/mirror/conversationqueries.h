#pragma once

#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/filter/filtersql.h"

#include <QList>
#include <QSqlDatabase>

namespace parley {

// Where a page of the conversation list ended. Lists are ordered newest activity first and page
// by position (keyset), not OFFSET, so page 200 costs what page 1 does.
struct ConversationCursor {
    TimestampMs lastMessageAt = 0;
    Id id = 0;
    bool isStart() const { return id == 0; }
};

struct ConversationPage {
    QList<Conversation> rows;
    ConversationCursor next; // pass back for the following page
    bool atEnd = false;
};

// The SQL of a page, exposed so that the benchmark runs the very same text through sqlite3.
SqlCondition conversationPageSql(const ConversationFilter &filter, const FilterContext &context,
                                 const ConversationCursor &after, int limit);

bool fetchConversationPage(QSqlDatabase db, const ConversationFilter &filter,
                           const FilterContext &context, const ConversationCursor &after, int limit,
                           ConversationPage *page, QString *error);

bool countConversations(QSqlDatabase db, const ConversationFilter &filter,
                        const FilterContext &context, qint64 *count, QString *error);

bool fetchConversation(QSqlDatabase db, Id id, Conversation *conversation, QString *error);

// The newest `limit` messages before `beforeCreatedAt`/`beforeId` (0: the newest), returned
// oldest first as the conversation pane shows them.
SqlCondition newestMessagesSql(Id conversationId, int limit, TimestampMs beforeCreatedAt = 0,
                               Id beforeId = 0);
bool fetchNewestMessages(QSqlDatabase db, Id conversationId, int limit, QList<Message> *messages,
                         QString *error, TimestampMs beforeCreatedAt = 0, Id beforeId = 0);

} // namespace parley
