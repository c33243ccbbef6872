#pragma once

#include "core/mirror/mirror.h"
#include "core/storage/sqlitestatement.h"

#include <QSqlQuery>

namespace parley {

// The events of a team's reference data, for EventApplier: agents, channels, records and their
// activities, predefined texts and templates. Each is an upsert of the entity's whole state
// (or a deletion by id). Must be destroyed before the connection closes (a SqliteStatement).
class ReferenceApplier {
public:
    explicit ReferenceApplier(QSqlDatabase db) : m_db(db) {}

    bool prepare(QString *error);
    static bool handles(const QString &type);
    // Applies one event of a type it handles, inside the caller's transaction.
    bool apply(const Event &event, MirrorChanges *changes, QString *error);

private:
    QSqlDatabase m_db;
    QSqlQuery m_upsertAgent;
    QSqlQuery m_upsertChannel;
    SqliteStatement m_upsertRecord; // must go before the connection closes (EventApplier's)
    QSqlQuery m_deleteRecord;
    QSqlQuery m_upsertPredefinedText;
    QSqlQuery m_deletePredefinedText;
    QSqlQuery m_upsertTemplate;
    QSqlQuery m_deleteTemplate;
    QSqlQuery m_upsertActivity;
};

} // namespace parley
