// RecordService's activities: tasks, meetings, calls and appointments of a record (R3.5, R7.3).
#include "core/protocol/entitycodec.h"
#include "hub/service/recordservice.h"

#include <QJsonArray>

namespace parley::hub {
namespace {

CommandResult activityFailure(int status, const char *code, const QString &message)
{
    return CommandResult::failure(status, QLatin1String(code), message);
}

} // namespace

CommandResult RecordService::listActivities(const Agent &agent, Id recordId)
{
    if (!m_ctx.recordFor(agent, recordId))
        return activityFailure(404, "not_found",
                               QStringLiteral("There is no record %1.").arg(recordId));
    QJsonArray activities;
    for (const Activity &activity : m_ctx.records.activitiesOf(recordId))
        activities.append(toJson(activity));
    return CommandResult::success({{QStringLiteral("activities"), activities}});
}

CommandResult RecordService::createActivity(const Agent &agent, Id recordId, const Activity &input)
{
    const CommandResult refused = refuseViewer(agent);
    if (!refused.ok())
        return refused;
    if (!m_ctx.recordFor(agent, recordId))
        return activityFailure(404, "not_found",
                               QStringLiteral("There is no record %1.").arg(recordId));
    if (input.title.trimmed().isEmpty())
        return activityFailure(400, "activity_title_required",
                               QStringLiteral("An activity needs a title."));
    if (input.conversationId > 0 && !m_ctx.conversationFor(agent, input.conversationId))
        return activityFailure(
            404, "not_found",
            QStringLiteral("There is no conversation %1.").arg(input.conversationId));
    if (input.ownerId > 0 && !m_ctx.agents.byId(input.ownerId))
        return activityFailure(400, "owner_unknown",
                               QStringLiteral("There is no agent %1.").arg(input.ownerId));
    Activity activity = input;
    activity.title = input.title.trimmed();
    activity.recordId = recordId;
    activity.ownerId = input.ownerId > 0 ? input.ownerId : agent.id;
    activity.createdBy = agent.id;
    activity.createdAt = activity.updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    activity.id = m_ctx.records.insertActivity(activity);
    if (activity.id == 0 ||
        !m_ctx.events.append(EventType::ActivityUpdated, toJson(activity), m_ctx.now()) ||
        !transaction.commit())
        return activityFailure(500, "store_failed",
                               QStringLiteral("The hub could not save the change."));
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("activity"), toJson(activity)}}, 201);
}

CommandResult RecordService::updateActivity(const Agent &agent, Id id, const ActivityChange &change)
{
    const CommandResult refused = refuseViewer(agent);
    if (!refused.ok())
        return refused;
    std::optional<Activity> activity = m_ctx.records.activityById(id);
    if (!activity || (activity->ownerId != agent.id && !m_ctx.recordFor(agent, activity->recordId)))
        return activityFailure(404, "not_found",
                               QStringLiteral("There is no activity %1.").arg(id));
    if (change.title && change.title->trimmed().isEmpty())
        return activityFailure(400, "activity_title_required",
                               QStringLiteral("An activity needs a title."));
    if (change.ownerId && *change.ownerId > 0 && !m_ctx.agents.byId(*change.ownerId))
        return activityFailure(400, "owner_unknown",
                               QStringLiteral("There is no agent %1.").arg(*change.ownerId));
    if (change.title)
        activity->title = change.title->trimmed();
    if (change.dueAt)
        activity->dueAt = *change.dueAt;
    if (change.done)
        activity->done = *change.done;
    if (change.ownerId && *change.ownerId > 0)
        activity->ownerId = *change.ownerId;
    activity->updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    if (!m_ctx.records.saveActivity(*activity) ||
        !m_ctx.events.append(EventType::ActivityUpdated, toJson(*activity), m_ctx.now()) ||
        !transaction.commit())
        return activityFailure(500, "store_failed",
                               QStringLiteral("The hub could not save the change."));
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("activity"), toJson(*activity)}});
}

} // namespace parley::hub
