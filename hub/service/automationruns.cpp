// AutomationRunner's runs (R6.5): an occurrence the log reading (automationrunner.cpp) or the
// no-reply check (automationnoreply.cpp) found is claimed once in the run log, guarded against
// loops, acted on by the automation's admin, and its outcome recorded; POST /records reads the
// outcomes back.
#include "hub/service/automationrunner.h"

#include "core/rules/automationrules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace parley::hub {

QString AutomationRunner::idempotencyKey(Id automationId, Id recordId)
{
    return QStringLiteral("automation:%1:record:%2").arg(automationId).arg(recordId);
}

AutomationRepository::RunEnd AutomationRunner::ended(AutomationOutcome outcome,
                                                     const QString &reason, const QString &detail)
{
    AutomationRepository::RunEnd end;
    end.outcome = outcome;
    end.reason = reason;
    end.detail = detail;
    return end;
}

bool AutomationRunner::runAll(AutomationTrigger trigger, const Target &target,
                              const QString &runKey, qint64 seq)
{
    const QList<Automation> automations = m_repository.withTrigger(trigger);
    if (automations.isEmpty())
        return true;
    const AutomationRepository::Origin origin = m_repository.originOf(seq);
    for (const Automation &automation : automations) {
        if (triggerIsAboutRecords(trigger) && automation.module != target.module)
            continue;
        if (!conditionsHold(automation.conditions, target.before, target.after))
            continue;
        if (!runOne(automation, target, runKey, origin))
            return false;
    }
    return true;
}

bool AutomationRunner::runOne(const Automation &automation, const Target &target,
                              const QString &runKey, const AutomationRepository::Origin &origin)
{
    // What was read before this occurrence is saved first: a hub stopping mid-run reads
    // this occurrence again and finds its claims.
    if (!flush())
        return false;
    const Id runId = m_repository.claimRun(automation.id, runKey, automation.trigger, target.kind,
                                           target.id, origin.depth + 1, m_ctx.now());
    if (runId == 0)
        return true; // this occurrence ran already
    AutomationRepository::RunEnd end;
    const AutomationGuard guard = automationGuard(automation.id, origin.automationId, origin.depth);
    if (guard != AutomationGuard::Run) {
        end = ended(AutomationOutcome::Skipped, automationGuardCode(guard),
                    guard == AutomationGuard::OwnAction
                        ? QStringLiteral("The change was made by this automation.")
                        : QStringLiteral("Automations set each other off %1 times in a row.")
                              .arg(maxAutomationDepth));
    } else {
        const qint64 lastBefore = m_ctx.events.lastSeq();
        end = act(automation, target, runId);
        const qint64 lastAfter = m_ctx.events.lastSeq();
        if (lastAfter > lastBefore) {
            end.eventsFrom = lastBefore + 1;
            end.eventsTo = lastAfter;
        }
    }
    m_repository.finishRun(runId, end);
    m_repository.remember(automation.id,
                          end.outcome == AutomationOutcome::Done ? QString() : end.reason, end.sent,
                          m_ctx.now());
    return true;
}

std::optional<Agent> AutomationRunner::actorFor(const Automation &automation)
{
    // The admin who set it up acts; when they are gone, another admin.
    if (std::optional<Agent> creator = m_ctx.agents.byId(automation.createdBy);
        creator && creator->active)
        return creator;
    for (const Agent &agent : m_ctx.agents.all()) {
        if (agent.active && agent.role == Role::Admin)
            return agent;
    }
    return std::nullopt;
}

AutomationRepository::RunEnd AutomationRunner::act(const Automation &automation,
                                                   const Target &target, Id runId)
{
    const std::optional<Agent> actor = actorFor(automation);
    if (!actor)
        return ended(AutomationOutcome::Failed, QStringLiteral("automation_actor_missing"),
                     QStringLiteral("No active admin is left to act for the automation."));
    const QString runKey = QStringLiteral("automation:%1:run:%2").arg(automation.id).arg(runId);
    CommandResult result;
    if (automation.action == AutomationAction::SendTemplate) {
        if (target.kind == QLatin1String("record")) {
            if (target.phone.isEmpty())
                return ended(AutomationOutcome::Failed, QStringLiteral("automation_no_number"),
                             QStringLiteral("The record has no Mobile or Phone."));
            const QString key = automation.trigger == AutomationTrigger::RecordCreated
                                    ? idempotencyKey(automation.id, target.recordId)
                                    : runKey;
            result = m_templates.startChat(*actor, automation.channelId, target.phone,
                                           target.customerName, automation.templateId, key,
                                           target.recordId);
        } else {
            result = m_templates.send(*actor, target.id, automation.templateId, runKey);
        }
    } else {
        const Id conversationId = target.kind == QLatin1String("conversation")
                                      ? target.id
                                      : m_repository.newestConversationOf(target.recordId);
        const std::optional<Conversation> conversation =
            conversationId > 0 ? m_ctx.conversations.byId(conversationId) : std::nullopt;
        if (!conversation)
            return ended(AutomationOutcome::Skipped, QStringLiteral("automation_no_conversation"),
                         QStringLiteral("The record has no conversation."));
        ConversationChanges changes;
        if (automation.action == AutomationAction::Assign) {
            if (automation.agentId > 0)
                changes.ownerId = automation.agentId;
            if (automation.teamId > 0)
                changes.teamId = automation.teamId;
        } else if (automation.action == AutomationAction::Label) {
            if (conversation->labelIds.contains(automation.labelId))
                return ended(AutomationOutcome::Skipped, QStringLiteral("automation_no_change"),
                             QStringLiteral("The conversation has the label already."));
            changes.addLabels = {automation.labelId};
        } else {
            if (conversation->status == ConversationStatus::Closed)
                return ended(AutomationOutcome::Skipped, QStringLiteral("automation_no_change"),
                             QStringLiteral("The conversation is closed already."));
            changes.status = ConversationStatus::Closed;
        }
        result = m_triage.change(*actor, conversationId, changes);
    }
    if (!result.ok())
        return ended(AutomationOutcome::Failed, result.code, result.message);
    AutomationRepository::RunEnd end;
    end.messageId = result.body.value(QStringLiteral("message"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toInteger();
    // A replayed key answers 200 with the first message: nothing new went out.
    end.sent = automation.action == AutomationAction::SendTemplate && result.status == 202;
    return end;
}

QJsonArray AutomationRunner::recordCreatedOutcomes(Id recordId)
{
    QJsonArray outcomes;
    for (const AutomationRepository::RunOfRecord &found : m_repository.runsFor(
             AutomationTrigger::RecordCreated, QStringLiteral("record"), recordId)) {
        const AutomationRun &run = found.run;
        QJsonObject outcome{{QStringLiteral("automation_id"), run.automationId}};
        if (run.outcome == AutomationOutcome::Done) {
            outcome.insert(QStringLiteral("status"),
                           found.messageId > 0 ? QStringLiteral("sent") : QStringLiteral("done"));
            if (found.messageId > 0)
                outcome.insert(QStringLiteral("message_id"), found.messageId);
        } else {
            outcome.insert(QStringLiteral("status"), automationOutcomeName(run.outcome));
            outcome.insert(QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("code"), run.reason},
                                       {QStringLiteral("message"), run.detail}});
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace parley::hub
