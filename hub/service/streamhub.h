#pragma once

#include "hub/service/hubcontext.h"
#include "hub/service/presence.h"
#include "hub/store/snapshotreads.h"

#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace parley::hub {

class AgentFeed;

// The agents' live feed (GET /api/v1/stream?since=SEQ): each socket first gets the events after
// its `since`, then every event as it is committed, as SyncBatch JSON frames. A frame with no
// events is the heartbeat; the hub also pings, because a QWebSocket cannot tell a dead peer
// from a quiet one, and drops sockets that stop answering. Only a pong carrying the payload of
// the hub's own last ping counts: a client cannot stay alive on pongs it sends unasked while
// never reading. A socket whose client does not take its frames gets no more pages once its
// unsent bytes pass the bound, and is dropped when they stay above it for a heartbeat.
//
// Replay is sliced: each turn of the event loop gives every socket that is behind at most one
// page, then yields (a queued continuation), so a desktop catching up from since=0 never keeps
// the hub's one thread from the next webhook for longer than one page takes. A page goes out
// as frames of at most frameBytes (streamframes.h), so none keeps a slow link busy for long.
//
// A stream opened with since=0&snapshot=1 gets the snapshot first (SnapshotReads: the store at
// one seq, the newest messages of each conversation), sliced and bounded the same way, then
// the log after that seq.
class StreamHub : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int heartbeatMs = 15000;
        qint64 maxUnsentBytes = 4 * 1024 * 1024;
        Presence::Limits presence;
    };

    StreamHub(HubContext &context,
              std::function<std::optional<Agent>(const QString &)> authenticate,
              const Limits &limits, QObject *parent = nullptr);
    // Its sockets' signals are cut first: a socket closing as it is deleted would call drop().
    ~StreamHub() override;

    // Opens the snapshot of a stream that asks for one; without it such streams replay the log.
    using SnapshotSource = std::function<std::unique_ptr<SnapshotReads>(QString *error)>;
    void setSnapshotSource(SnapshotSource source) { m_snapshotSource = std::move(source); }

    void accept(std::unique_ptr<QWebSocket> socket);
    // Sends every socket that is behind (and under its unsent bound) its next page of committed
    // events, at most one each, and queues another turn while any is still behind.
    void publish();
    // Pings every stream, sends the empty heartbeat frame, and ends the streams that stopped
    // answering or reading and those whose session ended. Run by the timer every heartbeatMs;
    // public so a test can beat at a chosen moment.
    void heartbeat();
    int connectedAgents() const { return int(m_clients.size()); }
    // Streams ended by the hub because the client stopped answering pings or reading.
    qint64 droppedUnresponsive() const { return m_droppedUnresponsive; }
    // Who views or types where (issue #12): what clients send on their streams, relayed.
    Presence &presence() { return *m_presence; }

    static constexpr int pageSize = 500;
    // A snapshot slice: this many conversations with their newest messages (or records).
    static constexpr int snapshotSlice = 100;
    static constexpr int snapshotMessages = 20;
    // Pages and slices go out cut into frames of at most this many bytes (streamframes.h): at
    // 0.5 Mbit/s one arrives in about a second. An event larger than this goes alone.
    static constexpr int frameBytes = 64 * 1024;
    // Clients send only presence frames (Presence::maxFrameBytes); anything larger than this
    // closes the stream.
    static constexpr int maxIncomingBytes = 64 * 1024;

private:
    struct Client {
        std::unique_ptr<QWebSocket> socket;
        Agent agent;
        QString token; // checked again at every heartbeat: a logout or expiry ends the stream
        qint64 seq = 0;
        qint64 lastPong = 0;
        QByteArray pingPayload; // of the last ping sent; only its pong proves liveness
        // -1 until its first beat: that beat only takes the measure, so a stream accepted just
        // before a beat gets a full interval to read its replay before it can be judged stalled.
        qint64 unsentAtLastBeat = -1;
        // Bytes the socket has handed to the kernel, and that count at the last beat: progress
        // between beats, even when new pages meanwhile left more unsent than at the last one.
        qint64 written = 0;
        qint64 writtenAtLastBeat = 0;
        bool paused = false; // over the unsent bound: no pages until it drains
        // While set, the stream sends the snapshot's slices; `seq` stays at 0 (so heartbeats
        // do not move the desktop's position) until the last slice gives it the snapshot's.
        std::unique_ptr<SnapshotReads> snapshot;
        bool settingsSent = false; // the agent's notification settings, in the first slice
    };

    Client *find(QWebSocket *socket);
    // Queues one publish() for a later turn of the event loop (at most one queued at a time).
    void continueLater();
    void drop(QWebSocket *socket);
    void sendBatch(Client &client, const SyncBatch &batch);
    void drained(QWebSocket *socket);
    void sendSnapshotSlice(Client &client, AgentFeed &feed);

    HubContext &m_ctx;
    std::function<std::optional<Agent>(const QString &)> m_authenticate;
    SnapshotSource m_snapshotSource;
    Limits m_limits;
    std::vector<Client> m_clients;
    QTimer m_heartbeat;
    Presence *m_presence = nullptr;
    qint64 m_droppedUnresponsive = 0;
    bool m_continueQueued = false;
};

} // namespace parley::hub
