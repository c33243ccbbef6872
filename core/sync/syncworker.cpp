#include "core/sync/syncworker.h"

#include "core/protocol/commands.h"
#include "core/protocol/events.h"
#include "core/protocol/presencetypes.h"
#include "core/sync/backoff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace parley {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SyncWorker::SyncWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<parley::SyncState>();
    qRegisterMetaType<parley::MirrorChanges>();
}

SyncWorker::~SyncWorker()
{
    // The outbox sender keeps a handle of the mirror's connection (its Outbox): it goes before
    // the mirror, or closing the mirror finds the connection still in use (Qt warns, and the
    // sender's queries would stop working). Children are otherwise deleted after the members.
    delete m_sender;
    delete m_older;
}

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
        m_watchdog->setInterval(qMax(1, m_silenceLimitMs / 9));
        connect(m_watchdog, &QTimer::timeout, this, &SyncWorker::checkSilence);
        m_sender = new OutboxSender(m_network, this);
        connect(m_sender, &OutboxSender::outboxChanged, this, &SyncWorker::outboxChanged);
        connect(m_sender, &OutboxSender::authenticationFailed, this,
                &SyncWorker::authenticationFailed);
        connect(m_sender, &OutboxSender::failed, this, &SyncWorker::failed);
        m_older = new OlderHistoryFetcher(
            m_network, [this] { return olderHistoryGate(); }, this);
        connect(m_older, &OlderHistoryFetcher::mirrorChanged, this, &SyncWorker::mirrorChanged);
        connect(m_older, &OlderHistoryFetcher::authenticationFailed, this,
                &SyncWorker::authenticationFailed);
        connect(m_older, &OlderHistoryFetcher::failed, this, &SyncWorker::failed);
    }
    // A start after an earlier one: the earlier mirror is closed once the sender has let go of
    // it (m_sender->start below), at the end of this function.
    const std::unique_ptr<Mirror> previous = std::move(m_mirror);
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
    m_sender->start(m_mirror.get(), mirrorPath, m_hub, m_token);
    openStream();
    m_sender->drain();
}

void SyncWorker::stop()
{
    m_stopped = true;
    if (m_sender)
        m_sender->stop();
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
    m_snapshotListed = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_failures = 0;
        m_lastFrameAt = now();
        setState(SyncState::Online);
        m_sender->drain();
        m_older->schedule();   // older history left from an earlier run
        if (m_presenceIn != 0) // the hub forgot it with the old socket
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
    // Watched from here, not from `connected`: a hub that takes the connection and never
    // answers the upgrade (its event loop stuck) is as silent as one that stops mid-stream.
    m_lastFrameAt = now();
    m_snapshotAt = since == 0 ? m_lastFrameAt : 0;
    m_watchdog->start();
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
    if (!m_socket)
        return;
    const qint64 at = now();
    // A dead peer can look connected, and a stuck hub can answer pings and send heartbeats while
    // its snapshot frames stop coming: either way, start over (docs/api.md, "Snapshot").
    if (at - m_lastFrameAt > m_silenceLimitMs ||
        (m_snapshotAt > 0 && at - m_snapshotAt > m_silenceLimitMs)) {
        m_socket->abort();
        return;
    }
    // Not before the upgrade is answered: a ping frame there would break the handshake.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
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
        m_sender->removeSettledFiles();
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
        m_snapshotFrames.clear();
        m_socket->abort();
        return;
    }
    m_snapshotAt = frame.isLast() ? 0 : now();
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
        // Until the list has its first conversations, a frame goes alone: the agent sees the
        // newest conversations after one slice's writing, not after a big transaction's.
        while (m_snapshotListed && !together.isLast() && !m_snapshotFrames.isEmpty() &&
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
        m_snapshotListed = m_snapshotListed || !changes.conversations.isEmpty();
        if (!changes.isEmpty())
            emit mirrorChanged(changes);
        if (together.isLast()) {
            // The first sync is written: what waits for the full-text index joins it now, so
            // searches from here read no backlog (mirror step 17). A failure only leaves it
            // waiting, and search finds it all the same.
            m_mirror->indexSearchBacklog();
            m_older->schedule();
        }
    }
    // The time spent writing them is this desktop's, not a stall of the hub's snapshot.
    if (m_snapshotAt > 0)
        m_snapshotAt = now();
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
    return m_sender->isSending() ? OlderHistoryFetcher::Gate::Busy
                                 : OlderHistoryFetcher::Gate::Ready;
}

void SyncWorker::queueText(qint64 conversationId, const QString &text)
{
    if (m_sender)
        m_sender->queueText(conversationId, text);
}

void SyncWorker::queueReply(qint64 conversationId, const QString &text, qint64 replyTo)
{
    if (m_sender)
        m_sender->queueReply(conversationId, text, replyTo);
}

void SyncWorker::queueReaction(qint64 conversationId, qint64 messageId, const QString &emoji)
{
    if (m_sender)
        m_sender->queueReaction(conversationId, messageId, emoji);
}

void SyncWorker::queueFiles(qint64 conversationId, const QStringList &paths, const QString &caption)
{
    if (m_sender)
        m_sender->queueFiles(conversationId, paths, caption);
}

void SyncWorker::retryOutbox(const QString &outboxId)
{
    if (m_sender)
        m_sender->retry(outboxId);
}

void SyncWorker::discardOutbox(const QString &outboxId)
{
    if (m_sender)
        m_sender->discard(outboxId);
}

} // namespace parley
