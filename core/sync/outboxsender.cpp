#include "core/sync/outboxsender.h"

#include "core/protocol/commands.h"
#include "core/sync/backoff.h"
#include "core/sync/syncworker.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QTimer>
#include <QUuid>

namespace parley {

OutboxSender::OutboxSender(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxSender::drain);
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::start(Mirror *mirror, const QString &mirrorPath, const QUrl &hub,
                         const QString &token)
{
    m_mirror = mirror;
    m_hub = hub;
    m_token = token;
    m_stopped = false;
    m_outbox = std::make_unique<Outbox>(mirror->database());
    m_outboxFiles = std::make_unique<OutboxFiles>(mirrorPath);
    removeSettledFiles();
}

void OutboxSender::stop()
{
    m_stopped = true;
}

QUrl OutboxSender::apiUrl(const QString &path) const
{
    QUrl url = m_hub;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    return url;
}

void OutboxSender::queueText(qint64 conversationId, const QString &text)
{
    if (!m_outbox)
        return;
    // Stored before anything else happens: from here on the reply survives a crash.
    if (!m_outbox->enqueueText(conversationId, text, QDateTime::currentMSecsSinceEpoch())) {
        emit failed(QStringLiteral("the reply could not be saved: %1")
                        .arg(m_mirror->database().lastError().text()));
        return;
    }
    emit outboxChanged(conversationId);
    drain();
}

void OutboxSender::queueReply(qint64 conversationId, const QString &text, qint64 replyTo)
{
    queue(conversationId, QStringLiteral("text"),
          toJson(SendTextRequest{text, replyTo, std::nullopt}));
}

void OutboxSender::queueReaction(qint64 conversationId, qint64 messageId, const QString &emoji)
{
    queue(conversationId, QStringLiteral("reaction"),
          toJson(SendReactionRequest{messageId, emoji}));
}

void OutboxSender::queue(qint64 conversationId, const QString &kind, const QJsonObject &payload)
{
    if (!m_outbox)
        return;
    // Stored before anything else happens: from here on it survives a crash.
    if (!m_outbox->enqueue(QUuid::createUuid().toString(QUuid::WithoutBraces), conversationId, kind,
                           payload, QDateTime::currentMSecsSinceEpoch())) {
        emit failed(QStringLiteral("the reply could not be saved: %1")
                        .arg(m_mirror->database().lastError().text()));
        return;
    }
    emit outboxChanged(conversationId);
    drain();
}

void OutboxSender::queueFiles(qint64 conversationId, const QStringList &paths,
                              const QString &caption)
{
    if (!m_outbox)
        return;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    const QJsonObject payload = m_outboxFiles->stage(id, paths, caption, &error);
    if (payload.isEmpty() || !m_outbox->enqueue(id, conversationId, QStringLiteral("files"),
                                                payload, QDateTime::currentMSecsSinceEpoch())) {
        m_outboxFiles->removeAllBut(m_outbox->ids());
        emit failed(QStringLiteral("the files could not be queued: %1")
                        .arg(error.isEmpty() ? m_mirror->database().lastError().text() : error));
        return;
    }
    emit outboxChanged(conversationId);
    drain();
}

void OutboxSender::removeSettledFiles()
{
    if (m_outbox && m_outboxFiles)
        m_outboxFiles->removeAllBut(m_outbox->ids());
}

void OutboxSender::retry(const QString &outboxId)
{
    if (!m_outbox)
        return;
    const std::optional<OutboxItem> item = m_outbox->item(outboxId);
    if (item && m_outbox->retry(outboxId)) {
        emit outboxChanged(item->conversationId);
        drain();
    }
}

void OutboxSender::discard(const QString &outboxId)
{
    if (!m_outbox)
        return;
    const std::optional<OutboxItem> item = m_outbox->item(outboxId);
    if (item && item->state == QLatin1String("failed") && m_outbox->remove(outboxId)) {
        removeSettledFiles();
        emit outboxChanged(item->conversationId);
    }
}

void OutboxSender::drain()
{
    if (m_sending || m_stopped || !m_outbox || m_timer->isActive())
        return;
    const QList<OutboxItem> next = m_outbox->pending(1);
    if (next.isEmpty())
        return;
    const OutboxItem item = next.first();
    const bool files = item.kind == QLatin1String("files");
    QByteArray body = QJsonDocument(item.payload).toJson(QJsonDocument::Compact);
    if (files) {
        QString error;
        const QJsonObject request = m_outboxFiles->requestBody(item.payload, &error);
        if (request.isEmpty()) {
            m_outbox->markFailed(item.id, QStringLiteral("files_missing"));
            emit outboxChanged(item.conversationId);
            drain();
            return;
        }
        body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    }
    QNetworkRequest request(
        apiUrl(QStringLiteral("/api/v1/conversations/%1/%2")
                   .arg(item.conversationId)
                   .arg(files                                    ? QStringLiteral("attachments")
                        : item.kind == QLatin1String("reaction") ? QStringLiteral("reactions")
                                                                 : QStringLiteral("messages"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Idempotency-Key", item.id.toUtf8());
    request.setTransferTimeout(20000);
    m_sending = true;
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, item] {
        reply->deleteLater();
        m_sending = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        sendFinished(item, status, reply->readAll(), status == 0);
    });
}

void OutboxSender::sendFinished(const OutboxItem &item, int status, const QByteArray &body,
                                bool networkError)
{
    if (status == 200 || status == 202) {
        // Taken. The row stays (as "sent") until the message's event arrives on the stream.
        m_outbox->markSent(item.id);
        m_failures = 0;
        emit outboxChanged(item.conversationId);
        drain();
        return;
    }
    if (status == 401) {
        emit authenticationFailed();
        return;
    }
    ErrorReply error;
    QString problem;
    fromJson(QJsonDocument::fromJson(body).object(), &error, &problem);
    if (networkError || status == 408 || status == 429 || status >= 500) {
        // The hub is down or busy: the same request, same key, later. Later replies wait behind
        // this one so that they reach the customer in the order they were written.
        m_outbox->markAttempt(item.id, networkError ? QStringLiteral("offline") : error.code);
        m_timer->start(backoffMs(m_failures++, SyncWorker::maxBackoffMs));
        emit outboxChanged(item.conversationId);
        return;
    }
    // Refused for good (window closed, no credits, view-only): the agent decides what next.
    m_outbox->markFailed(item.id,
                         error.code.isEmpty() ? QStringLiteral("http_%1").arg(status) : error.code);
    emit outboxChanged(item.conversationId);
    drain();
}

} // namespace parley
