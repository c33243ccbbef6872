#include "core/mirror/conversationqueries.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parley {
namespace {

const QString conversationColumns = QStringLiteral(
    "c.id, c.channel_id, c.customer_number, c.customer_name, c.record_module, c.record_id,"
    " c.status, c.owner_id, c.department, c.last_inbound_at, c.last_outbound_at,"
    " c.last_message_at, c.last_message_text, c.last_replied_by, c.unread_count");

const QString messageColumns = QStringLiteral(
    "id, conversation_id, direction, kind, text, state, failure_code, failure_reason, author_id,"
    " wamid, client_id, media_id, media_mime, media_name, media_size, media_sha256,"
    " media_caption, created_at");

Conversation readConversation(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.channelId = q.value(1).toLongLong();
    c.customerNumber = q.value(2).toString();
    c.customerName = q.value(3).toString();
    c.recordModule = q.value(4).toString();
    c.recordId = q.value(5).toLongLong();
    conversationStatusFromName(q.value(6).toString(), &c.status);
    c.ownerId = q.value(7).toLongLong();
    c.department = q.value(8).toString();
    c.lastInboundAt = q.value(9).toLongLong();
    c.lastOutboundAt = q.value(10).toLongLong();
    c.lastMessageAt = q.value(11).toLongLong();
    c.lastMessageText = q.value(12).toString();
    c.lastRepliedBy = q.value(13).toLongLong();
    c.unreadCount = q.value(14).toInt();
    return c;
}

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    directionFromName(q.value(2).toString(), &m.direction);
    messageKindFromName(q.value(3).toString(), &m.kind);
    m.text = q.value(4).toString();
    deliveryStateFromName(q.value(5).toString(), &m.state);
    m.failureCode = q.value(6).toString();
    m.failureReason = q.value(7).toString();
    m.authorId = q.value(8).toLongLong();
    m.wamid = q.value(9).toString();
    m.clientId = q.value(10).toString();
    m.media.mediaId = q.value(11).toString();
    m.media.mimeType = q.value(12).toString();
    m.media.fileName = q.value(13).toString();
    m.media.size = q.value(14).toLongLong();
    m.media.sha256 = q.value(15).toString();
    m.media.caption = q.value(16).toString();
    m.createdAt = q.value(17).toLongLong();
    return m;
}

bool run(QSqlQuery &query, const SqlCondition &sql, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql.sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < sql.values.size(); ++i)
        query.bindValue(i, sql.values.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

SqlCondition conversationPageSql(const ConversationFilter &filter, const FilterContext &context,
                                 const ConversationCursor &after, int limit)
{
    SqlCondition where = conversationWhere(filter, context);
    QString sql = QStringLiteral("SELECT %1 FROM conversations c WHERE %2")
                      .arg(conversationColumns, where.sql);
    if (!after.isStart()) {
        sql += QStringLiteral(" AND (c.last_message_at, c.id) < (?, ?)");
        where.values << after.lastMessageAt << after.id;
    }
    sql += QStringLiteral(" ORDER BY c.last_message_at DESC, c.id DESC LIMIT ?");
    where.values << limit;
    return {sql, where.values};
}

bool fetchConversationPage(QSqlDatabase db, const ConversationFilter &filter,
                           const FilterContext &context, const ConversationCursor &after, int limit,
                           ConversationPage *page, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, conversationPageSql(filter, context, after, limit), error))
        return false;
    page->rows.clear();
    while (query.next())
        page->rows.append(readConversation(query));
    page->atEnd = page->rows.size() < limit;
    page->next = page->rows.isEmpty()
                     ? after
                     : ConversationCursor{page->rows.last().lastMessageAt, page->rows.last().id};
    return true;
}

bool countConversations(QSqlDatabase db, const ConversationFilter &filter,
                        const FilterContext &context, qint64 *count, QString *error)
{
    const SqlCondition where = conversationWhere(filter, context);
    QSqlQuery query(db);
    if (!run(query,
             {QStringLiteral("SELECT count(*) FROM conversations c WHERE ") + where.sql,
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
                  .arg(conversationColumns),
              {id}},
             error))
        return false;
    if (!query.next()) {
        *error = QStringLiteral("no conversation %1").arg(id);
        return false;
    }
    *conversation = readConversation(query);
    return true;
}

SqlCondition newestMessagesSql(Id conversationId, int limit, TimestampMs beforeCreatedAt,
                               Id beforeId)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?").arg(messageColumns);
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
    while (query.next())
        messages->append(readMessage(query));
    std::reverse(messages->begin(), messages->end());
    return true;
}

} // namespace parley
