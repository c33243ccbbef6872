#pragma once

#include "core/billing/trial.h"
#include "hub/service/conversationservice.h"

namespace parley::hub {

// R8.6's trial limits with core's rules. A live account ('off', the default for a self-hosted
// hub whose number Meta has verified) is not limited; an admin puts the account in 'trial' or
// 'expanded' when it is one.
class TrialService {
public:
    explicit TrialService(HubContext &context) : m_ctx(context) {}

    // Inside the caller's transaction: refuses a business send the trial does not allow (402),
    // else records it.
    CommandResult allowSend(const QString &number);
    // Inside the caller's transaction: a customer message may open a trial conversation.
    bool recordCustomerMessage(const QString &number, TimestampMs at);

    CommandResult setState(const QString &state);
    CommandResult summary();

private:
    QString state();
    TrialUsage usage();
    bool save(const TrialUsage &usage);

    HubContext &m_ctx;
    TrialPolicy m_policy;
};

} // namespace parley::hub
