#pragma once

#include "bench/hub/hubinstance.h"
#include "bench/hub/webhookfactory.h"

#include <QList>
#include <QMap>
#include <QString>

namespace parley::bench {

struct IngestResult {
    int sent = 0;
    int accepted = 0;                // answered 200
    QMap<int, int> refusedByStatus;  // any other status: how many
    QMap<QString, int> lostByReason; // connection errors with a request in flight
    int reopenedConnections = 0;
    double seconds = 0; // first request written to last reply read
    bool timedOut = false;

    double messagesPerSecond() const { return seconds > 0 ? accepted / seconds : 0; }
};

// Writes every webhook once over `connections` keep-alive connections to the hubs on `ports`
// (spread over them in turn), each connection with one request in flight, and times the whole
// batch. Stops at `timeLimitMs` whatever is left.
IngestResult runIngest(const QList<quint16> &ports, const QList<PreparedWebhook> &webhooks,
                       int connections, int timeLimitMs);

// The message.created events the hub's log holds after `since`, read back through
// GET /api/v1/sync: a 200 only counts as durable ingest if the message is in the store.
int countStoredMessages(HubInstance &hub, const QString &token, qint64 since = 0);

} // namespace parley::bench
