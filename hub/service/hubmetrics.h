#pragma once

#include <QMap>
#include <QString>

namespace parley::hub {

// Counters for GET /metrics (Prometheus text format); gauges are read when scraped.
struct HubMetrics {
    qint64 webhooksAccepted = 0;
    // By reason: signature_invalid, malformed, store_failed. Bodies over the cap are refused by
    // the HTTP layer (413) before the intake sees them.
    QMap<QString, qint64> webhooksRejected;
    QMap<QString, qint64> sends; // by outcome: accepted, failed, retried
};

} // namespace parley::hub
