#pragma once

#include "core/protocol/presencetypes.h"
#include "core/sync/syncworker.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <functional>

namespace parley::ui {

// The UI thread's handle on the sync worker: starts it on its own thread and forwards its
// signals, which arrive queued on the UI thread. What the window asks of the worker before
// start() (a reply typed while the keychain is still being read: DesktopApp starts the sync after
// the first paint) waits here and reaches the worker right after its start, in order.
class SyncController : public QObject {
    Q_OBJECT
public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    void start(const QUrl &hub, const QString &token, const QString &mirrorPath);
    void stop();
    void queueText(Id conversationId, const QString &text);
    void queueReply(Id conversationId, const QString &text, Id replyTo);
    void queueReaction(Id conversationId, Id messageId, const QString &emoji);
    void queueFiles(Id conversationId, const QStringList &paths, const QString &caption);
    void retryOutbox(const QString &outboxId);
    void discardOutbox(const QString &outboxId);
    // Presence (issue #12): what this desktop tells the hub about the open conversation.
    void sendPresence(Id conversationId, PresenceState state);
    // The agent scrolled to the top of what the mirror holds of a conversation.
    void fetchOlderHistory(Id conversationId);
    SyncState state() const { return m_state; }

signals:
    void stateChanged(parley::SyncState state, const QString &detail);
    void mirrorChanged(const parley::MirrorChanges &changes);
    void outboxChanged(qint64 conversationId);
    void authenticationFailed();
    void mirrorRebuilt(const QString &reason);
    void failed(const QString &error);
    // Who else is viewing or typing in a conversation, as the hub relayed it.
    void presenceChanged(const parley::PresenceUpdate &update);

private:
    // Runs `call` (an invocation on the worker) now if the worker was started, else after start.
    void toWorker(std::function<void()> call);

    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncState m_state = SyncState::Offline;
    bool m_started = false;
    QList<std::function<void()>> m_beforeStart;
};

} // namespace parley::ui
