#pragma once

#include "core/mirror/mirror.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace parley {

// The second half of a first sync from the snapshot (docs/api.md, "Snapshot"): the older
// messages of every conversation the snapshot sent only the newest of, fetched in the
// background, many conversations per request (GET /api/v1/older-history), each answer applied
// in one transaction. Low priority: one request at a time, and only while the worker's gate
// says so (online, the snapshot done, no reply being sent). A conversation the agent scrolls up
// in goes to the front of the next request.
//
// Lives on the sync worker's thread, a child of the worker, sharing its mirror connection and
// network manager.
class OlderHistoryFetcher : public QObject {
    Q_OBJECT
public:
    // What the worker allows now: Off (wait for the next schedule()), Busy (ask again after a
    // pause), Ready.
    enum class Gate { Off, Busy, Ready };

    // Conversations per request and messages per answer: big enough that a team's history
    // comes in a few dozen requests, small enough that the hub answers one in tens of ms.
    static constexpr int conversationsPerRequest = 200;
    static constexpr int messagesPerRequest = 2000;
    static constexpr int pauseMs = 10;

    OlderHistoryFetcher(QNetworkAccessManager *network, std::function<Gate()> gate,
                        QObject *parent);

    // The mirror and the hub to fetch from; the mirror must outlive the next start() or stop().
    void start(Mirror *mirror, const QUrl &hub, const QString &token);
    void stop();
    // Fetches the next request's worth after `delayMs`, if anything is left.
    void schedule(int delayMs = pauseMs);
    // The agent scrolled to the top of a conversation: it goes first in the next request.
    void prioritize(Id conversationId);

signals:
    void mirrorChanged(const parley::MirrorChanges &changes);
    void authenticationFailed();
    void failed(const QString &error);

private:
    void fetchNext();
    void answered(int status, const QByteArray &body);

    QNetworkAccessManager *m_network;
    std::function<Gate()> m_gate;
    QTimer *m_timer;
    Mirror *m_mirror = nullptr;
    QUrl m_hub;
    QString m_token;
    QList<Id> m_first; // asked for by the agent, before the rest
    bool m_fetching = false;
    int m_failures = 0;
};

} // namespace parley
