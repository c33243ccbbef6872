#pragma once

#include "core/protocol/savedviewtypes.h"
#include "hub/service/conversationservice.h"

namespace parley::hub {

// Saved views kept per agent (issue #12, docs/api.md "Saved views"): every desktop of the agent
// shows the same views, and a rebuilt mirror gets them back. A view is its owner's; an admin may
// share one of theirs with the team, and admins may then change it, everyone else only use it.
// Every change is one transaction with its saved_view.* events, which reach only the agents who
// may see the view (core/rules/savedviewrules.h).
class SavedViewService {
public:
    explicit SavedViewService(HubContext &context) : m_ctx(context) {}

    CommandResult list(const Agent &agent);
    // 201 with the new view; 200 with the earlier one when `clientKey` was used already.
    CommandResult create(const Agent &agent, const SavedViewChange &change);
    CommandResult update(const Agent &agent, Id id, const SavedViewChange &change);
    CommandResult remove(const Agent &agent, Id id);

private:
    // The view as `agent` may change it: 404 for one it cannot see, 403 for a shared view it
    // may only use.
    std::optional<CommandResult> refuseAccess(const Agent &agent,
                                              const std::optional<SavedView> &view, Id id);
    std::optional<CommandResult> refuseContent(const SavedViewChange &change);
    // Moves `view` to `position` among its owner's views; every view whose place changed gets
    // its saved_view.updated. Inside the caller's transaction.
    bool reorder(const SavedView &view, int position);

    HubContext &m_ctx;
};

} // namespace parley::hub
