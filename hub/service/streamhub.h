#pragma once

#include "hub/service/hubcontext.h"

#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace parley::hub {

// The agents' live feed (GET /api/v1/stream?since=SEQ): each socket first gets the events after
// its `since`, then every event as it is committed, as SyncBatch JSON frames. A frame with no
// events is the heartbeat; the hub also pings, because a QWebSocket cannot tell a dead peer
// from a quiet one, and drops sockets that stop answering.
class StreamHub : public QObject {
    Q_OBJECT
public:
    StreamHub(HubContext &context,
              std::function<std::optional<Agent>(const QString &)> authenticate,
              QObject *parent = nullptr);

    void accept(std::unique_ptr<QWebSocket> socket);
    // Sends committed events to every socket that has not seen them.
    void publish();
    int connectedAgents() const { return int(m_clients.size()); }

    static constexpr int heartbeatMs = 15000;
    static constexpr int pageSize = 500;

private:
    struct Client {
        std::unique_ptr<QWebSocket> socket;
        Agent agent;
        QString token; // checked again at every heartbeat: a logout or expiry ends the stream
        qint64 seq = 0;
        qint64 lastPong = 0;
    };

    void heartbeat();
    void drop(QWebSocket *socket);
    void sendBatch(Client &client, const SyncBatch &batch);

    HubContext &m_ctx;
    std::function<std::optional<Agent>(const QString &)> m_authenticate;
    std::vector<Client> m_clients;
    QTimer m_heartbeat;
};

} // namespace parley::hub
