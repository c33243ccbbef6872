#include "core/sync/syncworker.h"

#include "core/protocol/commands.h"
#include "core/protocol/events.h"
#include "core/protocol/presencetypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
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
        m_olderTimer = new QTimer(this);
        m_olderTimer->setSingleShot(true);
        connect(m_olderTimer, &QTimer::timeout, this, &SyncWorker::fetchNextOlderPage);
    }
    m_mirror = std::make_unique<Mirror>();
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
    if (m_olderTimer)
        m_olderTimer->stop();
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
        m_olderTimer->start(olderPauseMs); // older history left from an earlier run
        if (m_presenceIn != 0)             // the hub forgot it with the old socket
            sendPresence(m_presenceIn, QStringLiteral("viewing"));
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
    if (json.contains(QStringLiteral("presence"))) {
        emit presenceReceived(json.value(QStringLiteral("presence")).toObject());
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

void SyncWorker::sendPresence(qint64 conversationId, const QString &state)
{
    PresenceState said = PresenceState::Left;
    if (state == presenceStateName(PresenceState::Viewing))
        said = PresenceState::Viewing;
    else if (state == presenceStateName(PresenceState::Typing))
        said = PresenceState::Typing;
    if (said == PresenceState::Left)
        m_presenceIn = m_presenceIn == conversationId ? 0 : m_presenceIn;
    else
        m_presenceIn = conversationId;
    // Offline: nothing to tell; the connected handler says "viewing" again.
    if (conversationId > 0 && m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(presenceFrame(conversationId, said));
}

void SyncWorker::snapshotReceived(const QJsonObject &json)
{
    SnapshotFrame frame;
    QString error;
    if (!fromJson(json, &frame, &error)) {
        emit failed(QStringLiteral("the hub sent a frame this version cannot read: %1").arg(error));
        m_socket->abort();
        return;
    }
    MirrorChanges changes;
    if (!m_mirror->applySnapshot(frame, &changes)) {
        // The position is still 0: a reconnect asks for the snapshot again.
        emit failed(m_mirror->errorString());
        m_socket->abort();
        return;
    }
    if (!changes.isEmpty())
        emit mirrorChanged(changes);
    if (frame.isLast())
        m_olderTimer->start(olderPauseMs);
}

void SyncWorker::fetchOlderHistory(qint64 conversationId)
{
    if (!m_mirror || m_olderFirst.contains(conversationId))
        return;
    m_olderFirst.prepend(conversationId);
    if (!m_fetchingOlder && m_olderTimer)
        m_olderTimer->start(0);
}

void SyncWorker::fetchNextOlderPage()
{
    // Low priority: only while online, with the snapshot done and no reply being sent.
    if (m_stopped || !m_mirror || m_fetchingOlder || m_state != SyncState::Online ||
        m_mirror->lastSeq() == 0)
        return;
    if (m_sending) {
        m_olderTimer->start(olderPauseMs);
        return;
    }
    // One the agent asked for first (an answer with nothing older ends it at once), then the
    // newest conversation still missing some.
    qint64 conversationId = m_olderFirst.isEmpty() ? 0 : m_olderFirst.takeFirst();
    if (conversationId == 0) {
        const QList<Id> pending = m_mirror->olderHistory(1);
        conversationId = pending.isEmpty() ? 0 : pending.first();
    }
    if (conversationId == 0)
        return; // nothing older left anywhere
    QUrl url = apiUrl(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId));
    url.setQuery(QStringLiteral("before_id=%1&limit=%2")
                     .arg(m_mirror->oldestMessageId(conversationId))
                     .arg(olderPageSize));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(20000);
    m_fetchingOlder = true;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, conversationId] {
        reply->deleteLater();
        m_fetchingOlder = false;
        olderPageFinished(conversationId,
                          reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          reply->readAll());
    });
}

void SyncWorker::olderPageFinished(qint64 conversationId, int status, const QByteArray &body)
{
    if (status == 401) {
        emit authenticationFailed();
        return;
    }
    if (status == 404) {
        // Gone or out of this agent's scope since: nothing older to fetch.
        m_mirror->forgetOlderHistory(conversationId);
        m_olderTimer->start(olderPauseMs);
        return;
    }
    if (status != 200) {
        m_olderTimer->start(backoffMs(m_failures, maxBackoffMs)); // try again later
        return;
    }
    QList<Event> messages;
    const QJsonArray list =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &value : list) {
        Event event;
        event.type = EventType::MessageCreated;
        event.data = value.toObject();
        messages.append(event);
    }
    MirrorChanges changes;
    if (!m_mirror->applyOlderMessages(conversationId, messages, list.size() < olderPageSize,
                                      &changes)) {
        emit failed(m_mirror->errorString());
        return;
    }
    if (!changes.isEmpty())
        emit mirrorChanged(changes);
    m_olderTimer->start(olderPauseMs);
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
