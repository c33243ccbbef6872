#pragma once

#include "core/domain/ids.h"
#include "core/whatsapp/webhooktypes.h"
#include "sim/simoptions.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace parley::sim {

// Delivers webhooks the way Meta does (whatsapp-cloud-api.md §2): a JSON POST signed with
// X-Hub-Signature-256 from the app secret; only HTTP 200 acknowledges it; anything else — another
// status, a refused connection, no answer within the timeout — is retried immediately, then after
// base, 2·base, 4·base … capped (SimOptions::webhookRetry), until the give-up time passes, when
// the batch is dropped and counted.
//
// Order: one POST is in flight at a time and the queue is first in, first out, so no update ever
// overtakes an earlier one — for any customer, not only the same one. That is stricter than Meta
// (which promises no order); the cost, a receiver that keeps failing holds everything behind it,
// is the behaviour a hub must survive anyway.
//
// Batching: updates that pile up while a POST is out (or within one event-loop turn) go together
// in the next body, up to 100 updates and 3 MB, grouped by webhookBody() as Meta groups them.
// A retried batch is resent byte for byte, so a receiver sees exactly the same body again.
class WebhookSender : public QObject {
    Q_OBJECT
public:
    using Log = std::function<void(const QJsonObject &)>;

    WebhookSender(const QString &url, const QByteArray &appSecret, const WebhookRetry &retry,
                  QObject *parent = nullptr);

    void enqueue(const whatsapp::WebhookUpdate &update);
    // Where webhooks go from now on; the batch being retried follows at its next attempt.
    void setUrl(const QString &url);
    QString url() const { return m_url; }
    // The next acknowledged batch is delivered a second time, as Meta does when it missed an
    // acknowledgement: a receiver must not store anything twice.
    void duplicateNext() { m_duplicateNext = true; }
    void setLog(Log log) { m_log = std::move(log); }

    // Queue depth and counters for /sim/state.
    QJsonObject stateJson() const;

private:
    struct Batch {
        whatsapp::WebhookUpdates updates;
        QByteArray body;
        int attempts = 0;
        TimestampMs firstAttemptAt = 0;
        bool duplicate = false; // this POST is the deliberate second delivery
    };

    void scheduleNextBatch();
    void startNextBatch();
    void post();
    void acknowledged();
    void failed(const QString &reason);

    QString m_url;
    QByteArray m_appSecret;
    WebhookRetry m_retry;
    QNetworkAccessManager m_network;
    QTimer m_retryTimer;
    whatsapp::WebhookUpdates m_pending;
    std::optional<Batch> m_batch;
    bool m_nextBatchScheduled = false;
    bool m_duplicateNext = false;
    Log m_log;

    qint64 m_posts = 0;
    qint64 m_acknowledgedBatches = 0;
    qint64 m_acknowledgedUpdates = 0;
    qint64 m_failedAttempts = 0;
    qint64 m_retries = 0;
    qint64 m_droppedUpdates = 0;
    qint64 m_duplicatesSent = 0;
    QString m_lastError;
};

} // namespace parley::sim
