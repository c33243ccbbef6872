#include "core/protocol/credittypes.h"

#include "core/protocol/isotime.h"
#include "core/protocol/jsonreader.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace parley {

QJsonObject toJson(const CreditSummary &summary)
{
    return {{QStringLiteral("balance"), summary.balance},
            {QStringLiteral("plan"), summary.planId},
            {QStringLiteral("auto_recharge"), toJson(summary.autoRecharge)},
            {QStringLiteral("usage"),
             QJsonObject{{QStringLiteral("charged_messages"), summary.chargedMessagesThisMonth},
                         {QStringLiteral("customer_conversations"),
                          summary.customerConversationsThisMonth}}}};
}

bool fromJson(const QJsonObject &json, CreditSummary *summary, QString *error)
{
    JsonReader r(json);
    summary->balance = r.integer(QStringLiteral("balance"), true);
    summary->planId = r.string(QStringLiteral("plan"));
    JsonReader recharge(r.object(QStringLiteral("auto_recharge")));
    summary->autoRecharge.enabled = recharge.boolean(QStringLiteral("enabled"));
    summary->autoRecharge.minimumBalance = recharge.integer(QStringLiteral("minimum_balance"));
    summary->autoRecharge.creditsToAdd = recharge.integer(QStringLiteral("credits_to_add"));
    JsonReader usage(r.object(QStringLiteral("usage")));
    summary->chargedMessagesThisMonth = usage.integer(QStringLiteral("charged_messages"));
    summary->customerConversationsThisMonth =
        usage.integer(QStringLiteral("customer_conversations"));
    return finish(r, error) && finish(recharge, error) && finish(usage, error);
}

bool fromJson(const QJsonObject &json, TrialStatus *trial, QString *error)
{
    JsonReader r(json);
    trial->state = r.string(QStringLiteral("state"), true);
    trial->expired = r.boolean(QStringLiteral("expired"));
    trial->day = r.integer(QStringLiteral("day"));
    trial->lengthDays = r.integer(QStringLiteral("length_days"));
    trial->businessRecipients = r.integer(QStringLiteral("business_recipients"));
    trial->maxBusinessRecipients = r.integer(QStringLiteral("max_business_recipients"));
    trial->customerConversations = r.integer(QStringLiteral("customer_conversations"));
    trial->maxCustomerConversations = r.integer(QStringLiteral("max_customer_conversations"));
    trial->expandedMessages = r.integer(QStringLiteral("expanded_messages"));
    trial->maxExpandedMessages = r.integer(QStringLiteral("max_expanded_messages"));
    return finish(r, error);
}

QString toQuery(const LedgerQuery &query)
{
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (query.beforeId > 0)
        items.addQueryItem(QStringLiteral("before"), QString::number(query.beforeId));
    if (!query.kind.isEmpty())
        items.addQueryItem(QStringLiteral("kind"), query.kind);
    if (query.from > 0)
        items.addQueryItem(QStringLiteral("from"), toIsoUtc(query.from));
    if (query.until > 0)
        items.addQueryItem(QStringLiteral("to"), toIsoUtc(query.until));
    return items.toString(QUrl::FullyEncoded);
}

bool fromJson(const QJsonObject &json, LedgerPage *page, QString *error)
{
    for (const QJsonValue &each : json.value(QStringLiteral("entries")).toArray()) {
        JsonReader r(each.toObject());
        LedgerEntry entry;
        entry.id = r.id(QStringLiteral("id"), true);
        entry.kind = r.enumValue(QStringLiteral("kind"), &ledgerKindFromName, LedgerKind::Charge);
        entry.amount = r.integer(QStringLiteral("amount"));
        entry.balanceAfter = r.integer(QStringLiteral("balance_after"));
        entry.messageId = r.id(QStringLiteral("message_id"));
        entry.note = r.string(QStringLiteral("note"));
        entry.createdAt = r.time(QStringLiteral("created_at"));
        if (!finish(r, error))
            return false;
        page->entries.append(entry);
    }
    return true;
}

QJsonObject purchaseRequest(qint64 packs)
{
    return {{QStringLiteral("packs"), packs}};
}

QJsonObject toJson(const AutoRechargeSettings &settings)
{
    return {{QStringLiteral("enabled"), settings.enabled},
            {QStringLiteral("minimum_balance"), settings.minimumBalance},
            {QStringLiteral("credits_to_add"), settings.creditsToAdd}};
}

QJsonObject planRequest(const QString &planId)
{
    return {{QStringLiteral("plan"), planId}};
}

QJsonObject trialStateRequest(const QString &state)
{
    return {{QStringLiteral("state"), state}};
}

QList<CountryRate> RateTable::ratesOf(const QString &planId) const
{
    for (const PlanRates &plan : plans) {
        if (plan.planId == planId)
            return plan.rates;
    }
    return {};
}

QJsonObject toJson(const RateTable &table)
{
    QJsonArray plans;
    for (const PlanRates &plan : table.plans) {
        QJsonArray rows;
        for (const CountryRate &rate : plan.rates) {
            QJsonObject row{{QStringLiteral("prefix"), rate.prefix},
                            {QStringLiteral("country"), rate.country}};
            for (PricingCategory category : allPricingCategories)
                row.insert(pricingCategoryName(category), rate.price(category).micros);
            rows.append(row);
        }
        plans.append(QJsonObject{{QStringLiteral("plan"), plan.planId},
                                 {QStringLiteral("currency"), plan.currency},
                                 {QStringLiteral("rates"), rows}});
    }
    return {{QStringLiteral("plans"), plans}};
}

bool fromJson(const QJsonObject &json, RateTable *table, QString *error)
{
    for (const QJsonValue &eachPlan : json.value(QStringLiteral("plans")).toArray()) {
        JsonReader r(eachPlan.toObject());
        PlanRates plan;
        plan.planId = r.string(QStringLiteral("plan"), true);
        plan.currency = r.string(QStringLiteral("currency"), true);
        if (!finish(r, error))
            return false;
        for (const QJsonValue &eachRow :
             eachPlan.toObject().value(QStringLiteral("rates")).toArray()) {
            JsonReader row(eachRow.toObject());
            CountryRate rate;
            rate.prefix = row.string(QStringLiteral("prefix"), true);
            rate.country = row.string(QStringLiteral("country"));
            for (PricingCategory category : allPricingCategories)
                rate.setPrice(category, Money{plan.currency,
                                              row.integer(pricingCategoryName(category), true)});
            if (!finish(row, error))
                return false;
            plan.rates.append(rate);
        }
        table->plans.append(plan);
    }
    return true;
}

QJsonObject rateEditRequest(const QString &planId, const RateEdit &edit)
{
    QJsonObject body{{QStringLiteral("plan"), planId},
                     {QStringLiteral("prefix"), edit.prefix},
                     {QStringLiteral("category"), edit.category},
                     {QStringLiteral("price_micros"), edit.priceMicros}};
    if (!edit.country.isEmpty())
        body.insert(QStringLiteral("country"), edit.country);
    return body;
}

QJsonObject rateResetRequest(const QString &planId)
{
    return {{QStringLiteral("plan"), planId}};
}

} // namespace parley
