#pragma once

#include <QMap>
#include <QString>

namespace parley::hub {

// Counters for GET /metrics (Prometheus text format); gauges are read when scraped.
struct HubMetrics {
    qint64 webhooksAccepted = 0;
    QMap<QString, qint64> webhooksRejected; // by reason: signature, malformed, too_large, …
    QMap<QString, qint64> sends;            // by outcome: accepted, failed, retried
    qint64 requests = 0;
};

} // namespace parley::hub
