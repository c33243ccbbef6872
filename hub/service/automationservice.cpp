#include "hub/service/automationservice.h"

#include "core/protocol/isotime.h"
#include "hub/store/labelrepository.h"

namespace parley::hub {
namespace {

QJsonValue timeOrNull(TimestampMs ms)
{
    return ms > 0 ? QJsonValue(toIsoUtc(ms)) : QJsonValue();
}

CommandResult invalid(const QString &code, const QString &message)
{
    return CommandResult::failure(400, code, message);
}

// Two automations that would do the same thing at the same moment.
bool sameRule(const Automation &a, const Automation &b)
{
    return a.trigger == b.trigger && (!triggerIsAboutRecords(a.trigger) || a.module == b.module) &&
           a.conditions == b.conditions && a.waitHours == b.waitHours && a.action == b.action &&
           a.templateId == b.templateId && a.channelId == b.channelId && a.agentId == b.agentId &&
           a.teamId == b.teamId && a.labelId == b.labelId;
}

QJsonObject runJson(const AutomationRun &run)
{
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("automation_id"), run.automationId},
            {QStringLiteral("automation_name"), run.automationName},
            {QStringLiteral("trigger"), automationTriggerName(run.trigger)},
            {QStringLiteral("target_kind"), run.targetKind},
            {QStringLiteral("target_id"), run.targetId},
            {QStringLiteral("outcome"), automationOutcomeName(run.outcome)},
            {QStringLiteral("reason"), run.reason},
            {QStringLiteral("detail"), run.detail},
            {QStringLiteral("depth"), run.depth},
            {QStringLiteral("ran_at"), timeOrNull(run.ranAt)},
            {QStringLiteral("target_name"), run.targetName},
            {QStringLiteral("agent_id"), run.agentId},
            {QStringLiteral("agent_name"), run.agentName}};
}

} // namespace

QJsonObject AutomationService::toJson(const Automation &a)
{
    QJsonObject json = parley::toJson(a);
    json.insert(QStringLiteral("id"), a.id);
    json.insert(QStringLiteral("module"),
                triggerIsAboutRecords(a.trigger) ? QJsonValue(moduleName(a.module)) : QJsonValue());
    json.insert(QStringLiteral("wait_hours"), a.waitHours);
    for (const auto &[key, value] :
         {std::pair{"template_id", a.templateId}, std::pair{"channel_id", a.channelId},
          std::pair{"agent_id", a.agentId}, std::pair{"team_id", a.teamId},
          std::pair{"label_id", a.labelId}})
        json.insert(QLatin1String(key), value);
    json.insert(QStringLiteral("created_by"), a.createdBy);
    json.insert(QStringLiteral("created_at"), timeOrNull(a.createdAt));
    json.insert(QStringLiteral("sent_count"), a.sentCount);
    json.insert(QStringLiteral("last_run_at"), timeOrNull(a.lastRunAt));
    json.insert(QStringLiteral("last_error"), a.lastError);
    return json;
}

CommandResult AutomationService::list()
{
    bool ok = false;
    const QList<Automation> all = m_repository.all(&ok);
    if (!ok)
        return storeFailure();
    QJsonArray automations;
    for (const Automation &a : all)
        automations.append(toJson(a));
    return CommandResult::success({{QStringLiteral("automations"), automations}});
}

