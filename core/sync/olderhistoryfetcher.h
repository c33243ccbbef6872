#pragma once

#include "core/mirror/mirror.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace parley {

// The second half of a first sync from the snapshot (docs/api.md, "Snapshot"): the older
// messages of every conversation the snapshot sent only the newest of, fetched in the
// background, many conversations per request (GET /api/v1/older-history), each answer applied
// in one transaction. Low priority: only while the worker's gate says so (online, the snapshot
// done, no reply being sent). A conversation the agent scrolls up in goes to the front of the
// next request.
//
// Pipelined: when an answer arrives and the gate is open, the next request goes out before the
// answer is applied, so the hub reads and writes the next page while this thread writes the
// mirror. Its cursors are what the mirror will hold once the answer is applied (the oldest
// message answered, or the same cursor for a conversation the answer did not reach); an answer
// that cannot be applied voids the one in flight, whose cursors assumed it. At most one request
// is in flight.
//
// Lives on the sync worker's thread, a child of the worker, sharing its mirror connection and
// network manager.
class OlderHistoryFetcher : public QObject {
    Q_OBJECT
public:
    // What the worker allows now: Off (wait for the next schedule()), Busy (ask again after a
    // pause), Ready.
    enum class Gate { Off, Busy, Ready };

    // Conversations per request and messages per answer (the hub's bounds): a 1 M-message
    // team's older history comes in about a hundred requests, each answer applied in about a
    // tenth of a second.
    static constexpr int conversationsPerRequest = 200;
    static constexpr int messagesPerRequest = 5000;
    // The pause while the gate says Busy, before asking it again.
    static constexpr int pauseMs = 10;

    OlderHistoryFetcher(QNetworkAccessManager *network, std::function<Gate()> gate,
                        QObject *parent);

    // The mirror and the hub to fetch from; the mirror must outlive the next start() or stop().
    void start(Mirror *mirror, const QUrl &hub, const QString &token);
    void stop();
    // Fetches the next request's worth after `delayMs`, if anything is left.
    void schedule(int delayMs = 0);
    // The agent scrolled to the top of a conversation: it goes first in the next request.
    void prioritize(Id conversationId);
    // Smaller pages than the hub's bounds (tests: many pages from a small history).
    void setPageLimits(int conversations, int messages);
    // Requests sent since start(), for tests.
    int requestsSent() const { return m_requests; }

signals:
    void mirrorChanged(const parley::MirrorChanges &changes);
    void authenticationFailed();
    void failed(const QString &error);

private:
    void fetchNext();
    // Sends one request for `cursors` (at most one in flight).
    void send(const QList<OlderHistoryCursor> &cursors);
    void answered(int status, const QByteArray &body, const QList<OlderHistoryCursor> &asked,
                  int generation);
    // The next request's cursors: the agent's first, then `carried` (what an answer being
    // applied leaves to fetch, at its new cursors), then the newest conversations the mirror
    // still lists, except `settled` (those the answer being applied ends).
    QList<OlderHistoryCursor> nextCursors(const QList<OlderHistoryCursor> &carried,
                                          const QSet<Id> &settled);

    QNetworkAccessManager *m_network;
    std::function<Gate()> m_gate;
    QTimer *m_timer;
    Mirror *m_mirror = nullptr;
    QUrl m_hub;
    QString m_token;
    QList<Id> m_first;               // asked for by the agent, before the rest
    QPointer<QNetworkReply> m_reply; // the request in flight
    int m_conversationsPerRequest = conversationsPerRequest;
    int m_messagesPerRequest = messagesPerRequest;
    bool m_fetching = false;
    // Bumped when an answer could not be applied and at start()/stop(): an answer of an
    // earlier generation is dropped (its cursors assumed what never reached the mirror).
    int m_generation = 0;
    int m_failures = 0;
    int m_requests = 0;
};

} // namespace parley
