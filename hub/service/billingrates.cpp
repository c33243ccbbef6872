// BillingService's rate table (R8.5, issue #14 item 7): read, one price changed, a plan reset to
// core/billing's presets, and the log of changes. The checks and the arithmetic are core's
// (applyRateEdit, chargeMessage); here the table is read, written and announced.
#include "core/protocol/credittypes.h"
#include "core/protocol/isotime.h"
#include "hub/hublogging.h"
#include "hub/service/billingservice.h"

#include <QJsonArray>

namespace parley::hub {
namespace {

// The plan's row of exactly `prefix`, else its other-countries row.
const CountryRate &rowWithPrefix(const RatePlan &preset, const QString &prefix)
{
    for (const CountryRate &row : preset.templateRates) {
        if (row.prefix == prefix)
            return row;
    }
    return preset.defaultTemplateRate;
}

} // namespace

std::optional<RatePlan> BillingService::storedPlan(const QString &planId, bool *storeFailed)
{
    if (storeFailed)
        *storeFailed = false;
    const std::optional<RatePlan> preset = presetPlan(planId);
    if (!preset)
        return std::nullopt;
    const std::optional<QList<CountryRate>> rows = m_rates.rates(preset->id, preset->currency);
    if (!rows) {
        if (storeFailed)
            *storeFailed = true;
        return std::nullopt;
    }
    return rows->isEmpty() ? *preset : withTemplateRates(*preset, *rows);
}

CommandResult BillingService::rates()
{
    RateTable table;
    for (const RatePlan &preset : presetRatePlans()) {
        const std::optional<RatePlan> plan = storedPlan(preset.id);
        if (!plan)
            return CommandResult::failure(500, QStringLiteral("store_failed"),
                                          QStringLiteral("The rate table could not be read."));
        table.plans.append(PlanRates{plan->id, plan->currency, templateRateRows(*plan)});
    }
    return CommandResult::success(toJson(table));
}

CommandResult BillingService::setRate(const Agent &agent, const QString &planId,
                                      const RateEdit &edit)
{
    Transaction transaction(m_ctx.db);
    bool storeFailed = false;
    std::optional<RatePlan> plan = storedPlan(planId, &storeFailed);
    if (!plan)
        return storeFailed ? storeFailure() : unknownPlan(planId);
    Money previous;
    const RuleErrors errors = applyRateEdit(&*plan, edit, &previous);
    if (!errors.isEmpty())
        return CommandResult::failure(400, errors.first());
    PricingCategory category = PricingCategory::Marketing;
    pricingCategoryFromName(edit.category, &category); // applyRateEdit checked it
    const CountryRate &row = rowWithPrefix(*plan, edit.prefix);
    const RateRepository::Change change{
        0,        planId,     edit.prefix, edit.category, previous.micros, edit.priceMicros,
        agent.id, m_ctx.now()};
    if (!m_rates.setPrice(planId, row, category, !edit.country.trimmed().isEmpty()) ||
        !m_rates.logChange(change) || !publishAccount() || !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    qCInfo(lcHubApi, "rate of plan %s, prefix '%s', %s: %lld -> %lld micros, by agent %lld",
           qUtf8Printable(planId), qUtf8Printable(edit.prefix), qUtf8Printable(edit.category),
           qlonglong(previous.micros), qlonglong(edit.priceMicros), qlonglong(agent.id));
    return rates();
}

CommandResult BillingService::resetRates(const Agent &agent, const QString &planId)
{
    const std::optional<RatePlan> preset = presetPlan(planId);
    if (!preset)
        return unknownPlan(planId);
    Transaction transaction(m_ctx.db);
    const std::optional<RatePlan> before = storedPlan(planId);
    if (!before)
        return storeFailure();
    // One log row per price the reset moves; a row the preset lacks now pays the preset's
    // other-countries price.
    for (const CountryRate &old : templateRateRows(*before)) {
        const CountryRate &now = rowWithPrefix(*preset, old.prefix);
        for (PricingCategory category : allPricingCategories) {
            if (old.price(category) == now.price(category))
                continue;
            if (!m_rates.logChange({0, planId, old.prefix, pricingCategoryName(category),
                                    old.price(category).micros, now.price(category).micros,
                                    agent.id, m_ctx.now()}))
                return storeFailure();
        }
    }
    if (!m_rates.replacePlan(planId, templateRateRows(*preset)) || !publishAccount() ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    qCInfo(lcHubApi, "rates of plan %s reset to the presets by agent %lld", qUtf8Printable(planId),
           qlonglong(agent.id));
    return rates();
}

CommandResult BillingService::rateChanges(int limit)
{
    const std::optional<QList<RateRepository::Change>> changes =
        m_rates.changes(qBound(1, limit, 500));
    if (!changes)
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The rate changes could not be read."));
    QJsonArray list;
    for (const RateRepository::Change &c : *changes)
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("plan"), c.planId},
                                {QStringLiteral("prefix"), c.prefix},
                                {QStringLiteral("category"), c.category},
                                {QStringLiteral("old_micros"), c.oldMicros},
                                {QStringLiteral("new_micros"), c.newMicros},
                                {QStringLiteral("agent_id"), c.agentId},
                                {QStringLiteral("changed_at"), toIsoUtc(c.at)}});
    return CommandResult::success({{QStringLiteral("changes"), list}});
}

} // namespace parley::hub
