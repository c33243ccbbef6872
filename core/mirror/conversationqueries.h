#pragma once

#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/filter/filtersql.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace parley {

// The order of a conversation list: newest activity first (the default), or the oldest first so
// that the customer who has waited longest is at the top.
// HighestPriority (issue #12): urgent first, then newest activity within a priority.
enum class ConversationOrder { NewestActivity, OldestActivity, HighestPriority };

// Where a page of the conversation list ended. Lists are paged by position (keyset), not
// OFFSET, so page 200 costs what page 1 does.
struct ConversationCursor {
    TimestampMs lastMessageAt = 0;
    Id id = 0;
    int priority = 0; // HighestPriority's pages only
    bool isStart() const { return id == 0; }
};

struct ConversationPage {
    QList<Conversation> rows;
    ConversationCursor next; // pass back for the following page
    bool atEnd = false;
};

// The context a search's page and count are built with: manyNameCandidates read from the name
// index (one count of at most nameCandidateLimit + 1 rows), the rest as given. The functions
// below call it; the benchmark does too, to hand sqlite3 the same SQL.
bool withNameCandidates(QSqlDatabase db, const ConversationFilter &filter, FilterContext *context,
                        QString *error);

// The SQL of a page, exposed so that the benchmark runs the very same text through sqlite3.
SqlCondition conversationPageSql(const ConversationFilter &filter, const FilterContext &context,
                                 const ConversationCursor &after, int limit,
                                 ConversationOrder order = ConversationOrder::NewestActivity);

bool fetchConversationPage(QSqlDatabase db, const ConversationFilter &filter,
                           const FilterContext &context, const ConversationCursor &after, int limit,
                           ConversationPage *page, QString *error,
                           ConversationOrder order = ConversationOrder::NewestActivity);

// Whether `a` comes before `b` in a list of that order.
bool comesBefore(const Conversation &a, const Conversation &b, ConversationOrder order);

// The newest message of each conversation that a search text finds (compared folded, like the
// list's search), for the list to show the match rather than the last message.
struct SearchHit {
    Id messageId = 0;
    QString text;
};
bool fetchSearchHits(QSqlDatabase db, const QString &search, const QList<Id> &conversationIds,
                     QHash<Id, SearchHit> *hits, QString *error);

bool countConversations(QSqlDatabase db, const ConversationFilter &filter,
                        const FilterContext &context, qint64 *count, QString *error);

bool fetchConversation(QSqlDatabase db, Id id, Conversation *conversation, QString *error);

// The message a conversation's lastMessageText stands for: the newest at last_message_at that
// moved it (not a note nor a reaction), one seek in messages_by_conversation per row. Exposed for
// the plan's test.
SqlCondition lastMessageSql(Id conversationId, TimestampMs lastMessageAt);
// Fills Conversation::lastMessage for the rows whose text cannot say what the message was: an
// empty text, or the newest message is the team's (an attachment sent without caption is
// its file name). Text messages of the customer cost nothing.
bool fetchLastMessages(QSqlDatabase db, QList<Conversation> *rows, QString *error);

// The newest `limit` messages before `beforeCreatedAt`/`beforeId` (0: the newest), returned
// oldest first as the conversation pane shows them.
SqlCondition newestMessagesSql(Id conversationId, int limit, TimestampMs beforeCreatedAt = 0,
                               Id beforeId = 0);
bool fetchNewestMessages(QSqlDatabase db, Id conversationId, int limit, QList<Message> *messages,
                         QString *error, TimestampMs beforeCreatedAt = 0, Id beforeId = 0);

} // namespace parley
