#include "core/mirror/mirrorschema.h"

#include "core/logging.h"
#include "core/mirror/localstore.h"
#include "core/mirror/searchfold.h"
#include "core/storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace parley {
namespace {

// Step 1: what the hub sends. Times are UTC milliseconds, 0 for "never", so comparisons need no
// NULL handling; enums are stored by their wire names. The conversation indexes serve the list
// order (last activity, newest first) under each built-in view: see docs/architecture.md.
const char *const step1[] = {
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
    "CREATE INDEX conversations_awaiting_by_owner ON conversations (owner_id, last_message_at, id)"
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

// Step 2: full-text search. The trigram tokenizer finds substrings in every script, Chinese and
// Japanese included, which unicode61 cannot split. The index holds no copy of the text
// (content=messages); triggers keep it in step, and 'rebuild' indexes what step 1 stored.
const char *const step2[] = {
    "CREATE VIRTUAL TABLE message_search USING fts5(text, content='messages',"
    " content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN"
    " INSERT INTO message_search (rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO message_search (message_search, rowid, text)"
    " VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER messages_search_update AFTER UPDATE OF text ON messages"
    " WHEN old.text IS NOT new.text BEGIN"
    " INSERT INTO message_search (message_search, rowid, text)"
    " VALUES ('delete', old.id, old.text);"
    " INSERT INTO message_search (rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO message_search (message_search) VALUES ('rebuild')",
};

// Step 3: what only this desktop knows: saved views, snoozed notifications and the outbox of
// replies not yet accepted by the hub (its id is the send's Idempotency-Key).
const char *const step3[] = {
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

// Step 4: activities of records (tasks, meetings, calls, appointments), read by record for the
// record panel beside the chat.
const char *const step4[] = {
    "CREATE TABLE activities (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,"
    " due_at INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,"
    " record_id INTEGER NOT NULL DEFAULT 0, conversation_id INTEGER NOT NULL DEFAULT 0,"
    " owner_id INTEGER NOT NULL DEFAULT 0, created_by INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX activities_by_record ON activities (record_id, done, due_at)",
};

// Step 5: drafts (one reply being written per conversation) and the folded copy of each
// message that search compares (core/mirror/searchfold.h), filled from code for the messages
// already stored.
const char *const step5[] = {
    "CREATE TABLE drafts (conversation_id INTEGER PRIMARY KEY, text TEXT NOT NULL,"
    " updated_at INTEGER NOT NULL DEFAULT 0)",
    "ALTER TABLE messages ADD COLUMN search_text TEXT NOT NULL DEFAULT ''",
};

bool foldStoredMessages(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral(
            "SELECT id, text FROM messages WHERE text <> '' AND search_text = ''")) ||
        !write.prepare(QStringLiteral("UPDATE messages SET search_text = ? WHERE id = ?"))) {
        *error = read.lastError().text() + write.lastError().text();
        return false;
    }
    while (read.next()) {
        write.bindValue(0, foldForSearch(read.value(1).toString()));
        write.bindValue(1, read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

// Step 6: the full-text index over the folded copy, so that "sabado" finds "Sábado" and
// "ANA" finds "ana" (trigram keeps working for Chinese and Japanese, which folding leaves as
// they are). It replaces step 2's index of the raw text.
const char *const step6[] = {
    "DROP TRIGGER messages_search_insert",
    "DROP TRIGGER messages_search_delete",
    "DROP TRIGGER messages_search_update",
    "DROP TABLE message_search",
    "CREATE VIRTUAL TABLE message_search USING fts5(search_text, content='messages',"
    " content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN"
    " INSERT INTO message_search (rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO message_search (message_search, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER messages_search_update AFTER UPDATE OF search_text ON messages"
    " WHEN old.search_text IS NOT new.search_text BEGIN"
    " INSERT INTO message_search (message_search, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text);"
    " INSERT INTO message_search (rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO message_search (message_search) VALUES ('rebuild')",
};

// Step 7: what only this desktop knows moves to the local store (core/mirror/localstore.h), a
// file of its own that Mirror::open attaches as "local" before migrating, so that discarding a
// damaged mirror no longer discards unsent replies, snoozes, saved views or drafts. Outbox
// positions are shifted past any already in the local file to keep their order and uniqueness.
const char *const step7[] = {
    "INSERT OR IGNORE INTO local.saved_views (id, name, filter, position)"
    " SELECT id, name, filter, position FROM main.saved_views",
    "INSERT OR IGNORE INTO local.snoozes (conversation_id, until_at, message_count)"
    " SELECT conversation_id, until_at, message_count FROM main.snoozes",
    "INSERT OR IGNORE INTO local.outbox (id, position, conversation_id, kind, payload, created_at,"
    " attempts, last_error, state) SELECT id,"
    " position + (SELECT coalesce(max(position), 0) FROM local.outbox), conversation_id, kind,"
    " payload, created_at, attempts, last_error, state FROM main.outbox",
    "INSERT OR IGNORE INTO local.drafts (conversation_id, text, updated_at)"
    " SELECT conversation_id, text, updated_at FROM main.drafts",
    "DROP TABLE main.saved_views",
    "DROP TABLE main.snoozes",
    "DROP TABLE main.outbox",
    "DROP TABLE main.drafts",
};

// Step 8: messages reach the full-text index from code, one statement per applied batch
// (EventApplier::finishBatch), instead of through triggers that made FTS5 write a segment per
// message. The delete trigger stays: nothing in the applier deletes messages, but anything
// that does keeps the index in step.
const char *const step8[] = {
    "DROP TRIGGER messages_search_insert",
    "DROP TRIGGER messages_search_update",
};

// Rows stored without a folded copy (not written by the applier) are folded as in steps 5 and 6;
// with the triggers gone the index is rebuilt from the folded copies, only when there were any.
bool foldAndReindex(QSqlDatabase &db, QString *error)
{
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral(
            "SELECT count(*) FROM messages WHERE text <> '' AND search_text = ''")) ||
        !count.next()) {
        *error = count.lastError().text();
        return false;
    }
    if (count.value(0).toLongLong() == 0)
        return true;
    count.finish();
    QSqlQuery rebuild(db);
    if (!foldStoredMessages(db, error))
        return false;
    if (!rebuild.exec(
            QStringLiteral("INSERT INTO message_search (message_search) VALUES ('rebuild')"))) {
        *error = rebuild.lastError().text();
        return false;
    }
    return true;
}

// Step 9: what a customer's message carries beyond text and media (issue #10, docs/api.md
// "Message content"), named as in the hub's store. Messages stored before it read as plain
// ones until an update of theirs arrives.
const char *const step9[] = {
    "ALTER TABLE messages ADD COLUMN whatsapp_type TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE messages ADD COLUMN details TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE messages ADD COLUMN reply_to TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE messages ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN reaction TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE messages ADD COLUMN edited_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN earlier_versions TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE messages ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0",
};

// Step 10: conversations whose older messages the hub still has (a first sync from the stream's
// snapshot brings only the newest of each; docs/api.md "Snapshot"). The sync worker
// fetches them in the background, and first for a conversation the agent scrolls up in. Like
// steps 8 and 9 it ends with the fold and index rebuilt, so any row an earlier version wrote
// without its full-text row is found after it.
const char *const step10[] = {
    "CREATE TABLE older_history (conversation_id INTEGER PRIMARY KEY)",
};

// Step 11: help-desk tickets (R3.6) and their comments, as the hub sends them (ticket.updated,
// ticket_comment.created). The Tickets list filters by status, priority and assignee, newest
// first; a conversation finds its ticket by conversation_id.
const char *const step11[] = {
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

// Step 12, issue #12 triage: the conversation's labels (",3,7,"), priority (0 low … 3 urgent), team
// (agent group) and snooze time, as on the hub; the labels admins defined. Older rows read as
// unlabelled, normal priority, no team until the hub sends them again.
// Like steps 8 to 10 it ends with the fold and index rebuilt (rows an older writer left
// without a search row are found after it).
const char *const step12[] = {
    "ALTER TABLE conversations ADD COLUMN labels TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN priority INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE conversations ADD COLUMN team_id INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN snoozed_until INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL)",
};

// Step 13, issue #12: the saved views the hub keeps for this agent (its own and the ones an
// admin shared), applied from saved_view.* events like everything the hub sends, so they come
// back with a rebuilt mirror. Not "saved_views": that name is the local store's table of views
// kept before this step, which are uploaded to the hub once (core/sync/savedviewupload.h).
// Like steps 8 to 12 it ends with the fold and index rebuilt (rows an older writer left without
// a search row are found after it).
const char *const step13[] = {
    "CREATE TABLE hub_saved_views (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL,"
    " name TEXT NOT NULL, filter TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,"
    " shared INTEGER NOT NULL DEFAULT 0)",
};

// Step 14, issue #12: a copy of this agent's notification settings as the hub keeps them (the
// choice, one row, and the muted conversations); a rebuilt mirror gets them back with the
// snapshot (notification_settings.updated). Like steps 8 to 13 it ends with the fold and index
// rebuilt (once per upgrade: fillRepeatedLater), so rows an older writer left unindexed are found.
const char *const step14[] = {
    "CREATE TABLE notification_settings (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " notify TEXT NOT NULL)",
    "CREATE TABLE muted_conversations (conversation_id INTEGER PRIMARY KEY)",
};

// Step 15, issue #11: the full-text index keeps which messages hold each trigram, not where
// (detail=none), no per-message token counts (columnsize=0: nothing ranks by them), and compares
// trigrams as stored (case_sensitive 1: both sides are folded by foldForSearch already). Writing
// a message's index rows costs about a third of what step 6's index did (docs/performance.md).
// A search then asks for every trigram of the folded text and keeps the messages whose folded
// text holds it (core/filter/filtersql.h, fullTextQuery), which is what the phrase found. The
// index is rebuilt from the folded copies.
const char *const step15[] = {
    "DROP TRIGGER messages_search_delete",
    "DROP TABLE message_search",
    "CREATE VIRTUAL TABLE message_search USING fts5(search_text, content='messages',"
    " content_rowid='id', tokenize='trigram case_sensitive 1', detail=none, columnsize=0)",
    "CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO message_search (message_search, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text); END",
};

// Step 15's fill: any row still without a folded copy is folded, then the new index is built.
bool foldAndRebuild(QSqlDatabase &db, QString *error)
{
    if (!foldStoredMessages(db, error))
        return false;
    QSqlQuery rebuild(db);
    if (!rebuild.exec(
            QStringLiteral("INSERT INTO message_search (message_search) VALUES ('rebuild')"))) {
        *error = rebuild.lastError().text();
        return false;
    }
    return true;
}

// Step 16, issue #14 item 7: a template's header, footer and buttons (Parley's JSON,
// core/protocol/templatecomponentcodec.h) and the channel whose account holds it, as on the hub.
// Older rows read as body-only until the hub sends them again. Like steps 8 to 15 it ends with the
// fold and index rebuilt: the last step of a run does, so rows an older writer left without a
// search row are found after it (a mirror several versions behind still reindexes once).
const char *const step16[] = {
    "ALTER TABLE templates ADD COLUMN components TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE templates ADD COLUMN channel_id INTEGER NOT NULL DEFAULT 0",
};

struct Step {
    const char *const *statements;
    int count;
    // Names tables of the local store (core/mirror/localstore.h), attached first when the
    // connection does not have it yet.
    bool usesLocalStore = false;
    // Work SQL cannot do, run after the statements in the same transaction.
    bool (*fill)(QSqlDatabase &db, QString *error) = nullptr;
};

template <int N>
Step step(const char *const (&statements)[N], bool (*fill)(QSqlDatabase &, QString *) = nullptr)
{
    return {statements, N, false, fill};
}

template <int N> Step localStep(const char *const (&statements)[N])
{
    return {statements, N, true, nullptr};
}

// Step 6 folds again what a version-5 file got without a folded copy (the index's update trigger
// keeps the index in step); step 7 does the same for any row still without one (one scan, once).
const Step steps[] = {step(step1),
                      step(step2),
                      step(step3),
                      step(step4),
                      step(step5, foldStoredMessages),
                      step(step6, foldStoredMessages),
                      localStep(step7),
                      step(step8, foldAndReindex),
                      step(step9, foldAndReindex),
                      step(step10, foldAndReindex),
                      step(step11),
                      step(step12, foldAndReindex),
                      step(step13, foldAndReindex),
                      step(step14, foldAndReindex),
                      step(step15, foldAndRebuild),
                      step(step16, foldAndRebuild)};

// Whether a later step of this run (before `target`) does the same fill: a mirror several
// versions behind then folds and reindexes once, at that later step, not once per step.
bool fillRepeatedLater(int version, int target)
{
    for (int later = version + 1; later < target; ++later) {
        if (steps[later].fill == steps[version].fill)
            return true;
        // Rebuilding the index folds and indexes every row: it covers the conditional reindex.
        if (steps[version].fill == foldAndReindex && steps[later].fill == foldAndRebuild)
            return true;
    }
    return false;
}

} // namespace

int latestMirrorVersion()
{
    return int(sizeof(steps) / sizeof(steps[0]));
}

int mirrorVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool migrateMirror(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestMirrorVersion();
    int version = mirrorVersion(db);
    if (version < 0) {
        *error = sqlFailure(lcMirror(), db.lastError());
        return false;
    }
    if (version > latestMirrorVersion()) {
        *error = QStringLiteral("the mirror has version %1; this Parley knows up to %2")
                     .arg(version)
                     .arg(latestMirrorVersion());
        return false;
    }
    for (; version < target; ++version) {
        const Step &next = steps[version];
        if (next.usesLocalStore && !localStoreAttached(db) &&
            attachLocalStore(db, db.databaseName(), error) != LocalStoreStatus::Ok)
            return false;
        // Two connections (the UI's and the sync worker's) may open a new file at once: take the
        // write lock, then read the version again, so that each step runs once.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = sqlFailure(lcMirror(), query.lastError());
            return false;
        }
        const int now = mirrorVersion(db);
        if (now > version) {
            db.commit();
            version = now - 1;
            continue;
        }
        QStringList statements;
        for (int i = 0; i < next.count; ++i)
            statements.append(QString::fromLatin1(next.statements[i]));
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("migration to version %1 failed: %2")
                             .arg(version + 1)
                             .arg(sqlFailure(lcMirror(), query.lastError(), statement));
                db.rollback();
                return false;
            }
        }
        if (next.fill && !fillRepeatedLater(version, target) && !next.fill(db, error)) {
            *error =
                QStringLiteral("migration to version %1 failed: %2").arg(version + 1).arg(*error);
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = sqlFailure(lcMirror(), db.lastError());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace parley
