#pragma once

#include "bench/desktop/coldstart.h"
#include "bench/desktop/mirrorcache.h"
#include "bench/desktop/offlinestart.h"
#include "bench/desktop/options.h"
#include "core/domain/ids.h"

#include <QList>
#include <QString>

namespace parley::bench {

// What cold_start_offline_ms is made of, each next to the bare window's start.
struct OfflineFigures {
    LaunchResult evicted;
    LaunchResult baselineEvicted;
    LaunchResult lastWarm;     // where its time went (phases)
    LaunchResult lastBaseline; // the bare window's run after it
    QList<double> starts;
    QList<double> baselineStarts;
};

// cold_start_offline_ms: the desktop with the hub down, a stored token and the cached mirror
// (OfflineStart, its profile in `folder`), the first start with the mirror dropped from the page
// cache, then --runs warm ones, each followed by the bare window.
// `profile` is prepared here and must outlive the rest of the run: this process reached its
// keyring through GLib's shared session-bus connection (storing the token), and GLib raises
// SIGTERM in a process whose session bus goes away.
bool runOfflineStarts(const Options &options, const CachedMirror &mirror, Id busy,
                      const QString &folder, OfflineStart *profile, OfflineFigures *out,
                      QString *error);
// Its figure lines: the starts and where the last warm one's time went.
void printOffline(const OfflineFigures &offline);

} // namespace parley::bench
