#include "hub/service/trialservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parley::hub {
namespace {

QJsonObject usageJson(const TrialUsage &usage)
{
    QJsonObject conversations;
    for (auto it = usage.conversations.cbegin(); it != usage.conversations.cend(); ++it)
        conversations.insert(it.key(),
                             QJsonObject{{QStringLiteral("started_at"), it->startedAt},
                                         {QStringLiteral("customer"), it->customerInitiated},
                                         {QStringLiteral("ordinal"), it->ordinal}});
    return {{QStringLiteral("started_at"), usage.trialStartedAt},
            {QStringLiteral("verified"), usage.businessVerified},
            {QStringLiteral("recipients"),
             QJsonArray::fromStringList(
                 QStringList(usage.businessRecipients.begin(), usage.businessRecipients.end()))},
            {QStringLiteral("conversations"), conversations},
            {QStringLiteral("customer_conversations"), usage.customerConversations},
            {QStringLiteral("expanded_messages"), usage.expandedMessages}};
}

TrialUsage usageFromJson(const QJsonObject &json)
{
    TrialUsage usage;
    usage.trialStartedAt = json.value(QStringLiteral("started_at")).toInteger();
    usage.businessVerified = json.value(QStringLiteral("verified")).toBool();
    for (const QJsonValue &number : json.value(QStringLiteral("recipients")).toArray())
        usage.businessRecipients.insert(number.toString());
    const QJsonObject conversations = json.value(QStringLiteral("conversations")).toObject();
    for (auto it = conversations.begin(); it != conversations.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        usage.conversations.insert(it.key(), {c.value(QStringLiteral("started_at")).toInteger(),
                                              c.value(QStringLiteral("customer")).toBool(),
                                              c.value(QStringLiteral("ordinal")).toInteger()});
    }
    usage.customerConversations = json.value(QStringLiteral("customer_conversations")).toInteger();
    usage.expandedMessages = json.value(QStringLiteral("expanded_messages")).toInteger();
    return usage;
}

} // namespace

QString TrialService::state()
{
    return m_ctx.db.scalar(QStringLiteral("SELECT trial_state FROM credit_account WHERE id = 1"))
        .toString();
}

TrialUsage TrialService::usage()
{
    const QString json =
        m_ctx.db.scalar(QStringLiteral("SELECT trial_usage FROM credit_account WHERE id = 1"))
            .toString();
    return usageFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

bool TrialService::save(const TrialUsage &usage)
{
    return m_ctx.db.run(
        QStringLiteral("UPDATE credit_account SET trial_usage = ? WHERE id = 1"),
        {QString::fromUtf8(QJsonDocument(usageJson(usage)).toJson(QJsonDocument::Compact))});
}

CommandResult TrialService::allowSend(const QString &number)
{
    if (state() == QLatin1String("off"))
        return CommandResult::success({});
    const TrialUsage current = usage();
    const TimestampMs now = m_ctx.now();
    const RuleErrors refused = checkTrialSend(m_policy, current, number, now);
    if (!refused.isEmpty())
        return CommandResult::failure(402, refused.first());
    if (!save(recordTrialSend(current, number, now)))
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The trial usage could not be saved."));
    return CommandResult::success({});
}

bool TrialService::recordCustomerMessage(const QString &number, TimestampMs at)
{
    if (state() == QLatin1String("off"))
        return true;
    return save(parley::recordCustomerMessage(usage(), number, at));
}

CommandResult TrialService::setState(const QString &newState)
{
    if (newState != QLatin1String("off") && newState != QLatin1String("trial") &&
        newState != QLatin1String("expanded"))
        return CommandResult::failure(400, QStringLiteral("trial_state_invalid"),
                                      QStringLiteral("The trial state is off, trial or expanded."));
    TrialUsage current = usage();
    if (newState == QLatin1String("trial") && current.trialStartedAt == 0)
        current.trialStartedAt = m_ctx.now(); // day 1 starts now
    current.businessVerified = newState == QLatin1String("expanded");
    Transaction transaction(m_ctx.db);
    if (!m_ctx.db
             .exec(QStringLiteral("UPDATE credit_account SET trial_state = ? WHERE id = 1"),
                   {newState})
             .isActive() ||
        !save(current) || !transaction.commit())
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The trial state could not be saved."));
    return summary();
}

CommandResult TrialService::summary()
{
    const TrialUsage current = usage();
    const QString now = state();
    const TimestampMs at = m_ctx.now();
    return CommandResult::success(
        {{QStringLiteral("state"), now},
         {QStringLiteral("day"), now == QLatin1String("trial") ? trialDay(current, at) : 0},
         {QStringLiteral("expired"),
          now == QLatin1String("trial") && trialExpired(m_policy, current, at)},
         {QStringLiteral("business_recipients"), int(current.businessRecipients.size())},
         {QStringLiteral("max_business_recipients"), m_policy.maxBusinessRecipients},
         {QStringLiteral("customer_conversations"), current.customerConversations},
         {QStringLiteral("max_customer_conversations"), m_policy.maxCustomerConversations},
         {QStringLiteral("expanded_messages"), current.expandedMessages},
         {QStringLiteral("max_expanded_messages"), m_policy.expandedCustomerMessages},
         {QStringLiteral("length_days"), m_policy.lengthDays}});
}

} // namespace parley::hub
