#include "sim/webhooksender.h"

#include "core/whatsapp/limits.h"
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"

#include <QDateTime>
#include <QNetworkReply>

namespace parley::sim {
namespace {

// Meta batches "up to 1000"; a smaller batch keeps a retried body easy to read in a log.
constexpr int maxUpdatesPerBatch = 100;

TimestampMs now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

WebhookSender::WebhookSender(const QString &url, const QByteArray &appSecret,
                             const WebhookRetry &retry, QObject *parent)
    : QObject(parent), m_url(url), m_appSecret(appSecret), m_retry(retry), m_network(this),
      m_retryTimer(this)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &WebhookSender::post);
}

void WebhookSender::enqueue(const whatsapp::WebhookUpdate &update)
{
    m_pending.append(update);
    scheduleNextBatch();
}

void WebhookSender::setUrl(const QString &url)
{
    m_url = url;
}

void WebhookSender::scheduleNextBatch()
{
    // Deferred to the event loop so that updates produced together travel together.
    if (m_batch || m_nextBatchScheduled || m_pending.isEmpty())
        return;
    m_nextBatchScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_nextBatchScheduled = false;
        startNextBatch();
    });
}

void WebhookSender::startNextBatch()
{
    if (m_batch || m_pending.isEmpty())
        return;
    Batch batch;
    batch.updates = m_pending.mid(0, maxUpdatesPerBatch);
    batch.body = whatsapp::webhookBody(batch.updates);
    while (batch.body.size() > whatsapp::maxWebhookPayloadBytes && batch.updates.size() > 1) {
        batch.updates.resize(batch.updates.size() / 2);
        batch.body = whatsapp::webhookBody(batch.updates);
    }
    m_pending.remove(0, batch.updates.size());
    batch.firstAttemptAt = now();
    m_batch = batch;
    post();
}

void WebhookSender::post()
{
    if (!m_batch)
        return;
    ++m_batch->attempts;
    ++m_posts;
    QNetworkRequest request{QUrl(m_url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("facebookexternalua"));
    request.setRawHeader(whatsapp::signatureHeader,
                         whatsapp::webhookSignature(m_appSecret, m_batch->body));
    request.setTransferTimeout(m_retry.timeoutMs);
    QNetworkReply *reply = m_network.post(request, m_batch->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_log)
            m_log({{QStringLiteral("webhook"), m_url},
                   {QStringLiteral("status"), status},
                   {QStringLiteral("updates"), int(m_batch->updates.size())},
                   {QStringLiteral("attempt"), m_batch->attempts},
                   {QStringLiteral("error"), status == 0 ? reply->errorString() : QString()}});
        if (status == 200)
            acknowledged();
        else
            failed(status == 0 ? reply->errorString() : QStringLiteral("HTTP %1").arg(status));
    });
}

void WebhookSender::acknowledged()
{
    ++m_acknowledgedBatches;
    m_acknowledgedUpdates += m_batch->updates.size();
    if (m_duplicateNext && !m_batch->duplicate) {
        m_duplicateNext = false;
        m_batch->duplicate = true;
        ++m_duplicatesSent;
        post();
        return;
    }
    m_batch.reset();
    scheduleNextBatch();
}

void WebhookSender::failed(const QString &reason)
{
    ++m_failedAttempts;
    m_lastError = reason;
    if (now() - m_batch->firstAttemptAt >= m_retry.giveUpMs) {
        m_droppedUpdates += m_batch->updates.size();
        m_batch.reset();
        scheduleNextBatch();
        return;
    }
    ++m_retries;
    // Immediately once, then with decreasing frequency.
    const int doublings = qMin(m_batch->attempts - 2, 20);
    const qint64 delay =
        doublings < 0 ? 0 : qMin<qint64>(m_retry.capMs, qint64(m_retry.baseMs) << doublings);
    m_retryTimer.start(int(delay));
}

QJsonObject WebhookSender::stateJson() const
{
    return {{QStringLiteral("url"), m_url},
            {QStringLiteral("pending_updates"),
             int(m_pending.size() + (m_batch ? m_batch->updates.size() : 0))},
            {QStringLiteral("in_flight_attempts"), m_batch ? m_batch->attempts : 0},
            {QStringLiteral("posts"), m_posts},
            {QStringLiteral("acknowledged_batches"), m_acknowledgedBatches},
            {QStringLiteral("acknowledged_updates"), m_acknowledgedUpdates},
            {QStringLiteral("failed_attempts"), m_failedAttempts},
            {QStringLiteral("retries"), m_retries},
            {QStringLiteral("dropped_updates"), m_droppedUpdates},
            {QStringLiteral("duplicates_sent"), m_duplicatesSent},
            {QStringLiteral("last_error"), m_lastError}};
}

} // namespace parley::sim