std::optional<CommandResult> AutomationService::refuse(const Automation &input)
{
    const bool aboutRecords = triggerIsAboutRecords(input.trigger);
    // R6.5: messages go only to leads and contacts, and only they have conversations.
    if (aboutRecords && input.module != Module::Leads && input.module != Module::Contacts)
        return invalid(QStringLiteral("automation_module_invalid"),
                       QStringLiteral("Automations act on leads or contacts only."));
    if (const QString code = conditionsProblem(input.trigger, input.conditions); !code.isEmpty())
        return invalid(code, code == QLatin1String("automation_condition_needs_update")
                                 ? QStringLiteral("\"changes to\" and \"changed\" need a record "
                                                  "update.")
                                 : QStringLiteral("Each condition needs a field and, to compare, "
                                                  "a value (at most %1 of them).")
                                       .arg(maxAutomationConditions));
    if (const QString code = waitProblem(input.trigger, input.waitHours); !code.isEmpty())
        return invalid(code, QStringLiteral("No reply waits %1 to %2 hours; other triggers do "
                                            "not wait.")
                                 .arg(minNoReplyHours)
                                 .arg(maxNoReplyHours));
    switch (input.action) {
    case AutomationAction::SendTemplate: {
        if (input.templateId <= 0 || (aboutRecords && input.channelId <= 0))
            return invalid(QStringLiteral("automation_target_missing"),
                           QStringLiteral("Sending needs a template and, from a record, the "
                                          "number it is sent from."));
        CommandResult refusal;
        const std::optional<MessageTemplate> t =
            m_templates.sendableTemplate(input.templateId, &refusal);
        if (!t)
            return refusal;
        if (aboutRecords && t->module != input.module)
            return CommandResult::failure(
                422, QStringLiteral("automation_template_module_mismatch"),
                QStringLiteral("The template %1 is for %2, not %3.")
                    .arg(t->name, moduleName(t->module), moduleName(input.module)));
        if (aboutRecords) {
            const std::optional<ChannelConfig> channel = m_ctx.channels.byId(input.channelId);
            if (!channel)
                return CommandResult::failure(
                    404, QStringLiteral("not_found"),
                    QStringLiteral("There is no channel %1.").arg(input.channelId));
            if (channel->channel.status != ChannelStatus::Connected)
                return CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                              QStringLiteral("This channel is not active."));
        }
        break;
    }
    case AutomationAction::Assign: {
        if (input.agentId <= 0 && input.teamId <= 0)
            return invalid(QStringLiteral("automation_target_missing"),
                           QStringLiteral("Assigning needs an agent or a team."));
        const std::optional<Agent> agent =
            input.agentId > 0 ? m_ctx.agents.byId(input.agentId) : std::nullopt;
        if ((input.agentId > 0 && (!agent || !agent->active)) ||
            (input.teamId > 0 && !m_ctx.agents.groupById(input.teamId)))
            return invalid(QStringLiteral("automation_target_unknown"),
                           QStringLiteral("There is no such active agent or team."));
        break;
    }
    case AutomationAction::Label:
        if (input.labelId <= 0)
            return invalid(QStringLiteral("automation_target_missing"),
                           QStringLiteral("Labelling needs a label."));
        if (!LabelRepository(m_ctx.db).byId(input.labelId))
            return invalid(QStringLiteral("automation_target_unknown"),
                           QStringLiteral("There is no label %1.").arg(input.labelId));
        break;
    case AutomationAction::Close:
        break;
    }
    return std::nullopt;
}

CommandResult AutomationService::create(const Agent &admin, const Automation &input)
{
    if (std::optional<CommandResult> refusal = refuse(input))
        return *refusal;
    Automation automation = input;
    automation.name = input.name.trimmed();
    // Only what the action uses is kept, so that two equal rules compare equal.
    if (automation.action != AutomationAction::SendTemplate)
        automation.templateId = automation.channelId = 0;
    else if (!triggerIsAboutRecords(automation.trigger))
        automation.channelId = 0;
    if (automation.action != AutomationAction::Assign)
        automation.agentId = automation.teamId = 0;
    if (automation.action != AutomationAction::Label)
        automation.labelId = 0;
    bool ok = false;
    for (const Automation &existing : m_repository.all(&ok)) {
        if (sameRule(existing, automation))
            return CommandResult::failure(409, QStringLiteral("automation_exists"),
                                          QStringLiteral("This automation exists already."));
    }
    if (!ok)
        return storeFailure();
    automation.createdBy = admin.id;
    automation.createdAt = m_ctx.now();
    automation.id = m_repository.add(automation);
    if (automation.id == 0)
        return storeFailure();
    return CommandResult::success({{QStringLiteral("automation"), toJson(automation)}}, 201);
}

CommandResult AutomationService::remove(Id id)
{
    const int removed = m_repository.remove(id);
    if (removed < 0)
        return storeFailure();
    if (removed == 0)
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no automation %1.").arg(id));
    return CommandResult::success({{QStringLiteral("deleted"), id}});
}

CommandResult AutomationService::runs(int limit, Id beforeId, Id automationId)
{
    QJsonArray runs;
    for (const AutomationRun &run :
         m_repository.runs(qBound(1, limit, 500), beforeId, automationId))
        runs.append(runJson(run));
    return CommandResult::success({{QStringLiteral("runs"), runs}});
}

} // namespace parley::hub
