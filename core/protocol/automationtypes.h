#pragma once

#include "core/domain/record.h"
#include "core/rules/automationrules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace parley {

// An automation (docs/api.md "Automations", R6.5): when `trigger` happens to a record of
// `module` (record triggers) or to a conversation, and every condition holds, do `action`.
struct Automation {
    Id id = 0;
    QString name;
    AutomationTrigger trigger = AutomationTrigger::RecordCreated;
    Module module = Module::Leads; // record triggers only
    QList<AutomationCondition> conditions;
    int waitHours = 0; // no_reply only
    AutomationAction action = AutomationAction::SendTemplate;
    Id templateId = 0; // send_template
    Id channelId = 0;  // send_template from a record: the number it is sent from
    Id agentId = 0;    // assign: the owner (or 0 with a team)
    Id teamId = 0;     // assign: the agent group
    Id labelId = 0;    // label
    Id createdBy = 0;
    TimestampMs createdAt = 0;
    qint64 sentCount = 0;
    TimestampMs lastRunAt = 0; // 0 before the first run
    QString lastError;         // the last run's error code; empty when it ran
};
// toJson writes the request of POST /api/v1/automations.
QJsonObject toJson(const Automation &automation);
bool fromJson(const QJsonObject &json, Automation *automation, QString *error);

QJsonArray conditionsToJson(const QList<AutomationCondition> &conditions);
// False with `error` set when an item is not {"field", "op", "value"?} with a known op.
bool conditionsFromJson(const QJsonArray &json, QList<AutomationCondition> *conditions,
                        QString *error);

// One line of the run log (GET /api/v1/automations/runs).
enum class AutomationOutcome { Done, Skipped, Failed };
QString automationOutcomeName(AutomationOutcome outcome);
bool automationOutcomeFromName(const QString &name, AutomationOutcome *outcome);

struct AutomationRun {
    Id id = 0;
    Id automationId = 0;
    QString automationName;
    AutomationTrigger trigger = AutomationTrigger::RecordCreated;
    QString targetKind; // "record" or "conversation"
    Id targetId = 0;
    AutomationOutcome outcome = AutomationOutcome::Done;
    QString reason; // the error code when skipped or failed
    QString detail; // its English text
    int depth = 0;
    TimestampMs ranAt = 0;
    // Read from the hub's store when the log is read (empty or 0 when gone, or from a hub that
    // does not send them): the customer's or record's name, and the agent it is assigned to.
    QString targetName;
    Id agentId = 0;
    QString agentName;
};
bool fromJson(const QJsonObject &json, AutomationRun *run, QString *error);

} // namespace parley
