#include "core/sync/syncworker.h"

#include "core/protocol/commands.h"
#include "core/protocol/events.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace parley {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// 1 s, 2 s, 4 s … capped, plus up to half again at random so that many desktops coming back
// after a hub restart do not reconnect in step.
int backoffMs(int failures, int cap)
{
    const qint64 base = qMin<qint64>(cap, 1000LL << qMin(failures, 16));
    return int(base + QRandomGenerator::global()->bounded(int(base / 2) + 1));
}

} // namespace

SyncWorker::SyncWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<parley::SyncState>();
    qRegisterMetaType<parley::MirrorChanges>();
}

SyncWorker::~SyncWorker() = default;

QUrl SyncWorker::apiUrl(const QString &path) const
{
    QUrl url = m_hub;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    return url;
}

void SyncWorker::start(const QUrl &hubUrl, const QString &token, const QString &mirrorPath)
{
    // Created here, on the worker's thread, so that they belong to it.
    m_hub = hubUrl;
    m_token = token;
    m_stopped = false;
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_reconnect = new QTimer(this);
        m_reconnect->setSingleShot(true);
        connect(m_reconnect, &QTimer::timeout, this, &SyncWorker::openStream);
        m_watchdog = new QTimer(this);
        m_watchdog->setInterval(5000);
        connect(m_watchdog, &QTimer::timeout, this, &SyncWorker::checkSilence);
        m_outboxTimer = new QTimer(this);
        m_outboxTimer->setSingleShot(true);
        connect(m_outboxTimer, &QTimer::timeout, this, &SyncWorker::drainOutbox);
        m_older = new OlderHistoryFetcher(
            m_network, [this] { return olderHistoryGate(); }, this);
        connect(m_older, &OlderHistoryFetcher::mirrorChanged, this, &SyncWorker::mirrorChanged);
        connect(m_older, &OlderHistoryFetcher::authenticationFailed, this,
                &SyncWorker::authenticationFailed);
        connect(m_older, &OlderHistoryFetcher::failed, this, &SyncWorker::failed);
    }
    m_mirror = std::make_unique<Mirror>();
    m_older->start(m_mirror.get(), m_hub, m_token);
    Mirror::OpenStatus status = m_mirror->open(mirrorPath);
    if (status == Mirror::OpenStatus::Damaged) {
        const QString reason = m_mirror->errorString();
        Mirror::discard(mirrorPath);
        status = m_mirror->open(mirrorPath);
        if (status == Mirror::OpenStatus::Ok)
            emit mirrorRebuilt(reason);
    }
    if (status != Mirror::OpenStatus::Ok) {
        emit failed(m_mirror->errorString());
        return;
    }
    m_outbox = std::make_unique<Outbox>(m_mirror->database());
    m_outboxFiles = std::make_unique<OutboxFiles>(mirrorPath);
    removeSettledFiles();
    openStream();
    drainOutbox();
}

void SyncWorker::stop()
{
    m_stopped = true;
    if (m_reconnect)
        m_reconnect->stop();
    if (m_watchdog)
        m_watchdog->stop();
    if (m_older)
        m_older->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(SyncState::Offline);
}

void SyncWorker::setState(SyncState state, const QString &detail)
{
    if (state == m_state && detail.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state, detail);
}

void SyncWorker::openStream()
{
    if (m_stopped || !m_mirror)
        return;
    m_snapshotFrames.clear(); // a snapshot cut off is asked for again whole
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_failures = 0;
        m_lastFrameAt = now();
        m_watchdog->start();
        setState(SyncState::Online);
        drainOutbox();
        m_older->schedule(); // older history left from an earlier run
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SyncWorker::frameReceived);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastFrameAt = now(); });
    connect(m_socket, &QWebSocket::disconnected, this, &SyncWorker::streamClosed);
    QUrl url = apiUrl(QStringLiteral("/api/v1/stream"));
    url.setScheme(m_hub.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                           : QStringLiteral("ws"));
    const qint64 since = m_mirror->lastSeq();
    // An empty mirror takes the snapshot instead of the whole log (docs/api.md, "Snapshot").
    url.setQuery(since == 0 ? QStringLiteral("since=0&snapshot=1")
                            : QStringLiteral("since=%1").arg(since));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    setState(SyncState::Connecting);
    m_socket->open(request);
}

