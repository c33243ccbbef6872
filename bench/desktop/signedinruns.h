#pragma once

#include "bench/desktop/mirrorcache.h"
#include "bench/desktop/offlineruns.h"
#include "bench/desktop/options.h"
#include "core/domain/ids.h"

#include <QDir>
#include <QString>

namespace parley::bench {

// Everything after the offline starts: a real hub and the desktop's scripted login, warm and
// evicted cold starts next to the bare window, conversation opens and memory in window children,
// the sqlite3 floor; then prints every figure (the offline ones included). Scratch files go in
// `home`. 0 on success, 1 after printing why not.
int runSignedIn(const Options &options, const CachedMirror &mirror, Id busy, const QDir &home,
                const OfflineFigures &offline, const QString &loadAtStart);

} // namespace parley::bench
