#pragma once

#include <QByteArray>
#include <QString>

namespace parley::bench {

struct BaselineResult {
    bool ran = false;
    QString problem; // why there is no figure (nginx or wrk missing, did not start, …)
    double requestsPerSecond = 0;
    qint64 non2xx = 0; // wrk's "Non-2xx or 3xx responses"
    qint64 socketErrors = 0;
};

// What the same machine does for a trivial HTTP server in the same run: nginx with one worker
// answering every POST with a static 200, loaded by `wrk -t1 -c<connections>` with `body` and
// `signature` (a real webhook's, so the requests are the same size as the hub's). nginx runs on
// a free loopback port with a config, pid, logs and temp folders of its own, in the foreground
// and as the current user, so neither a system nginx nor root matters.
BaselineResult runNginxBaseline(const QByteArray &body, const QByteArray &signature,
                                int connections, int seconds);

} // namespace parley::bench
