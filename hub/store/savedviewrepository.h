#pragma once

#include "core/protocol/savedviewtypes.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// The saved views the hub keeps per agent (issue #12, docs/api.md "Saved views").
class SavedViewRepository {
public:
    explicit SavedViewRepository(HubDatabase &db) : m_db(db) {}

    // What `agentId` sees: its own views in its order, then the views others shared, by name.
    QList<SavedView> visibleTo(Id agentId);
    // Every view, for the stream's snapshot (the feed keeps each agent's own and the shared).
    QList<SavedView> all();
    // The owner's own views, in its order.
    QList<SavedView> ownedBy(Id ownerId);
    int countOwnedBy(Id ownerId);
    std::optional<SavedView> byId(Id id);
    std::optional<SavedView> byClientKey(Id ownerId, const QString &clientKey);
    // Appends after the owner's last view; returns the new id, 0 when the store failed.
    Id add(const SavedView &view, const QString &clientKey, TimestampMs now);
    bool save(const SavedView &view);
    bool remove(Id id);

private:
    QList<SavedView> read(QSqlQuery &query);

    HubDatabase &m_db;
};

} // namespace parley::hub
