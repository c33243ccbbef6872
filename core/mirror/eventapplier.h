#pragma once

#include "core/mirror/mirror.h"

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

private:
    bool exec(QSqlQuery &query, QString *error);

    QSqlDatabase m_db;
    QSqlQuery m_upsertConversation;
    QSqlQuery m_upsertMessage;
    QSqlQuery m_settleOutbox;
    QSqlQuery m_upsertAgent;
    QSqlQuery m_upsertChannel;
    QSqlQuery m_upsertRecord;
    QSqlQuery m_deleteRecord;
    QSqlQuery m_upsertPredefinedText;
    QSqlQuery m_deletePredefinedText;
    QSqlQuery m_upsertTemplate;
    QSqlQuery m_upsertActivity;
    QSqlQuery m_dropConversationMessages;
    QSqlQuery m_dropConversation;
};

} // namespace parley
