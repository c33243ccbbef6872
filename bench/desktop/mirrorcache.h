#pragma once

#include <QString>

namespace parley::bench {

// A generated mirror kept between runs: generating and applying a million messages takes
// minutes, so the file is built once per message count and reused while its marker says it is
// complete. The folder holds nothing else, so the desktop can be pointed at it as an account's
// mirror folder.
struct CachedMirror {
    QString folder;
    QString path;        // folder/mirror.sqlite
    bool reused = false; // false: built in this run
    qint64 conversations = 0;
    qint64 messages = 0;
};

// The cache folder for `messages` (default: $XDG_CACHE_HOME/parley-bench/desktop-<N>).
QString defaultCacheFolder(qint64 messages);

// Reuses the mirror in `folder` when complete, otherwise generates it (bench/mirror's
// deterministic DataGenerator, applied through Mirror::apply as a first sync would, plus the
// agents and channels it names).
bool prepareMirror(const QString &folder, qint64 messages, CachedMirror *out, QString *error);

} // namespace parley::bench
