#pragma once

#include "core/domain/message.h"
#include "core/mirror/mirror.h"
#include "core/mirror/referenceapplier.h"
#include "core/mirror/triageapplier.h"
#include "core/storage/sqlitestatement.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>

namespace parley {

// Turns hub events into upserts on the mirror: conversations and messages (with their
// full-text rows) here, reference data and tickets/labels through the appliers it hands those
// to. Statements are prepared once per connection: preparing per event would cost more than the
// insert itself at sync rates. Must be destroyed before the connection closes (its
// SqliteStatements hold SQLite statements on it).
class EventApplier {
public:
    explicit EventApplier(QSqlDatabase db);

    bool prepare(QString *error);
    // Applies one event inside the caller's transaction.
    bool apply(const Event &event, MirrorChanges *changes, QString *error);
    // Writes the full-text rows of the batch's new or re-worded messages in one statement, so
    // FTS5 adds one segment per batch instead of one per message (docs/performance.md). A bulk
    // batch (a sync page, snapshot frames, older history: bulkBatchEvents or more) leaves them
    // in the search backlog until it holds backlogLimit messages, which are then indexed
    // together (step 17); a smaller batch indexes the backlog with its own. Call once after the
    // batch's events, inside the same transaction; a rollback must be followed by
    // discardBatch().
    bool finishBatch(QString *error);
    void discardBatch()
    {
        m_toIndex.clear();
        m_toIndexSet.clear(); // else a retried batch's messages would never be indexed
        m_batchEvents = 0;
    }
    // Indexes every message of the search backlog, inside the caller's transaction.
    bool indexBacklog(QString *error);
    // Indexes the names and numbers of the conversations added or renamed since the last call
    // (mirror step 18's backlog, filled by triggers): one FTS5 segment per batch. finishBatch()
    // and indexBacklog() call it.
    bool indexNames(QString *error);

    static constexpr int bulkBatchEvents = 500;
    static constexpr qint64 backlogLimit = 10000;

private:
    bool writeMessage(const Message &m, MirrorChanges *changes, QString *error);
    bool inBacklog(Id id, bool *waiting, QString *error);

    QSqlDatabase m_db;
    SqliteStatement m_upsertConversation;
    SqliteStatement m_insertMessage;
    SqliteStatement m_updateMessage;
    QSqlQuery m_messageSearchText;
    QSqlQuery m_unindexMessage;
    QSqlQuery m_indexMessages;
    QSqlQuery m_backlogSize;
    QSqlQuery m_inBacklog;
    QSqlQuery m_addToBacklog;
    QSqlQuery m_indexBacklog;
    QSqlQuery m_clearBacklog;
    QSqlQuery m_indexNames;
    QSqlQuery m_clearNames;
    int m_batchEvents = 0;
    // Messages of this batch whose full-text row is still to be written, by finishBatch().
    QList<Id> m_toIndex;
    QSet<Id> m_toIndexSet;
    QSqlQuery m_settleOutbox;
    QSqlQuery m_dropConversationMessages;
    QSqlQuery m_dropConversation;
    ReferenceApplier m_reference;
    TriageApplier m_triage;
};

} // namespace parley
