#include "hub/service/billingservice.h"

#include "core/billing/purchase.h"
#include "core/protocol/isotime.h"
#include "core/rules/servicewindow.h"
#include "hub/hublogging.h"

#include <QJsonArray>

namespace parley::hub {

BillingService::Account BillingService::account()
{
    Account a;
    CachedQuery q = m_ctx.db.query(QStringLiteral(
        "SELECT balance, plan, auto_recharge_enabled, auto_recharge_minimum, auto_recharge_credits,"
        " usage_month, usage_charged, usage_customer_conversations FROM credit_account"
        " WHERE id = 1"));
    if (!q.next())
        return a;
    a.balance = q.value(0).toLongLong();
    const QString planId = q.value(1).toString();
    a.autoRecharge = {q.value(2).toBool(), q.value(3).toLongLong(), q.value(4).toLongLong()};
    a.usage = usageForMonth({q.value(5).toInt(), q.value(6).toLongLong(), q.value(7).toLongLong()},
                            m_ctx.now());
    q->finish();
    // An unknown id (never stored by setPlan) charges as the default plan did before.
    bool storeFailed = false;
    std::optional<RatePlan> plan = storedPlan(planId, &storeFailed);
    if (!plan && !storeFailed)
        plan = storedPlan(deskSessionPlan().id, &storeFailed);
    if (!plan) {
        // The table is seeded from the presets: the plan's own is the nearest to what it holds.
        qCWarning(lcHubStore, "the rate table could not be read; charging plan %s's presets",
                  qUtf8Printable(planId));
        plan = presetPlan(planId).value_or(deskSessionPlan());
    }
    a.plan = *plan;
    return a;
}

bool BillingService::addLedger(LedgerKind kind, Credits amount, Id messageId, const QString &note)
{
    QSqlQuery balance =
        m_ctx.db.exec(QStringLiteral("UPDATE credit_account SET balance = balance + ? WHERE id = 1"
                                     " RETURNING balance"),
                      {amount});
    if (!balance.isActive() || !balance.next())
        return false;
    const Credits after = balance.value(0).toLongLong();
    balance.finish();
    return m_ctx.db
        .exec(QStringLiteral("INSERT INTO ledger (kind, amount, balance_after, message_id, note,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {ledgerKindName(kind), amount, after, messageId, note, m_ctx.now()})
        .isActive();
}

bool BillingService::publishAccount()
{
    const CommandResult current = summary();
    return m_ctx.events.append(EventType::CreditsUpdated, current.body, m_ctx.now()) > 0;
}

Charge BillingService::quote(const Conversation &conversation, OutboundKind kind,
                             PricingCategory category, const std::optional<MetaPricing> &meta,
                             const Account &account)
{
    ChargeInput input;
    input.kind = kind;
    input.templateCategory = category;
    input.destination = conversation.customerNumber;
    input.at = m_ctx.now();
    input.customerInitiated = serviceWindowAt(conversation.lastInboundAt, input.at).open;
    input.customerConversationOrdinal =
        m_ctx.db
            .scalar(QStringLiteral("SELECT session_ordinal FROM conversations WHERE id = ?"),
                    {conversation.id}, 0)
            .toLongLong();
    input.metaPricing = meta;
    return chargeMessage(account.plan, input, account.usage);
}

CommandResult BillingService::chargeForSend(const Conversation &conversation, Id messageId,
                                            OutboundKind kind, PricingCategory category)
{
    const CommandResult trial = m_trial.allowSend(conversation.customerNumber);
    if (!trial.ok())
        return trial;
    Account a = account();
    const Charge charge = quote(conversation, kind, category, std::nullopt, a);
    const SpendCheck check = checkSpend(a.balance, charge.credits, a.autoRecharge);
    if (check.outcome == SpendOutcome::Insufficient)
        return CommandResult::failure(402, check.errors.first());
    const auto topUp = [this](Credits credits) {
        const PaymentProvider::Result paid =
            m_payments.charge(moneyFor(account().plan, credits), QStringLiteral("auto-recharge"));
        return paid.ok && addLedger(LedgerKind::AutoRecharge, credits, 0, paid.reference);
    };
    if (check.outcome == SpendOutcome::OkAfterRecharge && !topUp(check.rechargeCredits))
        return CommandResult::failure(402, QStringLiteral("credits_recharge_failed"),
                                      QStringLiteral("Auto-recharge could not be paid."));
    if (charge.credits > 0 &&
        !addLedger(LedgerKind::Charge, -charge.credits, messageId, chargeReasonName(charge.reason)))
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The charge could not be recorded."));
    const AutoRechargeDecision after = decideAutoRecharge(a.autoRecharge, account().balance);
    if (after.recharge())
        topUp(after.credits);
    if (!m_ctx.db
             .exec(QStringLiteral("UPDATE credit_account SET usage_month = ?, usage_charged = ?,"
                                  " usage_customer_conversations = ? WHERE id = 1"),
                   {charge.usageAfter.month, charge.usageAfter.chargedMessages,
                    charge.usageAfter.customerConversations})
             .isActive() ||
        !publishAccount())
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The usage could not be recorded."));
    return CommandResult::success({});
}

bool BillingService::settleWithMetaPricing(Id messageId, const Conversation &conversation,
                                           OutboundKind kind,
                                           const whatsapp::StatusPricing &pricing)
{
    const Credits charged =
        -m_ctx.db
             .scalar(QStringLiteral("SELECT amount FROM ledger WHERE message_id = ? AND"
                                    " kind = 'charge'"),
                     {messageId}, 0)
             .toLongLong();
    MetaPricing meta;
    meta.billable = pricing.billable;
    meta.pricingModel = pricing.pricingModel;
    meta.type = pricing.type;
    meta.category = pricing.category;
    PricingCategory category = PricingCategory::Marketing;
    pricingCategoryFromMetaName(pricing.category, &category);
    const Credits due = quote(conversation, kind, category, meta, account()).credits;
    if (due == charged)
        return true;
    const LedgerKind kindOfEntry = due < charged ? LedgerKind::Refund : LedgerKind::Adjustment;
    // At most one settlement per message (a unique index), however often Meta repeats "sent".
    if (m_ctx.db
            .scalar(QStringLiteral("SELECT count(*) FROM ledger WHERE message_id = ? AND"
                                   " kind IN ('refund', 'adjustment')"),
                    {messageId}, 0)
            .toInt() > 0)
        return true;
    return addLedger(kindOfEntry, charged - due, messageId,
                     QStringLiteral("Meta pricing: %1 %2").arg(pricing.type, pricing.category)) &&
           publishAccount();
}

bool BillingService::refund(Id messageId, const QString &why)
{
    const Credits charged =
        -m_ctx.db
             .scalar(QStringLiteral("SELECT amount FROM ledger WHERE message_id = ? AND"
                                    " kind = 'charge'"),
                     {messageId}, 0)
             .toLongLong();
    const bool settled = m_ctx.db
                             .scalar(QStringLiteral("SELECT count(*) FROM ledger WHERE"
                                                    " message_id = ? AND kind IN ('refund',"
                                                    " 'adjustment')"),
                                     {messageId}, 0)
                             .toInt() > 0;
    if (charged <= 0 || settled)
        return true;
    return addLedger(LedgerKind::Refund, charged, messageId, why) && publishAccount();
}

bool BillingService::countCustomerMessage(const Conversation &before, TimestampMs at)
{
    if (!m_trial.recordCustomerMessage(before.customerNumber, at))
        return false;
    if (before.lastInboundAt > 0 && serviceWindowAt(before.lastInboundAt, at).open)
        return true; // the same 24-hour conversation goes on
    const MonthlyUsage usage = countCustomerConversation(account().usage, at);
    return m_ctx.db.run(QStringLiteral("UPDATE credit_account SET usage_month = ?,"
                                       " usage_charged = ?, usage_customer_conversations = ?"
                                       " WHERE id = 1"),
                        {usage.month, usage.chargedMessages, usage.customerConversations}) &&
           m_ctx.db.run(QStringLiteral("UPDATE conversations SET session_ordinal = ? WHERE id = ?"),
                        {usage.customerConversations, before.id});
}

CommandResult BillingService::buy(const Agent &agent, qint64 packs)
{
    ChannelStatus status = ChannelStatus::PendingVerification;
    for (const ChannelConfig &channel : m_ctx.channels.all()) {
        if (channel.channel.status == ChannelStatus::Connected)
            status = ChannelStatus::Connected;
    }
    const RuleErrors errors = checkCreditPurchase(status, packs);
    if (!errors.isEmpty())
        return CommandResult::failure(
            errors.first().code == QLatin1String("credits_amount_invalid") ? 400 : 409,
            errors.first());
    const CreditPurchase purchase = quoteCreditPurchase(account().plan, packs);
    const PaymentProvider::Result paid = m_payments.charge(
        purchase.price,
        QStringLiteral("%1 credits bought by %2").arg(purchase.credits).arg(agent.login));
    if (!paid.ok)
        return CommandResult::failure(402, QStringLiteral("payment_failed"), paid.error);
    Transaction transaction(m_ctx.db);
    if (!addLedger(LedgerKind::Purchase, purchase.credits, 0,
                   QStringLiteral("%1 · %2").arg(m_payments.name(), paid.reference)) ||
        !publishAccount() || !transaction.commit())
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The purchase was paid (%1) but could not be "
                                                     "recorded; contact support.")
                                          .arg(paid.reference));
    m_ctx.eventsCommitted();
    return summary();
}

CommandResult BillingService::setAutoRecharge(const AutoRechargeSettings &settings)
{
    const RuleErrors errors = validateAutoRecharge(settings);
    if (!errors.isEmpty())
        return CommandResult::failure(400, errors.first());
    Transaction transaction(m_ctx.db);
    if (!m_ctx.db
             .exec(QStringLiteral("UPDATE credit_account SET auto_recharge_enabled = ?,"
                                  " auto_recharge_minimum = ?, auto_recharge_credits = ?"
                                  " WHERE id = 1"),
                   {settings.enabled ? 1 : 0, settings.minimumBalance, settings.creditsToAdd})
             .isActive() ||
        !publishAccount() || !transaction.commit())
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The settings could not be saved."));
    m_ctx.eventsCommitted();
    return summary();
}

CommandResult BillingService::unknownPlan(const QString &planId)
{
    return CommandResult::failure(400, QStringLiteral("credits_plan_unknown"),
                                  QStringLiteral("There is no rate plan %1.").arg(planId));
}

CommandResult BillingService::setPlan(const QString &planId)
{
    if (!presetPlan(planId))
        return unknownPlan(planId);
    Transaction transaction(m_ctx.db);
    if (!m_ctx.db.exec(QStringLiteral("UPDATE credit_account SET plan = ? WHERE id = 1"), {planId})
             .isActive() ||
        !publishAccount() || !transaction.commit())
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The plan could not be saved."));
    m_ctx.eventsCommitted();
    return summary();
}

CommandResult BillingService::summary()
{
    const Account a = account();
    QJsonArray plans;
    for (const RatePlan &plan : presetRatePlans())
        plans.append(
            QJsonObject{{QStringLiteral("id"), plan.id},
                        {QStringLiteral("name"), plan.name},
                        {QStringLiteral("currency"), plan.currency},
                        {QStringLiteral("credit_value"), moneyDecimalText(plan.creditValue)},
                        {QStringLiteral("pack_name"), plan.pack.name},
                        {QStringLiteral("pack_credits"), plan.pack.credits}});
    return CommandResult::success(
        {{QStringLiteral("balance"), a.balance},
         {QStringLiteral("plan"), a.plan.id},
         {QStringLiteral("auto_recharge"),
          QJsonObject{{QStringLiteral("enabled"), a.autoRecharge.enabled},
                      {QStringLiteral("minimum_balance"), a.autoRecharge.minimumBalance},
                      {QStringLiteral("credits_to_add"), a.autoRecharge.creditsToAdd}}},
         {QStringLiteral("usage"),
          QJsonObject{{QStringLiteral("charged_messages"), a.usage.chargedMessages},
                      {QStringLiteral("customer_conversations"), a.usage.customerConversations}}},
         {QStringLiteral("plans"), plans}});
}

CommandResult BillingService::ledger(int limit, qint64 beforeId, const QString &kind,
                                     TimestampMs from, TimestampMs to)
{
    QJsonArray entries;
    QSqlQuery q = m_ctx.db.exec(
        QStringLiteral("SELECT id, kind, amount, balance_after, message_id, note, created_at"
                       " FROM ledger WHERE id < ? AND (? = '' OR kind = ?) AND created_at >= ?"
                       " AND created_at < ? ORDER BY id DESC LIMIT ?"),
        {beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), kind, kind, from,
         to > 0 ? to : std::numeric_limits<qint64>::max(), qBound(1, limit, 500)});
    while (q.next())
        entries.append(
            QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                        {QStringLiteral("kind"), q.value(1).toString()},
                        {QStringLiteral("amount"), q.value(2).toLongLong()},
                        {QStringLiteral("balance_after"), q.value(3).toLongLong()},
                        {QStringLiteral("message_id"), q.value(4).toLongLong()},
                        {QStringLiteral("note"), q.value(5).toString()},
                        {QStringLiteral("created_at"), toIsoUtc(q.value(6).toLongLong())}});
    return CommandResult::success({{QStringLiteral("entries"), entries}});
}

} // namespace parley::hub
