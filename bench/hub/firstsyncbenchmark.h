#pragma once

namespace parley::bench {

// A new desktop's first sync against a hub with history (issue #11): the store is written
// directly (conversations, messages, records and their events, as the hub appends them), then
// the desktop's SyncWorker syncs an empty mirror from the stream's snapshot. Prints
// first_sync_usable_ms (sign-in to the first snapshot frame with conversations in the mirror),
// first_sync_complete_s (to the mirror at the log's seq with every older message fetched) and,
// in the same run, the full replay of the log into a mirror that a first sync was before.
// Returns false when a sync failed or did not end in time.
bool runFirstSync(int conversations, int messages);

} // namespace parley::bench
