#include "core/mirror/notificationreads.h"

#include <QSqlQuery>
#include <QStringList>

namespace parley {
namespace {

constexpr int lookupSlice = 500;

} // namespace

QList<IncomingMessage> fetchIncomingMessages(QSqlDatabase db, const QList<Id> &ids,
                                             TimestampMs notBefore)
{
    QList<IncomingMessage> found;
    for (qsizetype start = 0; start < ids.size(); start += lookupSlice) {
        QStringList slice;
        for (Id id : ids.mid(start, lookupSlice))
            slice.append(QString::number(id));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT m.id, m.conversation_id, m.kind, m.text, m.media_caption,"
                                 " c.customer_name, c.customer_number FROM messages m"
                                 " JOIN conversations c ON c.id = m.conversation_id"
                                 " WHERE m.id IN (%1) AND m.direction = 'in' AND m.created_at >= ?"
                                 " ORDER BY m.id")
                      .arg(slice.join(QLatin1Char(','))));
        q.addBindValue(notBefore);
        if (!q.exec())
            continue;
        while (q.next())
            found.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString()});
    }
    return found;
}

Id newestMessageId(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(id) FROM messages")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<MentionNote> fetchMentionNote(QSqlDatabase db, Id noteId, TimestampMs notBefore)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.conversation_id, m.text, a.name FROM messages m"
                             " LEFT JOIN agents a ON a.id = m.author_id"
                             " WHERE m.id = ? AND m.kind = 'note' AND m.created_at >= ?"));
    q.addBindValue(noteId);
    q.addBindValue(notBefore);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return MentionNote{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace parley
