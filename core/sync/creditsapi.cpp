#include "core/sync/creditsapi.h"

#include "core/protocol/listcodec.h"

namespace parley {

void CreditsApi::summary(HubCallback<CreditSummary> done) const
{
    m_api.get<CreditSummary>(QStringLiteral("/credits"), HubSubject::Change,
                             &decodeReply<CreditSummary>, std::move(done));
}

void CreditsApi::ledger(const LedgerQuery &query, HubCallback<LedgerPage> done) const
{
    m_api.get<LedgerPage>(QStringLiteral("/credits/ledger?") + toQuery(query), HubSubject::Change,
                          &decodeReply<LedgerPage>, std::move(done));
}

void CreditsApi::buyPacks(qint64 packs, HubCallback<CreditSummary> done) const
{
    m_api.post<CreditSummary>(QStringLiteral("/credits/purchases"), purchaseRequest(packs),
                              HubSubject::Change, &decodeReply<CreditSummary>, std::move(done));
}

void CreditsApi::setAutoRecharge(const AutoRechargeSettings &settings,
                                 HubCallback<CreditSummary> done) const
{
    m_api.post<CreditSummary>(QStringLiteral("/credits/auto-recharge"), toJson(settings),
                              HubSubject::Change, &decodeReply<CreditSummary>, std::move(done));
}

void CreditsApi::setPlan(const QString &planId, HubCallback<CreditSummary> done) const
{
    m_api.post<CreditSummary>(QStringLiteral("/credits/plan"), planRequest(planId),
                              HubSubject::Change, &decodeReply<CreditSummary>, std::move(done));
}

void CreditsApi::rates(HubCallback<RateTable> done) const
{
    m_api.get<RateTable>(QStringLiteral("/credits/rates"), HubSubject::Change,
                         &decodeReply<RateTable>, std::move(done));
}

void CreditsApi::setRate(const QString &planId, const RateEdit &edit,
                         HubCallback<RateTable> done) const
{
    m_api.post<RateTable>(QStringLiteral("/credits/rates"), rateEditRequest(planId, edit),
                          HubSubject::Change, &decodeReply<RateTable>, std::move(done));
}

void CreditsApi::resetRates(const QString &planId, HubCallback<RateTable> done) const
{
    m_api.post<RateTable>(QStringLiteral("/credits/rates/reset"), rateResetRequest(planId),
                          HubSubject::Change, &decodeReply<RateTable>, std::move(done));
}

void CreditsApi::trial(HubCallback<TrialStatus> done) const
{
    m_api.get<TrialStatus>(QStringLiteral("/credits/trial"), HubSubject::Change,
                           &decodeReply<TrialStatus>, std::move(done));
}

void CreditsApi::setTrialState(const QString &state, HubCallback<TrialStatus> done) const
{
    m_api.post<TrialStatus>(QStringLiteral("/credits/trial"), trialStateRequest(state),
                            HubSubject::Change, &decodeReply<TrialStatus>, std::move(done));
}

} // namespace parley
