#pragma once

#include "core/sync/savedviewsapi.h"

#include <QSqlDatabase>

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

// Runs on the thread of `db` (the GUI's connection). `done` is called once, after the last.
void uploadLocalSavedViews(QSqlDatabase db, SavedViewsApi api,
                           std::function<void(const SavedViewUploadResult &)> done);

} // namespace parley
