#include "core/mirror/conversationqueries.h"

#include "core/logging.h"
#include "core/mirror/searchfold.h"
#include "core/storage/entityrows.h"
#include "core/storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parley {
namespace {

bool run(QSqlQuery &query, const SqlCondition &sql, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql.sql)) {
        *error = sqlFailure(lcMirror(), query);
        return false;
    }
    for (int i = 0; i < sql.values.size(); ++i)
        query.bindValue(i, sql.values.at(i));
    if (!query.exec()) {
        *error = sqlFailure(lcMirror(), query);
        return false;
    }
    return true;
}

} // namespace

bool withNameCandidates(QSqlDatabase db, const ConversationFilter &filter, FilterContext *context,
                        QString *error)
{
    context->manyNameCandidates = false;
    const QString query = fullTextQuery(filter.search);
    if (query.isEmpty())
        return true;
    QSqlQuery count(db);
    if (!run(count, {nameCandidatesSql(), {query}}, error) || !count.next())
        return false;
    context->manyNameCandidates = count.value(0).toInt() > nameCandidateLimit;
    return true;
}

SqlCondition conversationPageSql(const ConversationFilter &filter, const FilterContext &context,
                                 const ConversationCursor &after, int limit,
                                 ConversationOrder order)
{
    const bool newest = order == ConversationOrder::NewestActivity;
    SqlCondition where = conversationWhere(filter, context);
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(conversationColumns(), conversationSource(filter, context), where.sql);
    if (order == ConversationOrder::HighestPriority) {
        if (!after.isStart()) {
            sql += QStringLiteral(" AND (c.priority, c.last_message_at, c.id) < (?, ?, ?)");
            where.values << after.priority << after.lastMessageAt << after.id;
        }
        sql +=
            QStringLiteral(" ORDER BY c.priority DESC, c.last_message_at DESC, c.id DESC LIMIT ?");
        where.values << limit;
        return {sql, where.values};
    }
    if (!after.isStart()) {
        sql += newest ? QStringLiteral(" AND (c.last_message_at, c.id) < (?, ?)")
                      : QStringLiteral(" AND (c.last_message_at, c.id) > (?, ?)");
        where.values << after.lastMessageAt << after.id;
    }
    sql += newest ? QStringLiteral(" ORDER BY c.last_message_at DESC, c.id DESC LIMIT ?")
                  : QStringLiteral(" ORDER BY c.last_message_at ASC, c.id ASC LIMIT ?");
    where.values << limit;
    return {sql, where.values};
}

bool fetchConversationPage(QSqlDatabase db, const ConversationFilter &filter,
                           const FilterContext &context, const ConversationCursor &after, int limit,
                           ConversationPage *page, QString *error, ConversationOrder order)
{
    FilterContext searching = context;
    QSqlQuery query(db);
    if (!withNameCandidates(db, filter, &searching, error) ||
        !run(query, conversationPageSql(filter, searching, after, limit, order), error))
        return false;
    page->rows.clear();
    while (query.next())
        page->rows.append(readConversation(query));
    if (!fetchLastMessages(db, &page->rows, error))
        return false;
    page->atEnd = page->rows.size() < limit;
    page->next = page->rows.isEmpty()
                     ? after
                     : ConversationCursor{page->rows.last().lastMessageAt, page->rows.last().id,
                                          int(page->rows.last().priority)};
    return true;
}

bool comesBefore(const Conversation &a, const Conversation &b, ConversationOrder order)
{
    const bool aFirst =
        a.lastMessageAt != b.lastMessageAt ? a.lastMessageAt > b.lastMessageAt : a.id > b.id;
    if (order == ConversationOrder::HighestPriority)
        return a.priority != b.priority ? a.priority > b.priority : aFirst;
    return order == ConversationOrder::NewestActivity ? aFirst : !aFirst && a.id != b.id;
}

