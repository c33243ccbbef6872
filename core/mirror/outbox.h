#pragma once

#include "core/domain/ids.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace parley {

// Replies typed on this desktop that the hub has not taken yet (R10.1). A reply is stored here
// the moment it is sent, shown as pending, and sent in order by the sync worker with its id as
// the Idempotency-Key, so a retry after a crash or an outage reaches the customer once. The row
// goes away in the same transaction that applies the hub's message.created event for it.
struct OutboxItem {
    QString id; // a UUID: the Idempotency-Key and the message's client_id
    qint64 position = 0;
    Id conversationId = 0;
    QString kind; // "text", or "files" (staged next to the mirror, see OutboxFiles)
    QJsonObject payload;
    TimestampMs createdAt = 0;
    int attempts = 0;
    QString lastError; // the hub's error code when it refused
    QString state;     // "pending" (to send), "sent" (accepted, awaiting its event), "failed"
};

class Outbox {
public:
    explicit Outbox(QSqlDatabase db) : m_db(db) {}

    std::optional<OutboxItem> enqueueText(Id conversationId, const QString &text, TimestampMs now);
    // `id` is chosen by the caller when something is stored under it first (staged files).
    std::optional<OutboxItem> enqueue(const QString &id, Id conversationId, const QString &kind,
                                      const QJsonObject &payload, TimestampMs now);
    QSet<QString> ids();
    // The items to send, oldest first.
    QList<OutboxItem> pending(int limit = 100);
    QList<OutboxItem> forConversation(Id conversationId);
    std::optional<OutboxItem> item(const QString &id);
    bool markSent(const QString &id);
    bool markAttempt(const QString &id, const QString &error);
    bool markFailed(const QString &id, const QString &errorCode);
    // A failed item goes back to the end of the queue.
    bool retry(const QString &id);
    bool remove(const QString &id);
    int count();

private:
    QSqlDatabase m_db;
};

} // namespace parley
