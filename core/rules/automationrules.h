#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace parley {

// R6.5 automations (docs/api.md "Automations"): what starts one, which field conditions it
// checks, what it does, and the guards that keep automations from feeding each other forever.
// The hub evaluates every automation with these functions and nothing else.

enum class AutomationTrigger { RecordCreated, RecordUpdated, ConversationClosed, NoReply };
enum class AutomationAction { SendTemplate, Assign, Label, Close };
enum class ConditionOp { Equals, NotEquals, Contains, ChangesTo, Changed, IsEmpty, IsNotEmpty };

QString automationTriggerName(AutomationTrigger trigger);
bool automationTriggerFromName(const QString &name, AutomationTrigger *trigger);
QString automationActionName(AutomationAction action);
bool automationActionFromName(const QString &name, AutomationAction *action);
QString conditionOpName(ConditionOp op);
bool conditionOpFromName(const QString &name, ConditionOp *op);

// Record triggers act on a record (and its newest conversation); the others on a conversation.
bool triggerIsAboutRecords(AutomationTrigger trigger);

// "Lead Status" changes to "Qualified". Values compare trimmed and without regard to case.
struct AutomationCondition {
    QString field;
    ConditionOp op = ConditionOp::Equals;
    QString value;

    bool operator==(const AutomationCondition &other) const
    {
        return field == other.field && op == other.op && value == other.value;
    }
};

inline constexpr int maxAutomationConditions = 10;
inline constexpr int maxConditionTextLength = 200;
inline constexpr int minNoReplyHours = 1;
inline constexpr int maxNoReplyHours = 24 * 30;
// An automation's action may set off other automations, at most this many levels deep.
inline constexpr int maxAutomationDepth = 3;

// The error code (docs/api.md) when the conditions cannot be used with `trigger`, else "".
// A field is required and at most maxConditionTextLength characters, as is a value for the
// operators that compare; "changes to" and "changed" need a before, so only record updates.
QString conditionsProblem(AutomationTrigger trigger, const QList<AutomationCondition> &conditions);
// The error code when `hours` is not a usable wait for `trigger` (no-reply needs 1–720 hours).
QString waitProblem(AutomationTrigger trigger, int hours);

// Whether one condition holds for a target whose fields were `before` and are now `after`
// (for triggers without a before, pass the same map twice).
bool conditionHolds(const AutomationCondition &condition, const QVariantMap &before,
                    const QVariantMap &after);
// All of them (an empty list always holds).
bool conditionsHold(const QList<AutomationCondition> &conditions, const QVariantMap &before,
                    const QVariantMap &after);

// The loop guard. A change made by an automation's action carries that automation and its
// depth (1 for an action set off by a person's change, +1 per automation in between).
enum class AutomationGuard { Run, OwnAction, TooDeep };
// Whether `automationId` may run for a change made by `originAutomation` (0: a person, the
// webhook, the hub) at `originDepth`.
AutomationGuard automationGuard(Id automationId, Id originAutomation, int originDepth);
QString automationGuardCode(AutomationGuard guard); // the run log's reason

// No reply for `hours`: the customer wrote last, and that was at least `hours` ago, in a
// conversation not closed.
bool customerWaiting(bool closed, TimestampMs lastInboundAt, TimestampMs lastOutboundAt,
                     TimestampMs now, int hours);

} // namespace parley
