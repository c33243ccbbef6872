#include "core/mirror/outbox.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace parley {
namespace {

const QString columns = QStringLiteral(
    "id, position, conversation_id, kind, payload, created_at, attempts, last_error, state");

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toString();
    item.position = q.value(1).toLongLong();
    item.conversationId = q.value(2).toLongLong();
    item.kind = q.value(3).toString();
    item.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    item.createdAt = q.value(5).toLongLong();
    item.attempts = q.value(6).toInt();
    item.lastError = q.value(7).toString();
    item.state = q.value(8).toString();
    return item;
}

} // namespace

std::optional<OutboxItem> Outbox::enqueueText(Id conversationId, const QString &text,
                                              TimestampMs now)
{
    return enqueue(QUuid::createUuid().toString(QUuid::WithoutBraces), conversationId,
                   QStringLiteral("text"), {{QStringLiteral("text"), text}}, now);
}

std::optional<OutboxItem> Outbox::enqueue(const QString &id, Id conversationId, const QString &kind,
                                          const QJsonObject &payload, TimestampMs now)
{
    OutboxItem item;
    item.id = id;
    item.conversationId = conversationId;
    item.kind = kind;
    item.payload = payload;
    item.createdAt = now;
    item.state = QStringLiteral("pending");
    QSqlQuery q(m_db);
    // The position comes from the row itself so that two replies typed in one millisecond still
    // keep their order.
    if (!runStatement(
            lcMirror(), q,
            QStringLiteral("INSERT INTO outbox (id, position, conversation_id, kind, payload,"
                           " created_at, state) VALUES (?, (SELECT coalesce(max(position), 0) + 1"
                           " FROM outbox), ?, ?, ?, ?, 'pending') RETURNING position"),
            {item.id, conversationId, item.kind,
             QString::fromUtf8(QJsonDocument(item.payload).toJson(QJsonDocument::Compact)), now}) ||
        !q.next())
        return std::nullopt;
    item.position = q.value(0).toLongLong();
    return item;
}

QSet<QString> Outbox::ids()
{
    QSet<QString> ids;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM outbox"))) {
        sqlFailure(lcMirror(), q);
        return ids;
    }
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

QList<OutboxItem> Outbox::pending(int limit)
{
    QList<OutboxItem> items;
    QSqlQuery q(m_db);
    if (runStatement(
            lcMirror(), q,
            QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' ORDER BY position"
                           " LIMIT ?")
                .arg(columns),
            {limit})) {
        while (q.next())
            items.append(readItem(q));
    }
    return items;
}

QList<OutboxItem> Outbox::forConversation(Id conversationId)
{
    QList<OutboxItem> items;
    QSqlQuery q(m_db);
    if (runStatement(
            lcMirror(), q,
            QStringLiteral("SELECT %1 FROM outbox WHERE conversation_id = ? ORDER BY position")
                .arg(columns),
            {conversationId})) {
        while (q.next())
            items.append(readItem(q));
    }
    return items;
}

std::optional<OutboxItem> Outbox::item(const QString &id)
{
    QSqlQuery q(m_db);
    if (!runStatement(lcMirror(), q,
                      QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(columns), {id}) ||
        !q.next())
        return std::nullopt;
    return readItem(q);
}

bool Outbox::markSent(const QString &id)
{
    QSqlQuery q(m_db);
    return runStatement(lcMirror(), q,
                        QStringLiteral("UPDATE outbox SET state = 'sent' WHERE id = ?"), {id});
}

bool Outbox::markAttempt(const QString &id, const QString &error)
{
    QSqlQuery q(m_db);
    return runStatement(lcMirror(), q,
                        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?"
                                       " WHERE id = ?"),
                        {error, id});
}

bool Outbox::markFailed(const QString &id, const QString &errorCode)
{
    QSqlQuery q(m_db);
    return runStatement(
        lcMirror(), q,
        QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?"),
        {errorCode, id});
}

bool Outbox::retry(const QString &id)
{
    QSqlQuery q(m_db);
    return runStatement(lcMirror(), q,
                        QStringLiteral("UPDATE outbox SET state = 'pending', last_error = '',"
                                       " position = (SELECT max(position) + 1 FROM outbox)"
                                       " WHERE id = ? AND state = 'failed'"),
                        {id});
}

bool Outbox::remove(const QString &id)
{
    QSqlQuery q(m_db);
    return runStatement(lcMirror(), q, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
}

int Outbox::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox"))) {
        sqlFailure(lcMirror(), q);
        return 0;
    }
    if (!q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace parley
