#include "core/mirror/messagereads.h"

#include "core/logging.h"
#include "core/protocol/commands.h"
#include "core/storage/entityrows.h"
#include "core/storage/sqlerror.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace parley {
namespace {

Message readWhole(const QSqlQuery &query)
{
    Message message = readMessage(query);
    readMessageContent(query, messageColumnCount(), &message);
    return message;
}

} // namespace

bool fetchMessagesById(QSqlDatabase db, Id conversationId, const QList<Id> &ids,
                       QList<Message> *messages, QString *error)
{
    messages->clear();
    // A big batch names thousands of messages: read them in slices that stay well below
    // SQLite's limit on bound values.
    constexpr qsizetype slice = 500;
    for (qsizetype start = 0; start < ids.size(); start += slice) {
        const QList<Id> part = ids.mid(start, slice);
        QStringList marks;
        for (qsizetype i = 0; i < part.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT %1%2 FROM messages WHERE conversation_id = ? AND id IN (%3)")
                .arg(messageColumns(), messageContentColumns(), marks.join(QLatin1Char(','))));
        query.addBindValue(conversationId);
        for (const Id id : part)
            query.addBindValue(id);
        if (!query.exec()) {
            *error = sqlFailure(lcMirror(), query);
            return false;
        }
        while (query.next())
            messages->append(readWhole(query));
    }
    return true;
}

bool fetchMessagesFrom(QSqlDatabase db, Id conversationId, Id fromId, TimestampMs beforeCreatedAt,
                       Id beforeId, QList<Message> *messages, QString *error)
{
    messages->clear();
    QString sql = QStringLiteral("SELECT %1%2 FROM messages WHERE conversation_id = ? AND"
                                 " (created_at, id) >= (SELECT created_at, id FROM messages"
                                 " WHERE id = ? AND conversation_id = ?)")
                      .arg(messageColumns(), messageContentColumns());
    if (beforeId != 0)
        sql += QStringLiteral(" AND (created_at, id) < (?, ?)");
    sql += QStringLiteral(" ORDER BY created_at, id");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(conversationId);
    query.addBindValue(fromId);
    query.addBindValue(conversationId);
    if (beforeId != 0) {
        query.addBindValue(beforeCreatedAt);
        query.addBindValue(beforeId);
    }
    if (!query.exec()) {
        *error = sqlFailure(lcMirror(), query);
        return false;
    }
    while (query.next())
        messages->append(readWhole(query));
    return true;
}

bool hasOlderOnHub(QSqlDatabase db, Id conversationId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM older_history WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec()) {
        sqlFailure(lcMirror(), query);
        return false;
    }
    return query.next();
}

std::optional<Message> fetchMessageByWamid(QSqlDatabase db, Id conversationId, const QString &wamid)
{
    if (wamid.isEmpty())
        return std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1%2 FROM messages WHERE conversation_id = ? AND wamid = ?"
                                 " LIMIT 1")
                      .arg(messageColumns(), messageContentColumns()));
    query.addBindValue(conversationId);
    query.addBindValue(wamid);
    if (!query.exec()) {
        sqlFailure(lcMirror(), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readWhole(query);
}

QList<Message> fetchQuotedMessages(QSqlDatabase db, Id conversationId,
                                   const QList<Message> &messages, const QList<OutboxItem> &outbox)
{
    QList<Message> quoted;
    QSet<Id> ids;
    QSet<QString> wamids;
    for (const Message &m : messages) {
        ids.insert(m.id);
        if (!m.wamid.isEmpty())
            wamids.insert(m.wamid);
    }
    QSet<QString> quotedWamids;
    for (const Message &m : messages) {
        if (!m.replyTo.isEmpty() && !wamids.contains(m.replyTo))
            quotedWamids.insert(m.replyTo);
    }
    for (const QString &wamid : std::as_const(quotedWamids)) {
        if (const std::optional<Message> found = fetchMessageByWamid(db, conversationId, wamid))
            quoted.append(*found);
    }
    QList<Id> quotedIds;
    for (const OutboxItem &item : outbox) {
        SendTextRequest text;
        if (item.kind == QLatin1String("text") && fromJson(item.payload, &text, nullptr) &&
            text.replyTo != 0 && !ids.contains(text.replyTo))
            quotedIds.append(text.replyTo);
    }
    QList<Message> byId;
    QString error;
    if (!quotedIds.isEmpty() && fetchMessagesById(db, conversationId, quotedIds, &byId, &error))
        quoted.append(byId);
    return quoted;
}

} // namespace parley