bool fetchSearchHits(QSqlDatabase db, const QString &search, const QList<Id> &conversationIds,
                     QHash<Id, SearchHit> *hits, QString *error)
{
    hits->clear();
    const QString folded = foldForSearch(search.trimmed());
    if (folded.isEmpty() || conversationIds.isEmpty())
        return true;
    QStringList marks;
    QVariantList values;
    const bool byIndex = !fullTextQuery(folded).isEmpty();
    values += byIndex ? newestSearchHitsValues(folded) : QVariantList{likeContaining(folded)};
    for (Id id : conversationIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    // Oldest first, so that the newest hit of each conversation is the one kept.
    const QString sql =
        !byIndex
            ? QStringLiteral("SELECT m.id, m.conversation_id, m.text FROM messages m"
                             " WHERE m.search_text LIKE ? ESCAPE '\\' AND m.conversation_id IN (%1)"
                             " ORDER BY m.created_at, m.id")
            : QStringLiteral("SELECT m.id, m.conversation_id, m.text FROM messages m"
                             " WHERE m.id IN (%2) AND m.conversation_id IN (%1)"
                             " ORDER BY m.created_at, m.id")
                  .arg(QStringLiteral("%1"), newestSearchHitsSql());
    QSqlQuery query(db);
    if (!run(query, {sql.arg(marks.join(QStringLiteral(", "))), values}, error))
        return false;
    while (query.next())
        hits->insert(query.value(1).toLongLong(),
                     {query.value(0).toLongLong(), query.value(2).toString()});
    return true;
}

bool countConversations(QSqlDatabase db, const ConversationFilter &filter,
                        const FilterContext &context, qint64 *count, QString *error)
{
    FilterContext searching = context;
    if (!withNameCandidates(db, filter, &searching, error))
        return false;
    const SqlCondition where = conversationWhere(filter, searching);
    QSqlQuery query(db);
    if (!run(query,
             {QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                  .arg(conversationSource(filter, searching), where.sql),
              where.values},
             error) ||
        !query.next())
        return false;
    *count = query.value(0).toLongLong();
    return true;
}

bool fetchConversation(QSqlDatabase db, Id id, Conversation *conversation, QString *error)
{
    QSqlQuery query(db);
    if (!run(query,
             {QStringLiteral("SELECT %1 FROM conversations c WHERE c.id = ?")
                  .arg(conversationColumns()),
              {id}},
             error))
        return false;
    if (!query.next()) {
        *error = QStringLiteral("no conversation %1").arg(id);
        return false;
    }
    *conversation = readConversation(query);
    QList<Conversation> one{*conversation};
    if (!fetchLastMessages(db, &one, error))
        return false;
    *conversation = one.constFirst();
    return true;
}

SqlCondition lastMessageSql(Id conversationId, TimestampMs lastMessageAt)
{
    return {QStringLiteral("SELECT %1%2 FROM messages WHERE conversation_id = ? AND created_at = ?"
                           " AND kind NOT IN ('note', 'reaction') ORDER BY id DESC LIMIT 1")
                .arg(messageColumns(), messageContentColumns()),
            {conversationId, lastMessageAt}};
}

bool fetchLastMessages(QSqlDatabase db, QList<Conversation> *rows, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool prepared = false;
    for (Conversation &c : *rows) {
        c.lastMessage = Message();
        if (c.lastMessageAt == 0 ||
            (!c.lastMessageText.isEmpty() && c.lastOutboundAt != c.lastMessageAt))
            continue;
        const SqlCondition sql = lastMessageSql(c.id, c.lastMessageAt);
        if (!prepared && !query.prepare(sql.sql)) {
            *error = sqlFailure(lcMirror(), query);
            return false;
        }
        prepared = true;
        for (int i = 0; i < sql.values.size(); ++i)
            query.bindValue(i, sql.values.at(i));
        if (!query.exec()) {
            *error = sqlFailure(lcMirror(), query);
            return false;
        }
        if (query.next()) {
            c.lastMessage = readMessage(query);
            readMessageContent(query, messageColumnCount(), &c.lastMessage);
        }
        query.finish();
    }
    return true;
}

SqlCondition newestMessagesSql(Id conversationId, int limit, TimestampMs beforeCreatedAt,
                               Id beforeId)
{
    QString sql = QStringLiteral("SELECT %1%2 FROM messages WHERE conversation_id = ?")
                      .arg(messageColumns(), messageContentColumns());
    QVariantList values{conversationId};
    if (beforeId != 0) {
        sql += QStringLiteral(" AND (created_at, id) < (?, ?)");
        values << beforeCreatedAt << beforeId;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values << limit;
    return {sql, values};
}

bool fetchNewestMessages(QSqlDatabase db, Id conversationId, int limit, QList<Message> *messages,
                         QString *error, TimestampMs beforeCreatedAt, Id beforeId)
{
    QSqlQuery query(db);
    if (!run(query, newestMessagesSql(conversationId, limit, beforeCreatedAt, beforeId), error))
        return false;
    messages->clear();
    while (query.next()) {
        messages->append(readMessage(query));
        readMessageContent(query, messageColumnCount(), &messages->last());
    }
    std::reverse(messages->begin(), messages->end());
    return true;
}

} // namespace parley
