#pragma once

#include "core/mirror/mirror.h"

#include <QSqlQuery>

namespace parley {

// The events of help-desk tickets (R3.6) and triage labels (issue #12), for EventApplier:
// tickets and their comments, and the labels admins define.
class TriageApplier {
public:
    explicit TriageApplier(QSqlDatabase db) : m_db(db) {}

    bool prepare(QString *error);
    static bool handles(const QString &type);
    // Applies one event of a type it handles, inside the caller's transaction.
    bool apply(const Event &event, MirrorChanges *changes, QString *error);

private:
    QSqlDatabase m_db;
    QSqlQuery m_upsertTicket;
    QSqlQuery m_insertTicketComment;
    QSqlQuery m_upsertLabel;
    QSqlQuery m_deleteLabel;
};

} // namespace parley
