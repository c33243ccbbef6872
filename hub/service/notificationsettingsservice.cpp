#include "hub/service/notificationsettingsservice.h"

#include "hub/store/notificationsettingsrepository.h"

namespace parley::hub {
namespace {

CommandResult answer(const NotificationSettings &settings)
{
    return CommandResult::success({{QStringLiteral("settings"), toJson(settings)}});
}

} // namespace

CommandResult NotificationSettingsService::settings(const Agent &agent)
{
    return answer(NotificationSettingsRepository(m_ctx.db).of(agent.id));
}

CommandResult NotificationSettingsService::publish(const Agent &agent,
                                                   const std::function<bool()> &change)
{
    Transaction transaction(m_ctx.db);
    if (!change())
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The hub could not save the change."));
    const NotificationSettings now = NotificationSettingsRepository(m_ctx.db).of(agent.id);
    if (!m_ctx.events.append(EventType::NotificationSettingsUpdated, toJson(now), m_ctx.now()) ||
        !transaction.commit())
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The hub could not save the change."));
    m_ctx.eventsCommitted();
    return answer(now);
}

CommandResult NotificationSettingsService::setChoice(const Agent &agent, NotifyChoice choice)
{
    NotificationSettingsRepository settings(m_ctx.db);
    if (settings.of(agent.id).notify == choice)
        return answer(settings.of(agent.id)); // nothing changed: no event
    return publish(agent, [&] { return settings.setChoice(agent.id, choice); });
}

CommandResult NotificationSettingsService::setMuted(const Agent &agent, Id conversationId,
                                                    bool muted)
{
    if (!m_ctx.conversationFor(agent, conversationId))
        return CommandResult::failure(
            404, QStringLiteral("not_found"),
            QStringLiteral("There is no conversation %1.").arg(conversationId));
    NotificationSettingsRepository settings(m_ctx.db);
    const NotificationSettings before = settings.of(agent.id);
    if (before.muted.contains(conversationId) == muted)
        return answer(before);
    if (muted && before.muted.size() >= maxMutedConversations)
        return CommandResult::failure(
            409, QStringLiteral("too_many_mutes"),
            QStringLiteral("An agent mutes at most %1 conversations; unmute one first.")
                .arg(maxMutedConversations));
    return publish(agent, [&] { return settings.setMuted(agent.id, conversationId, muted); });
}

} // namespace parley::hub
