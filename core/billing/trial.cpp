#include "core/billing/trial.h"

#include "core/billing/days.h"

namespace parley {
namespace {

bool isLive(const TrialConversation &conversation, TimestampMs at)
{
    return at >= conversation.startedAt && at < conversation.startedAt + trialConversationLengthMs;
}

bool hasLiveConversation(const TrialUsage &usage, const QString &number, TimestampMs at)
{
    const auto it = usage.conversations.constFind(number);
    return it != usage.conversations.cend() && isLive(*it, at);
}

RuleError limitError(const char *code, qint64 limit)
{
    return {QString::fromLatin1(code), {{QStringLiteral("limit"), limit}}};
}

} // namespace

qint64 trialDay(const TrialUsage &usage, TimestampMs at)
{
    const qint64 elapsed = at - usage.trialStartedAt;
    return elapsed < 0 ? 1 : elapsed / msPerDay + 1;
}

bool trialExpired(const TrialPolicy &policy, const TrialUsage &usage, TimestampMs at)
{
    return !usage.businessVerified && trialDay(usage, at) > policy.lengthDays;
}

bool inCustomerConversation(const TrialUsage &usage, const QString &number, TimestampMs at)
{
    return hasLiveConversation(usage, number, at) && usage.conversations[number].customerInitiated;
}

TrialUsage recordCustomerMessage(const TrialUsage &usage, const QString &number, TimestampMs at)
{
    if (hasLiveConversation(usage, number, at))
        return usage;
    TrialUsage after = usage;
    ++after.customerConversations;
    after.conversations.insert(number, {at, true, after.customerConversations});
    return after;
}

RuleErrors checkTrialSend(const TrialPolicy &policy, const TrialUsage &usage, const QString &number,
                          TimestampMs at)
{
    const bool reply = inCustomerConversation(usage, number, at);
    if (usage.businessVerified) {
        if (reply && usage.expandedMessages >= policy.expandedCustomerMessages)
            return {limitError("trial_expanded_limit", policy.expandedCustomerMessages)};
        return {};
    }
    if (trialExpired(policy, usage, at))
        return {RuleError{QStringLiteral("trial_expired"),
                          {{QStringLiteral("days"), policy.lengthDays}}}};
    if (reply) {
        if (usage.conversations[number].ordinal > policy.maxCustomerConversations)
            return {limitError("trial_conversation_limit", policy.maxCustomerConversations)};
        return {};
    }
    if (!usage.businessRecipients.contains(number) &&
        usage.businessRecipients.size() >= policy.maxBusinessRecipients) {
        RuleError error = limitError("trial_recipient_limit", policy.maxBusinessRecipients);
        error.args.insert(QStringLiteral("number"), number);
        return {error};
    }
    return {};
}

TrialUsage recordTrialSend(const TrialUsage &usage, const QString &number, TimestampMs at)
{
    TrialUsage after = usage;
    if (inCustomerConversation(usage, number, at)) {
        if (usage.businessVerified)
            ++after.expandedMessages;
        return after;
    }
    after.businessRecipients.insert(number);
    if (!hasLiveConversation(usage, number, at))
        after.conversations.insert(number, {at, false, 0});
    return after;
}

} // namespace parley
