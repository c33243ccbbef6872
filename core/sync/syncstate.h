#pragma once

#include <QMetaType>

namespace parley {

// What the desktop shows in its status bar.
enum class SyncState {
    Offline,    // no connection; replies wait in the outbox
    Connecting, // opening the stream (or waiting before the next try)
    Online      // the stream is live
};

} // namespace parley

Q_DECLARE_METATYPE(parley::SyncState)
