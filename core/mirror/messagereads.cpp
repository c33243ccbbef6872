#include "core/mirror/messagereads.h"

#include "core/logging.h"
#include "core/storage/entityrows.h"
#include "core/storage/sqlerror.h"

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
    if (ids.isEmpty())
        return true;
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1%2 FROM messages WHERE conversation_id = ? AND id IN (%3)")
            .arg(messageColumns(), messageContentColumns(), marks.join(QLatin1Char(','))));
    query.addBindValue(conversationId);
    for (const Id id : ids)
        query.addBindValue(id);
    if (!query.exec()) {
        *error = sqlFailure(lcMirror(), query);
        return false;
    }
    while (query.next())
        messages->append(readWhole(query));
    return true;
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

} // namespace parley
