#pragma once

#include "core/protocol/events.h"
#include "core/protocol/savedviewtypes.h"

#include <QList>
#include <QSqlDatabase>

namespace parley {

// The mirror's copy of the saved views the hub keeps for this agent (issue #12): its own and
// the ones an admin shared with the team. Written only from the hub's saved_view.* events (the
// hub sends each agent only what it may see), so every desktop of the agent shows the same
// views and a rebuilt mirror gets them back from the hub.
//
// Use it on the thread that owns the connection, like the Mirror itself.
class HubSavedViews {
public:
    explicit HubSavedViews(QSqlDatabase db) : m_db(std::move(db)) {}

    // `me`'s own views in its order, then those others shared, by name. Empty on error.
    QList<SavedView> list(Id me);
    // Applies a saved_view.updated or saved_view.deleted inside the caller's transaction.
    bool apply(const Event &event, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace parley
