// The mirror's schema steps for what only this desktop knows: its tables, then their move to the
// local store.
#include "core/mirror/mirrorschemasteps.h"

namespace parley::mirrorsteps {

// Step 3: what only this desktop knows: saved views, snoozed notifications and the outbox of
// replies not yet accepted by the hub (its id is the send's Idempotency-Key).
QStringList desktopTablesStep()
{
    return {
        "CREATE TABLE saved_views (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
        " filter TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE snoozes (conversation_id INTEGER PRIMARY KEY, until_at INTEGER NOT NULL,"
        " message_count INTEGER NOT NULL DEFAULT 1)",
        "CREATE INDEX snoozes_due ON snoozes (until_at)",
        "CREATE TABLE outbox (id TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE,"
        " conversation_id INTEGER NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,"
        " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
        " last_error TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'pending')",
    };
}

// Step 7: what only this desktop knows moves to the local store (core/mirror/localstore.h), a
// file of its own that Mirror::open attaches as "local" before migrating, so that discarding a
// damaged mirror no longer discards unsent replies, snoozes, saved views or drafts. Outbox
// positions are shifted past any already in the local file to keep their order and uniqueness.
QStringList moveToLocalStoreStep()
{
    return {
        "INSERT OR IGNORE INTO local.saved_views (id, name, filter, position)"
        " SELECT id, name, filter, position FROM main.saved_views",
        "INSERT OR IGNORE INTO local.snoozes (conversation_id, until_at, message_count)"
        " SELECT conversation_id, until_at, message_count FROM main.snoozes",
        "INSERT OR IGNORE INTO local.outbox (id, position, conversation_id, kind, payload,"
        " created_at, attempts, last_error, state) SELECT id,"
        " position + (SELECT coalesce(max(position), 0) FROM local.outbox), conversation_id, kind,"
        " payload, created_at, attempts, last_error, state FROM main.outbox",
        "INSERT OR IGNORE INTO local.drafts (conversation_id, text, updated_at)"
        " SELECT conversation_id, text, updated_at FROM main.drafts",
        "DROP TABLE main.saved_views",
        "DROP TABLE main.snoozes",
        "DROP TABLE main.outbox",
        "DROP TABLE main.drafts",
    };
}

} // namespace parley::mirrorsteps
