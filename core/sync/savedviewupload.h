#pragma once

#include "core/sync/savedviewsapi.h"

#include <functional>

namespace parley {

// Issue #12: the saved views an earlier version kept in this desktop's local store are
// uploaded to the hub once, on the first connection after the upgrade, so nobody loses theirs.
// One at a time, in sidebar order, each with its own key (the hub answers a repeated key with
// the view it made the first time); a view leaves the local store only once the hub has it. A
// view the hub refuses (over the per-agent cap, a filter it cannot run) stays in the local
// store, and the desktop logs why; an unreachable hub stops the upload until the next time.
struct SavedViewUploadResult {
    int uploaded = 0;
    int refused = 0;
    bool interrupted = false; // the hub could not be reached: the rest waits for next time
};

class MirrorStore;

// Reads and removes the local views through `store` (its reader and writer threads), so the
// GUI thread only sends. `done` is called once, after the last, on the store's thread.
void uploadLocalSavedViews(MirrorStore *store, SavedViewsApi api,
                           std::function<void(const SavedViewUploadResult &)> done);

} // namespace parley
