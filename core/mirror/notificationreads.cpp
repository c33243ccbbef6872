#include "core/mirror/notificationreads.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QSqlQuery>
#include <QStringList>

namespace parley {
namespace {

constexpr int lookupSlice = 500;

// "1,2,3" for an IN list of one slice: ids are integers, never text from outside.
QString idList(const QList<Id> &ids)
{
    QStringList slice;
    for (Id id : ids)
        slice.append(QString::number(id));
    return slice.join(QLatin1Char(','));
}

NotifyTarget targetAt(const QSqlQuery &q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toLongLong(),
            q.value(first + 2).toBool()};
}

// The conversation's department, owner and mute, as the last three columns of a select.
const char *const targetColumns =
    " c.department, c.owner_id, EXISTS (SELECT 1 FROM muted_conversations mc"
    " WHERE mc.conversation_id = m.conversation_id)";

} // namespace

QList<IncomingMessage> fetchIncomingMessages(QSqlDatabase db, const QList<Id> &ids,
                                             TimestampMs notBefore)
{
    QList<IncomingMessage> found;
    for (qsizetype start = 0; start < ids.size(); start += lookupSlice) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT m.id, m.conversation_id, m.kind, m.text, m.media_caption,"
                                 " c.customer_name, c.customer_number,%2 FROM messages m"
                                 " JOIN conversations c ON c.id = m.conversation_id"
                                 " WHERE m.id IN (%1) AND m.direction = 'in' AND m.created_at >= ?"
                                 " ORDER BY m.id")
                      .arg(idList(ids.mid(start, lookupSlice)), QLatin1String(targetColumns)));
        q.addBindValue(notBefore);
        if (!q.exec()) {
            sqlFailure(lcMirror(), q);
            continue;
        }
        while (q.next())
            found.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(), targetAt(q, 7)});
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

QList<MentionNote> fetchMentionNotes(QSqlDatabase db, const QList<Id> &noteIds,
                                     TimestampMs notBefore)
{
    QList<MentionNote> found;
    for (qsizetype start = 0; start < noteIds.size(); start += lookupSlice) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT m.id, m.conversation_id, m.text, a.name,%2"
                                 " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                                 " LEFT JOIN agents a ON a.id = m.author_id"
                                 " WHERE m.id IN (%1) AND m.kind = 'note' AND m.created_at >= ?"
                                 " ORDER BY m.id")
                      .arg(idList(noteIds.mid(start, lookupSlice)), QLatin1String(targetColumns)));
        q.addBindValue(notBefore);
        if (!q.exec()) {
            sqlFailure(lcMirror(), q);
            continue;
        }
        while (q.next())
            found.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), targetAt(q, 4)});
    }
    return found;
}

bool storeNotificationSettings(QSqlDatabase db, const NotificationSettings &settings,
                               QString *error)
{
    QSqlQuery q(db);
    const auto run = [&q, error](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (q.exec())
            return true;
        *error = sqlFailure(lcMirror(), q);
        return false;
    };
    if (!run(QStringLiteral("INSERT INTO notification_settings (id, notify) VALUES (1, ?)"
                            " ON CONFLICT (id) DO UPDATE SET notify = excluded.notify"),
             {notifyChoiceName(settings.notify)}) ||
        !run(QStringLiteral("DELETE FROM muted_conversations"), {}))
        return false;
    for (Id id : settings.muted) {
        if (!run(QStringLiteral("INSERT INTO muted_conversations (conversation_id) VALUES (?)"
                                " ON CONFLICT DO NOTHING"),
                 {id}))
            return false;
    }
    return true;
}

NotificationSettings fetchNotificationSettings(QSqlDatabase db)
{
    NotificationSettings settings;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT notify FROM notification_settings WHERE id = 1")) && q.next())
        notifyChoiceFromName(q.value(0).toString(), &settings.notify);
    if (q.exec(QStringLiteral("SELECT conversation_id FROM muted_conversations"
                              " ORDER BY conversation_id"))) {
        while (q.next())
            settings.muted.append(q.value(0).toLongLong());
    }
    return settings;
}

bool conversationMuted(QSqlDatabase db, Id conversationId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM muted_conversations WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    return q.exec() && q.next();
}

NotificationBatchReply fetchNotificationBatch(QSqlDatabase db, const QList<Id> &messageIds,
                                              const QList<Id> &noteIds, TimestampMs notBefore)
{
    NotificationBatchReply reply;
    if (!messageIds.isEmpty())
        reply.incoming = fetchIncomingMessages(db, messageIds, notBefore);
    if (!noteIds.isEmpty())
        reply.mentions = fetchMentionNotes(db, noteIds, notBefore);
    if (!reply.incoming.isEmpty() || !reply.mentions.isEmpty())
        reply.settings = fetchNotificationSettings(db);
    return reply;
}

} // namespace parley
