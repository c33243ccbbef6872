#pragma once

#include "core/protocol/savedviewtypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// Saved views kept by the hub, typed (docs/api.md "Saved views"). Not through the outbox: a
// view saved offline is refused at once (hub_unreachable), as triage is, rather than queued,
// because the sidebar shows the hub's views and a queued one could still be refused later
// (the per-agent cap, a shared view changed meanwhile) after the agent moved on. Each change
// also comes back as a saved_view.* event to every desktop of the agent.
class SavedViewsApi {
public:
    explicit SavedViewsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    void list(HubCallback<QList<SavedView>> done) const;
    // `change` holds a name and a filter (and, uploading a local view, its client key).
    void create(const SavedViewChange &change, HubCallback<SavedView> done) const;
    void update(Id id, const SavedViewChange &change, HubCallback<SavedView> done) const;
    void remove(Id id, HubCallback<Done> done) const;

private:
    HubApi m_api;
};

} // namespace parley
