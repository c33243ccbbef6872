#include "core/rules/automationrules.h"

#include "core/domain/enumnames.h"

#include <array>
#include <utility>

namespace parley {
namespace {

constexpr std::array<std::pair<AutomationTrigger, const char *>, 4> triggerNames{{
    {AutomationTrigger::RecordCreated, "record_created"},
    {AutomationTrigger::RecordUpdated, "record_updated"},
    {AutomationTrigger::ConversationClosed, "conversation_closed"},
    {AutomationTrigger::NoReply, "no_reply"},
}};
constexpr std::array<std::pair<AutomationAction, const char *>, 4> actionNames{{
    {AutomationAction::SendTemplate, "send_template"},
    {AutomationAction::Assign, "assign"},
    {AutomationAction::Label, "label"},
    {AutomationAction::Close, "close"},
}};
constexpr std::array<std::pair<ConditionOp, const char *>, 7> opNames{{
    {ConditionOp::Equals, "equals"},
    {ConditionOp::NotEquals, "not_equals"},
    {ConditionOp::Contains, "contains"},
    {ConditionOp::ChangesTo, "changes_to"},
    {ConditionOp::Changed, "changed"},
    {ConditionOp::IsEmpty, "is_empty"},
    {ConditionOp::IsNotEmpty, "is_not_empty"},
}};

QString valueText(const QVariantMap &fields, const QString &field)
{
    return fields.value(field).toString().trimmed();
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool comparesAValue(ConditionOp op)
{
    return op == ConditionOp::Equals || op == ConditionOp::NotEquals ||
           op == ConditionOp::Contains || op == ConditionOp::ChangesTo;
}

} // namespace

QString automationTriggerName(AutomationTrigger trigger)
{
    return nameOf(triggerNames, trigger);
}

bool automationTriggerFromName(const QString &name, AutomationTrigger *trigger)
{
    return valueOf(triggerNames, name, trigger);
}

QString automationActionName(AutomationAction action)
{
    return nameOf(actionNames, action);
}

bool automationActionFromName(const QString &name, AutomationAction *action)
{
    return valueOf(actionNames, name, action);
}

QString conditionOpName(ConditionOp op)
{
    return nameOf(opNames, op);
}

bool conditionOpFromName(const QString &name, ConditionOp *op)
{
    return valueOf(opNames, name, op);
}

bool triggerIsAboutRecords(AutomationTrigger trigger)
{
    return trigger == AutomationTrigger::RecordCreated ||
           trigger == AutomationTrigger::RecordUpdated;
}

QString conditionsProblem(AutomationTrigger trigger, const QList<AutomationCondition> &conditions)
{
    if (conditions.size() > maxAutomationConditions)
        return QStringLiteral("automation_condition_invalid");
    for (const AutomationCondition &c : conditions) {
        const QString field = c.field.trimmed();
        if (field.isEmpty() || field.size() > maxConditionTextLength ||
            c.value.size() > maxConditionTextLength)
            return QStringLiteral("automation_condition_invalid");
        if (comparesAValue(c.op) && c.op != ConditionOp::NotEquals && c.value.trimmed().isEmpty())
            return QStringLiteral("automation_condition_invalid");
        if ((c.op == ConditionOp::ChangesTo || c.op == ConditionOp::Changed) &&
            trigger != AutomationTrigger::RecordUpdated)
            return QStringLiteral("automation_condition_needs_update");
    }
    return {};
}

QString waitProblem(AutomationTrigger trigger, int hours)
{
    if (trigger != AutomationTrigger::NoReply)
        return hours == 0 ? QString() : QStringLiteral("automation_wait_invalid");
    if (hours < minNoReplyHours || hours > maxNoReplyHours)
        return QStringLiteral("automation_wait_invalid");
    return {};
}

bool conditionHolds(const AutomationCondition &condition, const QVariantMap &before,
                    const QVariantMap &after)
{
    const QString field = condition.field.trimmed();
    const QString now = valueText(after, field);
    const QString was = valueText(before, field);
    const QString wanted = condition.value.trimmed();
    switch (condition.op) {
    case ConditionOp::Equals:
        return same(now, wanted);
    case ConditionOp::NotEquals:
        return !same(now, wanted);
    case ConditionOp::Contains:
        return now.contains(wanted, Qt::CaseInsensitive);
    case ConditionOp::ChangesTo:
        return same(now, wanted) && !same(was, wanted);
    case ConditionOp::Changed:
        return now != was;
    case ConditionOp::IsEmpty:
        return now.isEmpty();
    case ConditionOp::IsNotEmpty:
        return !now.isEmpty();
    }
    return false;
}

bool conditionsHold(const QList<AutomationCondition> &conditions, const QVariantMap &before,
                    const QVariantMap &after)
{
    for (const AutomationCondition &condition : conditions) {
        if (!conditionHolds(condition, before, after))
            return false;
    }
    return true;
}

AutomationGuard automationGuard(Id automationId, Id originAutomation, int originDepth)
{
    if (originAutomation == 0)
        return AutomationGuard::Run;
    if (originAutomation == automationId)
        return AutomationGuard::OwnAction;
    if (originDepth >= maxAutomationDepth)
        return AutomationGuard::TooDeep;
    return AutomationGuard::Run;
}

QString automationGuardCode(AutomationGuard guard)
{
    switch (guard) {
    case AutomationGuard::Run:
        return {};
    case AutomationGuard::OwnAction:
        return QStringLiteral("automation_own_action");
    case AutomationGuard::TooDeep:
        return QStringLiteral("automation_too_deep");
    }
    return {};
}

bool customerWaiting(bool closed, TimestampMs lastInboundAt, TimestampMs lastOutboundAt,
                     TimestampMs now, int hours)
{
    if (closed || lastInboundAt <= 0 || lastInboundAt <= lastOutboundAt || hours <= 0)
        return false;
    return now - lastInboundAt >= qint64(hours) * 3600 * 1000;
}

} // namespace parley
