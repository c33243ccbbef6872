#include "core/mirror/attachmentqueries.h"

#include "core/storage/entityrows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parley {

bool fetchAttachments(QSqlDatabase db, Id conversationId, AttachmentOrder order,
                      QList<Message> *messages, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?"
                                 " AND (media_id <> '' OR media_name <> '') ORDER BY %2")
                      .arg(messageColumns(), order == AttachmentOrder::NewestFirst
                                                 ? QStringLiteral("created_at DESC, id DESC")
                                                 : QStringLiteral("created_at, id")));
    query.addBindValue(conversationId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    messages->clear();
    while (query.next())
        messages->append(readMessage(query));
    return true;
}

} // namespace parley
