// The mirror's schema steps for full-text search: the index over the messages, the folded copy
// it reads, and the fills that fold and index the rows already stored.
#include "core/mirror/mirrorschemasteps.h"

#include "core/mirror/searchfold.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parley::mirrorsteps {

// Step 2: full-text search. The trigram tokenizer finds substrings in every script, Chinese and
// Japanese included, which unicode61 cannot split. The index holds no copy of the text
// (content=messages); triggers keep it in step, and 'rebuild' indexes what step 1 stored.
QStringList rawTextSearchStep()
{
    return {
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
}

// Step 5: drafts (one reply being written per conversation) and the folded copy of each
// message that search compares (core/mirror/searchfold.h), filled from code for the messages
// already stored.
QStringList draftsAndFoldedTextStep()
{
    return {
        "CREATE TABLE drafts (conversation_id INTEGER PRIMARY KEY, text TEXT NOT NULL,"
        " updated_at INTEGER NOT NULL DEFAULT 0)",
        "ALTER TABLE messages ADD COLUMN search_text TEXT NOT NULL DEFAULT ''",
    };
}

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
QStringList foldedSearchStep()
{
    return {
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
}

// Step 8: messages reach the full-text index from code, one statement per applied batch
// (EventApplier::finishBatch), instead of through triggers that made FTS5 write a segment per
// message. The delete trigger stays: nothing in the applier deletes messages, but anything
// that does keeps the index in step.
QStringList searchFromCodeStep()
{
    return {
        "DROP TRIGGER messages_search_insert",
        "DROP TRIGGER messages_search_update",
    };
}

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

// Step 15, issue #11: the full-text index keeps which messages hold each trigram, not where
// (detail=none), no per-message token counts (columnsize=0: nothing ranks by them), and compares
// trigrams as stored (case_sensitive 1: both sides are folded by foldForSearch already). Writing
// a message's index rows costs about a third of what step 6's index did (docs/performance.md).
// A search then asks for every trigram of the folded text and keeps the messages whose folded
// text holds it (core/filter/filtersql.h, fullTextQuery), which is what the phrase found. The
// index is rebuilt from the folded copies.
QStringList compactSearchStep()
{
    return {
        "DROP TRIGGER messages_search_delete",
        "DROP TABLE message_search",
        "CREATE VIRTUAL TABLE message_search USING fts5(search_text, content='messages',"
        " content_rowid='id', tokenize='trigram case_sensitive 1', detail=none, columnsize=0)",
        "CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
        " INSERT INTO message_search (message_search, rowid, search_text)"
        " VALUES ('delete', old.id, old.search_text); END",
    };
}

// Step 17, issue #11: new messages of a bulk batch (a first sync's pages, snapshot frames, older
// history) wait in search_backlog and reach the index 10,000 at a time
// (EventApplier::finishBatch): FTS5 then writes one segment per 10,000 messages instead of one
// per batch, and merges a tenth as often; search reads the waiting ones from their rows
// (newestSearchHitsSql), so it finds the same messages meanwhile. A message deleted while it
// waits leaves the backlog instead of the index. The index merges 16 segments of a level at a
// time instead of 4 (automerge; crisismerge as far above it as the default is above 4): each
// message's entries are then rewritten about half as often as the index grows to a million
// messages, for more segments per search (docs/performance.md, "apply_rate, session 9"). Like
// steps 8 to 16 it ends with the fold and index rebuilt when an older writer left rows without a
// folded copy (the backlog is empty then: a later step that rebuilds must empty it too).
QStringList searchBacklogStep()
{
    return {
        "CREATE TABLE search_backlog (id INTEGER PRIMARY KEY)",
        "DROP TRIGGER messages_search_delete",
        "CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
        " INSERT INTO message_search (message_search, rowid, search_text)"
        " SELECT 'delete', old.id, old.search_text"
        " WHERE NOT EXISTS (SELECT 1 FROM search_backlog WHERE id = old.id);"
        " DELETE FROM search_backlog WHERE id = old.id; END",
        "INSERT INTO message_search (message_search, rank) VALUES ('automerge', 16)",
        "INSERT INTO message_search (message_search, rank) VALUES ('crisismerge', 64)",
    };
}

// Step 18, issue #11: customer names and numbers get a trigram index of their own, so that a
// search starts from the conversations it finds instead of testing every conversation's name
// and number with LIKE (13-20 ms at 100,000 conversations, docs/performance.md). The index
// compares ASCII letters without case (case_sensitive 0), as LIKE does; it only proposes
// candidates, each checked with the LIKE itself (core/filter/filtersql.cpp), so folding other
// letters too only adds candidates. It keeps its own copy of the two columns (a few MB), so a
// row leaves it by rowid alone, whatever state it is in. New conversations wait in
// conversation_search_backlog (the insert trigger) and reach the index once per applied batch
// (EventApplier::finishBatch): FTS5 writes a segment per statement that changes it, and a first
// sync inserts 100,000 conversations. A rename leaves the index at once (renames are rare) and
// waits for the batch too; search reads the waiting rows with LIKE, so it finds them meanwhile.
// The conversations stored before the step are indexed here.
QStringList nameSearchStep()
{
    return {
        "CREATE VIRTUAL TABLE conversation_search USING fts5(customer_name, customer_number,"
        " tokenize='trigram case_sensitive 0', detail=none, columnsize=0)",
        "CREATE TABLE conversation_search_backlog (id INTEGER PRIMARY KEY)",
        "CREATE TRIGGER conversations_search_insert AFTER INSERT ON conversations BEGIN"
        " INSERT OR IGNORE INTO conversation_search_backlog (id) VALUES (new.id); END",
        "CREATE TRIGGER conversations_search_update AFTER UPDATE OF id, customer_name,"
        " customer_number ON conversations WHEN old.id IS NOT new.id"
        " OR old.customer_name IS NOT new.customer_name"
        " OR old.customer_number IS NOT new.customer_number BEGIN"
        " DELETE FROM conversation_search WHERE rowid = old.id;"
        " DELETE FROM conversation_search_backlog WHERE id = old.id;"
        " INSERT OR IGNORE INTO conversation_search_backlog (id) VALUES (new.id); END",
        "CREATE TRIGGER conversations_search_delete AFTER DELETE ON conversations BEGIN"
        " DELETE FROM conversation_search WHERE rowid = old.id;"
        " DELETE FROM conversation_search_backlog WHERE id = old.id; END",
        "INSERT INTO conversation_search (rowid, customer_name, customer_number)"
        " SELECT id, customer_name, customer_number FROM conversations ORDER BY id",
    };
}

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

} // namespace parley::mirrorsteps
