#pragma once

#include "core/mirror/mirror.h"
#include "core/sync/olderhistoryfetcher.h"
#include "core/sync/outboxsender.h"
#include "core/sync/syncstate.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <memory>

namespace parley {

// The desktop's background sync: lives on its own QThread with its own mirror connection and
// network objects; the UI talks to it only through queued signals and slots.
//
// It keeps the mirror current from the hub's event stream (replay from the stored seq, then
// live), applies each frame in one transaction, and tells the UI which rows changed. An empty
// mirror asks the stream for its snapshot first (the newest messages of each conversation at
// one seq, then the log after it); the older messages follow in the background
// (OlderHistoryFetcher) while nothing else is being sent, first for a conversation the agent
// scrolls up in. It
// watches the stream's heartbeat and reconnects with exponential backoff and jitter. Its
// OutboxSender drains the outbox in order, one reply at a time, with the outbox id as the
// Idempotency-Key.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    explicit SyncWorker(QObject *parent = nullptr);
    ~SyncWorker() override;

    // Heartbeats come every 15 s; silence for this long means a dead connection, and so does a
    // snapshot whose frames stop for this long while the heartbeats go on.
    static constexpr int silenceLimitMs = 45000;
    static constexpr int maxBackoffMs = 60000;
    // Snapshot frames that arrived together are applied in one transaction up to this many
    // entities (about a hundred milliseconds of writing on a quiet machine), once the first
    // frame with conversations was applied on its own.
    static constexpr int snapshotEventsPerTransaction = 10000;

    // A shorter silence limit (and watchdog period, a ninth of it), for tests; before start().
    void setSilenceLimit(int ms) { m_silenceLimitMs = ms; }

public slots:
    void start(const QUrl &hubUrl, const QString &token, const QString &mirrorPath);
    void stop();
    void queueText(qint64 conversationId, const QString &text);
    // A reply quoting one of the conversation's messages, and a reaction to one (an empty emoji
    // takes it back): through the outbox like a text, so they survive being offline.
    void queueReply(qint64 conversationId, const QString &text, qint64 replyTo);
    void queueReaction(qint64 conversationId, qint64 messageId, const QString &emoji);
    // Files already checked against the attachment rules; the caption goes with the last one.
    void queueFiles(qint64 conversationId, const QStringList &paths, const QString &caption);
    void retryOutbox(const QString &outboxId);
    void discardOutbox(const QString &outboxId);
    // The agent scrolled to the top of a conversation: its older messages, if the hub has any
    // the mirror lacks, are fetched next (a slot: callable through a queued connection).
    void fetchOlderHistory(qint64 conversationId);
    // Presence (issue #12): "viewing", "typing" or "left" for a conversation, on the stream
    // socket; the conversation viewed is said again after a reconnect.
    void sendPresence(qint64 conversationId, const QString &state);

signals:
    void stateChanged(parley::SyncState state, const QString &detail);
    void mirrorChanged(const parley::MirrorChanges &changes);
    void outboxChanged(qint64 conversationId);
    // The hub no longer accepts the token: the app must ask the agent to log in again.
    void authenticationFailed();
    // The mirror file was damaged and has been rebuilt from scratch; the hub refills it.
    void mirrorRebuilt(const QString &reason);
    void failed(const QString &error);
    // The hub relayed who else is in a conversation: the frame's "presence" object.
    void presenceReceived(const QJsonObject &presence);

private:
    void openStream();
    void streamClosed();
    void frameReceived(const QString &text);
    void snapshotReceived(const QJsonObject &json);
    // Applies the snapshot frames received so far, up to snapshotEventsPerTransaction entities
    // per transaction; false (the stream aborted) when one could not be applied.
    bool applySnapshotFrames();
    OlderHistoryFetcher::Gate olderHistoryGate() const;
    void checkSilence();
    void scheduleReconnect();
    void setState(SyncState state, const QString &detail = QString());
    QUrl apiUrl(const QString &path) const;

    QUrl m_hub;
    QString m_token;
    std::unique_ptr<Mirror> m_mirror;
    QWebSocket *m_socket = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_reconnect = nullptr;
    QTimer *m_watchdog = nullptr;
    OutboxSender *m_sender = nullptr;
    OlderHistoryFetcher *m_older = nullptr;
    QList<SnapshotFrame> m_snapshotFrames; // received, not applied yet
    bool m_snapshotListed = false;         // a snapshot frame with conversations was applied
    int m_silenceLimitMs = silenceLimitMs;
    qint64 m_lastFrameAt = 0;
    // While a snapshot is on its way: when its last frame came (or was applied); 0 otherwise.
    qint64 m_snapshotAt = 0;
    int m_failures = 0;
    bool m_stopped = true;
    SyncState m_state = SyncState::Offline;
    qint64 m_presenceIn = 0; // the conversation this desktop said it views
};

} // namespace parley
