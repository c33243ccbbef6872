#pragma once

#include "core/billing/rateedit.h"
#include "core/domain/credits.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace parley {

// Bodies of the credits endpoints (docs/api.md "Credits"). Replies are read with fromJson,
// which checks each field's type and says which one was wrong; requests are written with toJson.

// GET /api/v1/credits, and the reply of every credits write.
struct CreditSummary {
    Credits balance = 0;
    QString planId; // RatePlan::id
    AutoRechargeSettings autoRecharge;
    qint64 chargedMessagesThisMonth = 0;
    qint64 customerConversationsThisMonth = 0;
};
QJsonObject toJson(const CreditSummary &summary);
bool fromJson(const QJsonObject &json, CreditSummary *summary, QString *error);

// GET and POST /api/v1/credits/trial. `state` is "off", "trial" or "expanded".
struct TrialStatus {
    QString state;
    bool expired = false;
    qint64 day = 0;
    qint64 lengthDays = 0;
    qint64 businessRecipients = 0;
    qint64 maxBusinessRecipients = 0;
    qint64 customerConversations = 0;
    qint64 maxCustomerConversations = 0;
    qint64 expandedMessages = 0;
    qint64 maxExpandedMessages = 0;
};
bool fromJson(const QJsonObject &json, TrialStatus *trial, QString *error);

// GET /api/v1/credits/ledger: newest first, `limit` entries below `beforeId` (0: the newest).
struct LedgerQuery {
    int limit = 50;
    Id beforeId = 0;
    QString kind;          // ledgerKindName(), or empty for every kind
    TimestampMs from = 0;  // 0: no lower bound
    TimestampMs until = 0; // exclusive; 0: no upper bound
};
QString toQuery(const LedgerQuery &query); // the URL query, percent-encoded

struct LedgerPage {
    QList<LedgerEntry> entries;
};
bool fromJson(const QJsonObject &json, LedgerPage *page, QString *error);

// POST /api/v1/credits/purchases, /auto-recharge and /plan.
QJsonObject purchaseRequest(qint64 packs);
QJsonObject toJson(const AutoRechargeSettings &settings);
QJsonObject planRequest(const QString &planId);
QJsonObject trialStateRequest(const QString &state);

// GET /api/v1/credits/rates, and the reply of every rate write (issue #14 item 7): each plan's
// template rates as stored on the hub, the other-countries row (empty prefix) last. Prices are
// integers in micro-units of the plan's currency.
struct PlanRates {
    QString planId;
    QString currency;
    QList<CountryRate> rates;
};
struct RateTable {
    QList<PlanRates> plans;
    // The plan's rows; empty when the table has no such plan.
    QList<CountryRate> ratesOf(const QString &planId) const;
};
QJsonObject toJson(const RateTable &table);
bool fromJson(const QJsonObject &json, RateTable *table, QString *error);

// POST /api/v1/credits/rates (one price) and /api/v1/credits/rates/reset (a plan's presets).
QJsonObject rateEditRequest(const QString &planId, const RateEdit &edit);
QJsonObject rateResetRequest(const QString &planId);

} // namespace parley
