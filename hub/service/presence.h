#pragma once

#include "core/domain/agent.h"
#include "hub/service/hubcontext.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace parley::hub {

// Who else is viewing or typing in a conversation (issue #12, docs/api.md "Presence"): what
// desktops send over their stream socket, relayed to the other agents' streams that have the
// conversation in scope. Held in memory only: no table, no event; a socket's presence ends
// when it closes. Every frame a client sends is validated and rate-limited before any work.
//
// A client says {"presence": {"conversation_id": n, "state": "viewing" | "typing" | "left"}}.
// Typing lasts `typingMs` unless refreshed. Each recipient gets, per conversation that changed,
// {"presence": {"conversation_id": n, "agents": [{"id", "name", "state"}, …]}}: everyone else
// there now (its own agent left out), typing before viewing.
class Presence : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int typingMs = 6000;
        // A token bucket per socket: `burst` frames at once, one more every `refillMs`.
        int burst = 8;
        int refillMs = 1000;
        // A socket whose frames were refused this many times in a row is closed.
        int refusedBeforeClose = 40;
        // Conversations one socket is present in at once (a desktop shows one or two).
        int conversationsPerSocket = 4;
    };
    // How a stream is addressed: an opaque key per socket and its agent.
    using Send = std::function<void(quintptr socket, const QString &frame)>;
    using Close = std::function<void(quintptr socket, const QString &reason)>;

    Presence(HubContext &context, Send send, Close close, const Limits &limits,
             QObject *parent = nullptr);

    void socketOpened(quintptr socket, const Agent &agent);
    // The agent may have changed (department, role): later relays use the new one.
    void socketAgent(quintptr socket, const Agent &agent);
    void socketClosed(quintptr socket);
    // A text frame from the client. Frames other than presence are ignored (but still count
    // against the rate limit).
    void received(quintptr socket, const QString &text);

    qint64 refusedFrames() const { return m_refused; }

    static constexpr int maxFrameBytes = 512;

private:
    enum class State { Viewing, Typing };
    struct Here {
        bool viewing = false;
        TimestampMs typingUntil = 0;
        TimestampMs since = 0;
    };
    struct Socket {
        Agent agent;
        double tokens = 0;
        TimestampMs refilledAt = 0;
        int refusedInARow = 0;
        QHash<Id, Here> conversations;
    };

    bool take(Socket &socket);
    void relay(Id conversationId, Id changedAgent, quintptr only = 0);
    void expireTyping();
    QJsonObject agentsIn(Id conversationId, Id except) const;

    HubContext &m_ctx;
    Send m_send;
    Close m_close;
    Limits m_limits;
    QHash<quintptr, Socket> m_sockets;
    QTimer m_expiry;
    qint64 m_refused = 0;
};

} // namespace parley::hub
