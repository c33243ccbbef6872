#pragma once

#include "core/mirror/mirror.h"
#include "core/mirror/outbox.h"
#include "core/sync/outboxfiles.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace parley {

// The outbox's way to the hub, for the sync worker: replies, reactions and files are stored
// first (from then on they survive a crash), then sent in order, one at a time, with the outbox
// id as the Idempotency-Key. A hub that is down or busy gets the same request again later and
// the replies behind it wait, so they reach the customer in the order they were written; one
// refused for good is marked failed for the agent to retry or discard.
//
// Lives on the sync worker's thread, a child of the worker, sharing its mirror connection and
// network manager.
class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(QNetworkAccessManager *network, QObject *parent);
    ~OutboxSender() override;

    // The mirror (its connection holds the outbox) must outlive the next start().
    void start(Mirror *mirror, const QString &mirrorPath, const QUrl &hub, const QString &token);
    void stop();
    bool isSending() const { return m_sending; }

    void queueText(qint64 conversationId, const QString &text);
    void queueReply(qint64 conversationId, const QString &text, qint64 replyTo);
    void queueReaction(qint64 conversationId, qint64 messageId, const QString &emoji);
    void queueFiles(qint64 conversationId, const QStringList &paths, const QString &caption);
    void retry(const QString &outboxId);
    void discard(const QString &outboxId);
    // Sends the next pending item, unless one is on its way or waiting for a retry.
    void drain();
    // Staged files of items no longer in the outbox go (after the hub settled them).
    void removeSettledFiles();

signals:
    void outboxChanged(qint64 conversationId);
    void authenticationFailed();
    void failed(const QString &error);

private:
    void queue(qint64 conversationId, const QString &kind, const QJsonObject &payload);
    void sendFinished(const OutboxItem &item, int status, const QByteArray &body,
                      bool networkError);
    QUrl apiUrl(const QString &path) const;

    QNetworkAccessManager *m_network;
    QTimer *m_timer; // the retry after a failure
    Mirror *m_mirror = nullptr;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxFiles> m_outboxFiles;
    QUrl m_hub;
    QString m_token;
    int m_failures = 0;
    bool m_sending = false;
    bool m_stopped = true;
};

} // namespace parley
