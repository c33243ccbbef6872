#pragma once

#include "bench/hub/webhookfactory.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace parley::bench {

struct LatencyResult {
    int agentsConnected = 0;
    int messagesSent = 0;
    int messagesAccepted = 0;       // answered 200: the ones every stream must carry
    bool scheduleCut = false;       // the time limit stopped the schedule early
    std::vector<double> deliveryMs; // one per (message, agent): POST written → frame read
    // The same samples split by where the stream is: on the hub that took the webhook, or on
    // another hub on the same store (reached through PostgreSQL's NOTIFY). Both empty when the
    // plan has one port.
    std::vector<double> sameHubMs;
    std::vector<double> otherHubMs;
    std::vector<double> replyMs; // one per message: POST written → its reply read
    qint64 missedDeliveries = 0; // (accepted message, agent) pairs whose frame never came
    int messagesMissedByAnyAgent = 0;
    QMap<int, int> refusedByStatus;
    int lostRequests = 0;
    QString problem; // set when the probe could not run at all
};

struct LatencyPlan {
    // Several hubs on one store: stream i connects to streamPorts[i % size], timed webhook j
    // goes to webhookPorts[j % size] and the warm-up to the first. One port each: one hub.
    QList<quint16> streamPorts;
    QList<quint16> webhookPorts;
    QStringList tokens; // one stream per token, each a session of its own
    qint64 since = 0;   // the log's current end: streams start there, with no replay
    PreparedWebhook warmUp;
    QList<PreparedWebhook> timed;
    int messagesPerSecond = 200;
};

// Connects one WebSocket per token to /api/v1/stream, proves every stream live with a warm-up
// webhook that each must receive (on several hubs, also those on the hubs that did not take it),
// then posts the timed webhooks one at a time on a steady schedule and notes, on every stream, when
// the frame carrying each wamid arrives. Everything is bounded: connecting, the warm-up and a grace
// period after the last webhook are each limited, and the schedule itself takes timed.size() /
// messagesPerSecond seconds.
LatencyResult runLatencyProbe(const LatencyPlan &plan);

} // namespace parley::bench