void SyncWorker::streamClosed()
{
    m_watchdog->stop();
    const auto code = m_socket ? m_socket->closeCode() : QWebSocketProtocol::CloseCodeNormal;
    if (code == QWebSocketProtocol::CloseCodePolicyViolated) {
        // The hub refused the token (logged out elsewhere, expired): no point retrying.
        setState(SyncState::Offline, QStringLiteral("unauthorized"));
        emit authenticationFailed();
        return;
    }
    setState(SyncState::Offline);
    scheduleReconnect();
}

void SyncWorker::scheduleReconnect()
{
    if (m_stopped || m_reconnect->isActive())
        return;
    m_reconnect->start(backoffMs(m_failures++, maxBackoffMs));
}

void SyncWorker::checkSilence()
{
    if (m_socket && now() - m_lastFrameAt > silenceLimitMs) {
        // A dead peer can look connected; start over.
        m_socket->abort();
        return;
    }
    if (m_socket)
        m_socket->ping();
}

void SyncWorker::frameReceived(const QString &text)
{
    m_lastFrameAt = now();
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    if (json.contains(QStringLiteral("snapshot"))) {
        snapshotReceived(json);
        return;
    }
    SyncBatch batch;
    QString error;
    if (!fromJson(json, &batch, &error)) {
        emit failed(QStringLiteral("the hub sent a frame this version cannot read: %1").arg(error));
        m_socket->abort();
        return;
    }
    if (batch.events.isEmpty() && batch.next <= m_mirror->lastSeq())
        return; // a heartbeat
    if (!m_snapshotFrames.isEmpty() && !applySnapshotFrames())
        return; // the log continues after the snapshot: its frames go first
    MirrorChanges changes;
    if (!m_mirror->apply(batch, &changes)) {
        // Nothing was applied: the stored seq is unchanged, so a reconnect replays the batch.
        emit failed(m_mirror->errorString());
        m_socket->abort();
        return;
    }
    if (changes.outbox)
        removeSettledFiles();
    if (!changes.isEmpty())
        emit mirrorChanged(changes);
}

void SyncWorker::snapshotReceived(const QJsonObject &json)
{
    SnapshotFrame frame;
    QString error;
    if (!fromJson(json, &frame, &error)) {
        emit failed(QStringLiteral("the hub sent a frame this version cannot read: %1").arg(error));
        m_snapshotFrames.clear();
        m_socket->abort();
        return;
    }
    // Applied once the frames that arrived together are read: while a transaction is being
    // written the next frames queue up in the socket, and one transaction for all of them
    // costs less than one each (a commit and a full-text segment per transaction).
    m_snapshotFrames.append(frame);
    if (m_snapshotFrames.size() == 1)
        QTimer::singleShot(0, this, [this] { applySnapshotFrames(); });
}

bool SyncWorker::applySnapshotFrames()
{
    while (!m_snapshotFrames.isEmpty()) {
        SnapshotFrame together = m_snapshotFrames.takeFirst();
        while (!together.isLast() && !m_snapshotFrames.isEmpty() &&
               together.events.size() < snapshotEventsPerTransaction) {
            const SnapshotFrame next = m_snapshotFrames.takeFirst();
            together.events += next.events;
            together.olderHistory += next.olderHistory;
            together.seq = next.seq;
        }
        MirrorChanges changes;
        if (!m_mirror->applySnapshot(together, &changes)) {
            // The position is still 0: a reconnect asks for the snapshot again.
            emit failed(m_mirror->errorString());
            m_snapshotFrames.clear();
            m_socket->abort();
            return false;
        }
        if (!changes.isEmpty())
            emit mirrorChanged(changes);
        if (together.isLast())
            m_older->schedule();
    }
    return true;
}

void SyncWorker::fetchOlderHistory(qint64 conversationId)
{
    if (m_older && m_mirror)
        m_older->prioritize(conversationId);
}

OlderHistoryFetcher::Gate SyncWorker::olderHistoryGate() const
{
    // Low priority: only while online with the snapshot done, and not while a reply is sent.
    if (m_stopped || !m_mirror || m_state != SyncState::Online || m_mirror->lastSeq() == 0)
        return OlderHistoryFetcher::Gate::Off;
    return m_sending ? OlderHistoryFetcher::Gate::Busy : OlderHistoryFetcher::Gate::Ready;
}

