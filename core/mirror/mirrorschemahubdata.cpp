// The mirror's schema steps for what the hub sends: its tables and the columns added to them as
// the hub's own store grew.
#include "core/mirror/mirrorschemasteps.h"

namespace parley::mirrorsteps {

// Step 1: what the hub sends. Times are UTC milliseconds, 0 for "never", so comparisons need no
// NULL handling; enums are stored by their wire names. The conversation indexes serve the list
// order (last activity, newest first) under each built-in view: see docs/architecture.md.
QStringList hubTablesStep()
{
    return {
        "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
        "INSERT INTO sync_state (key, value) VALUES ('last_seq', 0)",
        "CREATE TABLE agents (id INTEGER PRIMARY KEY, login TEXT NOT NULL DEFAULT '',"
        " name TEXT NOT NULL, role TEXT NOT NULL, department TEXT NOT NULL DEFAULT '',"
        " active INTEGER NOT NULL DEFAULT 1)",
        "CREATE TABLE channels (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,"
        " department TEXT NOT NULL DEFAULT '', waba_id TEXT NOT NULL DEFAULT '',"
        " phone_number_id TEXT NOT NULL DEFAULT '', display_number TEXT NOT NULL DEFAULT '',"
        " status TEXT NOT NULL, new_customers_as TEXT NOT NULL DEFAULT 'leads',"
        " auto_close_after_minutes INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE conversations (id INTEGER PRIMARY KEY, channel_id INTEGER NOT NULL,"
        " customer_number TEXT NOT NULL, customer_name TEXT NOT NULL DEFAULT '',"
        " record_module TEXT NOT NULL DEFAULT '', record_id INTEGER NOT NULL DEFAULT 0,"
        " status TEXT NOT NULL DEFAULT 'open', owner_id INTEGER NOT NULL DEFAULT 0,"
        " department TEXT NOT NULL DEFAULT '', last_inbound_at INTEGER NOT NULL DEFAULT 0,"
        " last_outbound_at INTEGER NOT NULL DEFAULT 0, last_message_at INTEGER NOT NULL DEFAULT 0,"
        " last_message_text TEXT NOT NULL DEFAULT '', last_replied_by INTEGER NOT NULL DEFAULT 0,"
        " unread_count INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX conversations_by_activity ON conversations (last_message_at, id)",
        "CREATE INDEX conversations_by_owner ON conversations (owner_id, last_message_at, id)",
        "CREATE INDEX conversations_by_status ON conversations (status, last_message_at, id)",
        "CREATE INDEX conversations_by_reply ON conversations (last_outbound_at)",
        "CREATE INDEX conversations_by_replier ON conversations (last_replied_by, last_message_at)",
        "CREATE INDEX conversations_awaiting ON conversations (last_message_at, id)"
        " WHERE last_inbound_at > last_outbound_at",
        "CREATE INDEX conversations_awaiting_by_owner ON conversations"
        " (owner_id, last_message_at, id)"
        " WHERE last_inbound_at > last_outbound_at",
        "CREATE INDEX conversations_unread ON conversations (last_message_at, id)"
        " WHERE unread_count > 0",
        "CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL,"
        " direction TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',"
        " state TEXT NOT NULL, failure_code TEXT NOT NULL DEFAULT '',"
        " failure_reason TEXT NOT NULL DEFAULT '', author_id INTEGER NOT NULL DEFAULT 0,"
        " wamid TEXT NOT NULL DEFAULT '', client_id TEXT NOT NULL DEFAULT '',"
        " media_id TEXT NOT NULL DEFAULT '', media_mime TEXT NOT NULL DEFAULT '',"
        " media_name TEXT NOT NULL DEFAULT '', media_size INTEGER NOT NULL DEFAULT 0,"
        " media_sha256 TEXT NOT NULL DEFAULT '', media_caption TEXT NOT NULL DEFAULT '',"
        " created_at INTEGER NOT NULL)",
        "CREATE INDEX messages_by_conversation ON messages (conversation_id, created_at, id)",
        "CREATE TABLE records (id INTEGER PRIMARY KEY, module TEXT NOT NULL,"
        " owner_id INTEGER NOT NULL DEFAULT 0, fields TEXT NOT NULL DEFAULT '{}',"
        " created_at INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE predefined_texts (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " module TEXT NOT NULL, body TEXT NOT NULL, created_by INTEGER NOT NULL DEFAULT 0,"
        " updated_at INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE templates (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " language TEXT NOT NULL DEFAULT '', category TEXT NOT NULL, module TEXT NOT NULL,"
        " body TEXT NOT NULL, status TEXT NOT NULL, rejection_reason TEXT NOT NULL DEFAULT '',"
        " meta_template_id TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL DEFAULT 0)",
    };
}

// Step 4: activities of records (tasks, meetings, calls, appointments), read by record for the
// record panel beside the chat.
QStringList activitiesStep()
{
    return {
        "CREATE TABLE activities (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,"
        " due_at INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,"
        " record_id INTEGER NOT NULL DEFAULT 0, conversation_id INTEGER NOT NULL DEFAULT 0,"
        " owner_id INTEGER NOT NULL DEFAULT 0, created_by INTEGER NOT NULL DEFAULT 0,"
        " created_at INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX activities_by_record ON activities (record_id, done, due_at)",
    };
}

// Step 9: what a customer's message carries beyond text and media (issue #10, docs/api.md
// "Message content"), named as in the hub's store. Messages stored before it read as plain
// ones until an update of theirs arrives.
QStringList messageContentStep()
{
    return {
        "ALTER TABLE messages ADD COLUMN whatsapp_type TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN details TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE messages ADD COLUMN reply_to TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE messages ADD COLUMN reaction TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN edited_at INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE messages ADD COLUMN earlier_versions TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE messages ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0",
    };
}

// Step 10: conversations whose older messages the hub still has (a first sync from the stream's
// snapshot brings only the newest of each; docs/api.md "Snapshot"). The sync worker
// fetches them in the background, and first for a conversation the agent scrolls up in. Like
// steps 8 and 9 it ends with the fold and index rebuilt, so any row an earlier version wrote
// without its full-text row is found after it.
QStringList olderHistoryStep()
{
    return {
        "CREATE TABLE older_history (conversation_id INTEGER PRIMARY KEY)",
    };
}

// Step 11: help-desk tickets (R3.6) and their comments, as the hub sends them (ticket.updated,
// ticket_comment.created). The Tickets list filters by status, priority and assignee, newest
// first; a conversation finds its ticket by conversation_id.
QStringList ticketsStep()
{
    return {
        "CREATE TABLE tickets (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL,"
        " record_id INTEGER NOT NULL DEFAULT 0, subject TEXT NOT NULL, status TEXT NOT NULL,"
        " priority TEXT NOT NULL, assignee_id INTEGER NOT NULL DEFAULT 0,"
        " department TEXT NOT NULL DEFAULT '', created_by INTEGER NOT NULL DEFAULT 0,"
        " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
        "CREATE INDEX tickets_by_conversation ON tickets (conversation_id)",
        "CREATE INDEX tickets_by_status ON tickets (status, priority, assignee_id)",
        // Parenthesised: clang's -Wstring-concatenation reads two adjacent literals in an array of
        // mostly single literals as a missing comma.
        ("CREATE TABLE ticket_comments (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL,"
         " author_id INTEGER NOT NULL, text TEXT NOT NULL, created_at INTEGER NOT NULL)"),
        "CREATE INDEX ticket_comments_by_ticket ON ticket_comments (ticket_id, id)",
    };
}

// Step 12, issue #12 triage: the conversation's labels (",3,7,"), priority (0 low … 3 urgent), team
// (agent group) and snooze time, as on the hub; the labels admins defined. Older rows read as
// unlabelled, normal priority, no team until the hub sends them again.
// Like steps 8 to 10 it ends with the fold and index rebuilt (rows an older writer left
// without a search row are found after it).
QStringList triageStep()
{
    return {
        "ALTER TABLE conversations ADD COLUMN labels TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE conversations ADD COLUMN priority INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE conversations ADD COLUMN team_id INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE conversations ADD COLUMN snoozed_until INTEGER NOT NULL DEFAULT 0",
        "CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL)",
    };
}

// Step 13, issue #12: the saved views the hub keeps for this agent (its own and the ones an
// admin shared), applied from saved_view.* events like everything the hub sends, so they come
// back with a rebuilt mirror. Not "saved_views": that name is the local store's table of views
// kept before this step, which are uploaded to the hub once (core/sync/savedviewupload.h).
// Like steps 8 to 12 it ends with the fold and index rebuilt (rows an older writer left without
// a search row are found after it).
QStringList hubSavedViewsStep()
{
    return {
        "CREATE TABLE hub_saved_views (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL,"
        " name TEXT NOT NULL, filter TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,"
        " shared INTEGER NOT NULL DEFAULT 0)",
    };
}

// Step 14, issue #12: a copy of this agent's notification settings as the hub keeps them (the
// choice, one row, and the muted conversations); a rebuilt mirror gets them back with the
// snapshot (notification_settings.updated). Like steps 8 to 13 it ends with the fold and index
// rebuilt (once per upgrade: fillRepeatedLater), so rows an older writer left unindexed are found.
QStringList notificationSettingsStep()
{
    return {
        "CREATE TABLE notification_settings (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " notify TEXT NOT NULL)",
        "CREATE TABLE muted_conversations (conversation_id INTEGER PRIMARY KEY)",
    };
}

// Step 16, issue #14 item 7: a template's header, footer and buttons (Parley's JSON,
// core/protocol/templatecomponentcodec.h) and the channel whose account holds it, as on the hub.
// Older rows read as body-only until the hub sends them again. Like steps 8 to 15 it ends with the
// fold and index rebuilt: the last step of a run does, so rows an older writer left without a
// search row are found after it (a mirror several versions behind still reindexes once).
QStringList templateComponentsStep()
{
    return {
        "ALTER TABLE templates ADD COLUMN components TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE templates ADD COLUMN channel_id INTEGER NOT NULL DEFAULT 0",
    };
}

} // namespace parley::mirrorsteps
