#include "hub/service/savedviewservice.h"

#include "core/rules/savedviewrules.h"
#include "hub/service/conversationservice.h"
#include "hub/store/savedviewrepository.h"

#include <QJsonArray>

#include <algorithm>

namespace parley::hub {
namespace {

CommandResult notFound(Id id)
{
    return CommandResult::failure(404, QStringLiteral("not_found"),
                                  QStringLiteral("There is no saved view %1.").arg(id));
}

QJsonObject viewBody(const SavedView &view)
{
    return {{QStringLiteral("saved_view"), toJson(view)}};
}

} // namespace

CommandResult SavedViewService::list(const Agent &agent)
{
    QJsonArray views;
    for (const SavedView &view : SavedViewRepository(m_ctx.db).visibleTo(agent.id))
        views.append(toJson(view));
    return CommandResult::success({{QStringLiteral("saved_views"), views}});
}

std::optional<CommandResult> SavedViewService::refuseContent(const SavedViewChange &change)
{
    if (change.name) {
        const QString name = change.name->trimmed();
        if (name.isEmpty() || name.size() > maxSavedViewName)
            return CommandResult::failure(
                400, QStringLiteral("saved_view_name_invalid"),
                QStringLiteral("A view's name has 1 to %1 characters.").arg(maxSavedViewName));
    }
    // The same parser and checks the desktop runs (core/filter): a view that cannot run would
    // fail on every desktop, every time the sidebar counts it.
    if (!change.filterProblem.isEmpty())
        return CommandResult::failure(
            400, QStringLiteral("saved_view_filter_invalid"),
            QStringLiteral("The view's filter cannot be read: %1").arg(change.filterProblem));
    if (change.filter) {
        const RuleErrors errors = validate(*change.filter);
        if (!errors.isEmpty())
            return CommandResult::failure(
                400, QStringLiteral("saved_view_filter_invalid"),
                QStringLiteral("The view's filter cannot run: %1").arg(errors.first().message()));
    }
    return std::nullopt;
}

std::optional<CommandResult>
SavedViewService::refuseAccess(const Agent &agent, const std::optional<SavedView> &view, Id id)
{
    if (!view || (view->ownerId != agent.id && !view->shared))
        return notFound(id); // another agent's private view does not exist for this one
    if (view->ownerId != agent.id && agent.role != Role::Admin)
        return CommandResult::failure(
            403, QStringLiteral("saved_view_read_only"),
            QStringLiteral("A view shared with the team is changed by admins only."));
    return std::nullopt;
}

CommandResult SavedViewService::create(const Agent &agent, const SavedViewChange &change)
{
    if (!change.name || (!change.filter && change.filterProblem.isEmpty()))
        return CommandResult::failure(400, QStringLiteral("bad_request"),
                                      QStringLiteral("A view needs a name and a filter."));
    if (std::optional<CommandResult> refused = refuseContent(change))
        return *refused;
    if (change.shared.value_or(false) && agent.role != Role::Admin)
        return CommandResult::failure(403, QStringLiteral("forbidden_admin_only"),
                                      QStringLiteral("Only admins share views with the team."));
    SavedViewRepository views(m_ctx.db);
    if (!change.clientKey.isEmpty()) {
        if (const std::optional<SavedView> earlier = views.byClientKey(agent.id, change.clientKey))
            return CommandResult::success(viewBody(*earlier));
    }
    Transaction transaction(m_ctx.db);
    if (views.countOwnedBy(agent.id) >= maxSavedViewsPerAgent)
        return CommandResult::failure(
            409, QStringLiteral("saved_view_limit"),
            QStringLiteral("An agent keeps at most %1 views; delete one first.")
                .arg(maxSavedViewsPerAgent));
    SavedView view;
    view.ownerId = agent.id;
    view.name = change.name->trimmed();
    view.filter = *change.filter;
    view.shared = change.shared.value_or(false);
    view.id = views.add(view, change.clientKey, m_ctx.now());
    if (view.id == 0)
        return storeFailure();
    const std::optional<SavedView> stored = views.byId(view.id);
    if (!stored ||
        !m_ctx.events.append(EventType::SavedViewUpdated, toJson(*stored), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success(viewBody(*stored), 201);
}

bool SavedViewService::reorder(const SavedView &view, int position)
{
    SavedViewRepository views(m_ctx.db);
    QList<SavedView> order = views.ownedBy(view.ownerId);
    const auto at = std::find_if(order.begin(), order.end(),
                                 [&view](const SavedView &each) { return each.id == view.id; });
    if (at == order.end())
        return false;
    order.erase(at);
    order.insert(qBound(0, position, int(order.size())), view);
    for (int i = 0; i < order.size(); ++i) {
        SavedView each = order.at(i);
        if (each.id != view.id && each.position == i)
            continue;
        each.position = i;
        if (!views.save(each) ||
            !m_ctx.events.append(EventType::SavedViewUpdated, toJson(each), m_ctx.now()))
            return false;
    }
    return true;
}

CommandResult SavedViewService::update(const Agent &agent, Id id, const SavedViewChange &change)
{
    if (change.isEmpty())
        return CommandResult::failure(
            400, QStringLiteral("bad_request"),
            QStringLiteral("Say what changes: name, filter, position or shared."));
    if (std::optional<CommandResult> refused = refuseContent(change))
        return *refused;
    SavedViewRepository views(m_ctx.db);
    const std::optional<SavedView> before = views.byId(id);
    if (std::optional<CommandResult> refused = refuseAccess(agent, before, id))
        return *refused;
    if (change.shared && *change.shared != before->shared && agent.role != Role::Admin)
        return CommandResult::failure(403, QStringLiteral("forbidden_admin_only"),
                                      QStringLiteral("Only admins share views with the team."));
    SavedView after = *before;
    if (change.name)
        after.name = change.name->trimmed();
    if (change.filter) {
        after.filter = *change.filter;
        after.problem.clear();
    }
    if (change.shared)
        after.shared = *change.shared;
    Transaction transaction(m_ctx.db);
    // Unshared: it leaves the other agents' desktops first; the owner's saved_view.updated
    // follows and keeps it there.
    if (before->shared && !after.shared &&
        !m_ctx.events.append(EventType::SavedViewDeleted,
                             toJson(SavedViewRemoval{id, before->ownerId, true, true}),
                             m_ctx.now()))
        return storeFailure();
    const bool moves = change.position && *change.position != before->position;
    if (moves ? !reorder(after, *change.position)
              : (!views.save(after) ||
                 !m_ctx.events.append(EventType::SavedViewUpdated, toJson(after), m_ctx.now())))
        return storeFailure();
    const std::optional<SavedView> stored = views.byId(id);
    if (!stored || !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success(viewBody(*stored));
}

CommandResult SavedViewService::remove(const Agent &agent, Id id)
{
    SavedViewRepository views(m_ctx.db);
    const std::optional<SavedView> view = views.byId(id);
    if (std::optional<CommandResult> refused = refuseAccess(agent, view, id))
        return *refused;
    Transaction transaction(m_ctx.db);
    if (!views.remove(id) ||
        !m_ctx.events.append(EventType::SavedViewDeleted,
                             toJson(SavedViewRemoval{id, view->ownerId, view->shared, false}),
                             m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("id"), id}});
}

} // namespace parley::hub
