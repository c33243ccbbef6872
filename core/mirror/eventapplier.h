#pragma once

#include "core/domain/message.h"
#include "core/mirror/mirror.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>

namespace parley {

// Turns hub events into upserts on the mirror. Statements are prepared once per connection:
// preparing per event would cost more than the insert itself at sync rates.
class EventApplier {
public:
    explicit EventApplier(QSqlDatabase db);

    bool prepare(QString *error);
    // Applies one event inside the caller's transaction.
    bool apply(const Event &event, MirrorChanges *changes, QString *error);
    // Writes the full-text rows of the batch's new or re-worded messages in one statement, so
    // FTS5 adds one segment per batch instead of one per message (docs/performance.md). Call
    // once after the batch's events, inside the same transaction; a rollback must be followed
    // by discardBatch().
    bool finishBatch(QString *error);
    void discardBatch() { m_toIndex.clear(); }

private:
    bool exec(QSqlQuery &query, QString *error);
    bool writeMessage(const Message &m, MirrorChanges *changes, QString *error);

    QSqlDatabase m_db;
    QSqlQuery m_upsertConversation;
    QSqlQuery m_insertMessage;
    QSqlQuery m_updateMessage;
    QSqlQuery m_messageSearchText;
    QSqlQuery m_unindexMessage;
    QSqlQuery m_indexMessages;
    // Messages of this batch whose full-text row is still to be written, by finishBatch().
    QList<Id> m_toIndex;
    QSet<Id> m_toIndexSet;
    QSqlQuery m_settleOutbox;
    QSqlQuery m_upsertAgent;
    QSqlQuery m_upsertChannel;
    QSqlQuery m_upsertRecord;
    QSqlQuery m_deleteRecord;
    QSqlQuery m_upsertPredefinedText;
    QSqlQuery m_deletePredefinedText;
    QSqlQuery m_upsertTemplate;
    QSqlQuery m_upsertActivity;
    QSqlQuery m_upsertTicket;
    QSqlQuery m_insertTicketComment;
    QSqlQuery m_dropConversationMessages;
    QSqlQuery m_dropConversation;
    QSqlQuery m_upsertLabel;
    QSqlQuery m_deleteLabel;
    QSqlQuery m_deleteTemplate;
};

} // namespace parley
