#pragma once

#include "core/domain/channel.h"
#include "core/protocol/credittypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The credits endpoints (docs/api.md "Credits", R8.x), typed. Every write answers with the new
// summary.
class CreditsApi {
public:
    explicit CreditsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    void summary(HubCallback<CreditSummary> done) const;
    void ledger(const LedgerQuery &query, HubCallback<LedgerPage> done) const;
    void buyPacks(qint64 packs, HubCallback<CreditSummary> done) const;
    void setAutoRecharge(const AutoRechargeSettings &settings,
                         HubCallback<CreditSummary> done) const;
    void setPlan(const QString &planId, HubCallback<CreditSummary> done) const;
    // The rate table (issue #14 item 7): every signed-in agent reads it, admins change it; each
    // change answers with the whole table.
    void rates(HubCallback<RateTable> done) const;
    void setRate(const QString &planId, const RateEdit &edit, HubCallback<RateTable> done) const;
    void resetRates(const QString &planId, HubCallback<RateTable> done) const;
    void trial(HubCallback<TrialStatus> done) const;
    void setTrialState(const QString &state, HubCallback<TrialStatus> done) const;

private:
    HubApi m_api;
};

} // namespace parley
