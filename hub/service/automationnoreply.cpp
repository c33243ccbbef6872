// AutomationRunner's no-reply automations (R6.5): the housekeeping timer looks for customers
// waiting longer than each automation allows. Kept apart from the reading of the event log in
// automationrunner.cpp; both run through runOne, so a wait is claimed and run once.
#include "hub/service/automationrunner.h"

#include "core/rules/automationrules.h"

namespace parley::hub {
namespace {

constexpr int waitingPerCheck = 100;

} // namespace

void AutomationRunner::checkWaiting()
{
    if (m_draining || !m_ctx.leads())
        return;
    m_draining = true;
    const TimestampMs now = m_ctx.now();
    for (const Automation &automation : m_repository.withTrigger(AutomationTrigger::NoReply)) {
        const TimestampMs cutoff = now - qint64(automation.waitHours) * 3600 * 1000;
        for (const auto &[conversationId, inboundAt] :
             m_repository.waiting(automation.id, cutoff, waitingPerCheck)) {
            const std::optional<Conversation> c = m_ctx.conversations.byId(conversationId);
            if (!c ||
                !customerWaiting(c->status == ConversationStatus::Closed ||
                                     c->status == ConversationStatus::Snoozed,
                                 c->lastInboundAt, c->lastOutboundAt, now, automation.waitHours))
                continue;
            Target target;
            target.kind = QStringLiteral("conversation");
            target.id = c->id;
            target.recordId = c->recordId;
            target.before = target.after = conversationFacts(*c);
            const QString key = AutomationRepository::waitingKey(c->id, c->lastInboundAt);
            if (conditionsHold(automation.conditions, target.before, target.after)) {
                runOne(automation, target, key, {});
                continue;
            }
            // Written down so that the look-up moves past it (one line per wait).
            if (const Id runId = m_repository.claimRun(automation.id, key, automation.trigger,
                                                       target.kind, target.id, 1, now))
                m_repository.finishRun(runId, ended(AutomationOutcome::Skipped,
                                                    QStringLiteral("automation_conditions_unmet"),
                                                    QStringLiteral("The conditions do not hold.")));
        }
    }
    m_draining = false;
}

} // namespace parley::hub