void SyncWorker::queueText(qint64 conversationId, const QString &text)
{
    if (!m_outbox)
        return;
    // Stored before anything else happens: from here on the reply survives a crash.
    if (!m_outbox->enqueueText(conversationId, text, now())) {
        emit failed(QStringLiteral("the reply could not be saved: %1")
                        .arg(m_mirror->database().lastError().text()));
        return;
    }
    emit outboxChanged(conversationId);
    drainOutbox();
}

void SyncWorker::queueReply(qint64 conversationId, const QString &text, qint64 replyTo)
{
    queue(conversationId, QStringLiteral("text"),
          toJson(SendTextRequest{text, replyTo, std::nullopt}));
}

void SyncWorker::queueReaction(qint64 conversationId, qint64 messageId, const QString &emoji)
{
    queue(conversationId, QStringLiteral("reaction"),
          toJson(SendReactionRequest{messageId, emoji}));
}

void SyncWorker::queue(qint64 conversationId, const QString &kind, const QJsonObject &payload)
{
    if (!m_outbox)
        return;
    // Stored before anything else happens: from here on it survives a crash.
    if (!m_outbox->enqueue(QUuid::createUuid().toString(QUuid::WithoutBraces), conversationId, kind,
                           payload, now())) {
        emit failed(QStringLiteral("the reply could not be saved: %1")
                        .arg(m_mirror->database().lastError().text()));
        return;
    }
    emit outboxChanged(conversationId);
    drainOutbox();
}

void SyncWorker::queueFiles(qint64 conversationId, const QStringList &paths, const QString &caption)
{
    if (!m_outbox)
        return;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    const QJsonObject payload = m_outboxFiles->stage(id, paths, caption, &error);
    if (payload.isEmpty() ||
        !m_outbox->enqueue(id, conversationId, QStringLiteral("files"), payload, now())) {
        m_outboxFiles->removeAllBut(m_outbox->ids());
        emit failed(QStringLiteral("the files could not be queued: %1")
                        .arg(error.isEmpty() ? m_mirror->database().lastError().text() : error));
        return;
    }
    emit outboxChanged(conversationId);
    drainOutbox();
}

void SyncWorker::removeSettledFiles()
{
    if (m_outbox && m_outboxFiles)
        m_outboxFiles->removeAllBut(m_outbox->ids());
}

void SyncWorker::retryOutbox(const QString &outboxId)
{
    if (!m_outbox)
        return;
    const std::optional<OutboxItem> item = m_outbox->item(outboxId);
    if (item && m_outbox->retry(outboxId)) {
        emit outboxChanged(item->conversationId);
        drainOutbox();
    }
}

void SyncWorker::discardOutbox(const QString &outboxId)
{
    if (!m_outbox)
        return;
    const std::optional<OutboxItem> item = m_outbox->item(outboxId);
    if (item && item->state == QLatin1String("failed") && m_outbox->remove(outboxId)) {
        removeSettledFiles();
        emit outboxChanged(item->conversationId);
    }
}

void SyncWorker::drainOutbox()
{
    if (m_sending || m_stopped || !m_outbox || m_outboxTimer->isActive())
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
            drainOutbox();
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

void SyncWorker::sendFinished(const OutboxItem &item, int status, const QByteArray &body,
                              bool networkError)
{
    if (status == 200 || status == 202) {
        // Taken. The row stays (as "sent") until the message's event arrives on the stream.
        m_outbox->markSent(item.id);
        m_outboxFailures = 0;
        emit outboxChanged(item.conversationId);
        drainOutbox();
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
        m_outboxTimer->start(backoffMs(m_outboxFailures++, maxBackoffMs));
        emit outboxChanged(item.conversationId);
        return;
    }
    // Refused for good (window closed, no credits, view-only): the agent decides what next.
    m_outbox->markFailed(item.id,
                         error.code.isEmpty() ? QStringLiteral("http_%1").arg(status) : error.code);
    emit outboxChanged(item.conversationId);
    drainOutbox();
}

} // namespace parley
