#include "core/protocol/automationtypes.h"

#include "core/protocol/jsonreader.h"

namespace parley {

QJsonArray conditionsToJson(const QList<AutomationCondition> &conditions)
{
    QJsonArray out;
    for (const AutomationCondition &c : conditions)
        out.append(QJsonObject{{QStringLiteral("field"), c.field},
                               {QStringLiteral("op"), conditionOpName(c.op)},
                               {QStringLiteral("value"), c.value}});
    return out;
}

bool conditionsFromJson(const QJsonArray &json, QList<AutomationCondition> *conditions,
                        QString *error)
{
    conditions->clear();
    if (json.size() > maxAutomationConditions) {
        *error = QStringLiteral("conditions: more than %1").arg(maxAutomationConditions);
        return false;
    }
    for (const QJsonValue &item : json) {
        if (!item.isObject()) {
            *error = QStringLiteral("conditions: not an object");
            return false;
        }
        JsonReader r(item.toObject());
        AutomationCondition c;
        c.field = r.string(QStringLiteral("field"), true);
        c.op = r.enumValue(QStringLiteral("op"), conditionOpFromName, ConditionOp::Equals);
        if (!r.has(QStringLiteral("op")))
            r.fail(QStringLiteral("op"), QStringLiteral("required"));
        c.value = r.string(QStringLiteral("value"));
        if (!r.ok()) {
            *error = QStringLiteral("conditions: ") + r.error();
            return false;
        }
        conditions->append(c);
    }
    return true;
}

QJsonObject toJson(const Automation &automation)
{
    QJsonObject json{{QStringLiteral("name"), automation.name},
                     {QStringLiteral("trigger"), automationTriggerName(automation.trigger)},
                     {QStringLiteral("conditions"), conditionsToJson(automation.conditions)},
                     {QStringLiteral("action"), automationActionName(automation.action)}};
    if (triggerIsAboutRecords(automation.trigger))
        json.insert(QStringLiteral("module"), moduleName(automation.module));
    if (automation.trigger == AutomationTrigger::NoReply)
        json.insert(QStringLiteral("wait_hours"), automation.waitHours);
    if (automation.templateId > 0)
        json.insert(QStringLiteral("template_id"), automation.templateId);
    if (automation.channelId > 0)
        json.insert(QStringLiteral("channel_id"), automation.channelId);
    if (automation.agentId > 0)
        json.insert(QStringLiteral("agent_id"), automation.agentId);
    if (automation.teamId > 0)
        json.insert(QStringLiteral("team_id"), automation.teamId);
    if (automation.labelId > 0)
        json.insert(QStringLiteral("label_id"), automation.labelId);
    return json;
}

bool fromJson(const QJsonObject &json, Automation *automation, QString *error)
{
    JsonReader r(json);
    automation->id = r.id(QStringLiteral("id"), true);
    automation->name = r.string(QStringLiteral("name"));
    automation->trigger = r.enumValue(QStringLiteral("trigger"), automationTriggerFromName,
                                      AutomationTrigger::RecordCreated);
    automation->module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    automation->waitHours = int(r.integer(QStringLiteral("wait_hours")));
    automation->action = r.enumValue(QStringLiteral("action"), automationActionFromName,
                                     AutomationAction::SendTemplate);
    automation->templateId = r.id(QStringLiteral("template_id"));
    automation->channelId = r.id(QStringLiteral("channel_id"));
    automation->agentId = r.id(QStringLiteral("agent_id"));
    automation->teamId = r.id(QStringLiteral("team_id"));
    automation->labelId = r.id(QStringLiteral("label_id"));
    automation->createdBy = r.id(QStringLiteral("created_by"));
    automation->createdAt = r.time(QStringLiteral("created_at"));
    automation->sentCount = r.integer(QStringLiteral("sent_count"));
    automation->lastRunAt = r.time(QStringLiteral("last_run_at"));
    automation->lastError = r.string(QStringLiteral("last_error"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    QString conditionsError;
    if (!conditionsFromJson(json.value(QStringLiteral("conditions")).toArray(),
                            &automation->conditions, &conditionsError)) {
        if (error)
            *error = conditionsError;
        return false;
    }
    return true;
}

QString automationOutcomeName(AutomationOutcome outcome)
{
    switch (outcome) {
    case AutomationOutcome::Done:
        return QStringLiteral("done");
    case AutomationOutcome::Skipped:
        return QStringLiteral("skipped");
    case AutomationOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool automationOutcomeFromName(const QString &name, AutomationOutcome *outcome)
{
    for (AutomationOutcome known :
         {AutomationOutcome::Done, AutomationOutcome::Skipped, AutomationOutcome::Failed}) {
        if (automationOutcomeName(known) == name) {
            *outcome = known;
            return true;
        }
    }
    return false;
}

bool fromJson(const QJsonObject &json, AutomationRun *run, QString *error)
{
    JsonReader r(json);
    run->id = r.id(QStringLiteral("id"), true);
    run->automationId = r.id(QStringLiteral("automation_id"), true);
    run->automationName = r.string(QStringLiteral("automation_name"));
    run->trigger = r.enumValue(QStringLiteral("trigger"), automationTriggerFromName,
                               AutomationTrigger::RecordCreated);
    run->targetKind = r.string(QStringLiteral("target_kind"), true);
    run->targetId = r.id(QStringLiteral("target_id"), true);
    run->outcome =
        r.enumValue(QStringLiteral("outcome"), automationOutcomeFromName, AutomationOutcome::Done);
    run->reason = r.string(QStringLiteral("reason"));
    run->detail = r.string(QStringLiteral("detail"));
    run->depth = int(r.integer(QStringLiteral("depth")));
    run->ranAt = r.time(QStringLiteral("ran_at"), true);
    run->targetName = r.string(QStringLiteral("target_name"));
    run->agentId = r.id(QStringLiteral("agent_id"));
    run->agentName = r.string(QStringLiteral("agent_name"));
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

} // namespace parley
