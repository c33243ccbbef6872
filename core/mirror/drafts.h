#pragma once

#include "core/domain/ids.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace parley {

// Replies being written, one per conversation, kept in the mirror so that a half-written answer
// neither follows the agent to the next customer nor disappears with a restart. Only this
// desktop knows them; the hub never sees a draft.
class Drafts {
public:
    explicit Drafts(QSqlDatabase db) : m_db(db) {}

    QString text(Id conversationId);
    // An empty (or blank) text removes the draft.
    bool save(Id conversationId, const QString &text);
    // Every draft by conversation: the list shows "Draft:" on their rows.
    QHash<Id, QString> all();

private:
    QSqlDatabase m_db;
};

} // namespace parley
