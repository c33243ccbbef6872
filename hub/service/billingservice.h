#pragma once

#include "core/billing/autorecharge.h"
#include "core/billing/charging.h"
#include "core/billing/rateedit.h"
#include "core/billing/rateplan.h"
#include "core/whatsapp/webhooktypes.h"
#include "hub/service/conversationservice.h"
#include "hub/service/paymentprovider.h"
#include "hub/service/trialservice.h"
#include "hub/store/raterepository.h"

namespace parley::hub {

// The team's credit account (R8). Sends are charged from the rate table when they are queued,
// so the balance can never be spent twice; Meta's pricing object on the "sent" status then
// settles the charge (a refund when Meta says free, an adjustment when its category differs),
// and a failed send is refunded. Every movement is a ledger row; a message is charged and
// settled at most once, whatever Meta repeats.
class BillingService {
public:
    BillingService(HubContext &context, PaymentProvider &payments)
        : m_ctx(context), m_payments(payments), m_trial(context), m_rates(context.db)
    {}

    struct Account {
        Credits balance = 0;
        RatePlan plan;
        AutoRechargeSettings autoRecharge;
        MonthlyUsage usage;
    };
    Account account();

    // Inside the caller's transaction: checks the balance (recharging when set up), then charges
    // the message. On refusal returns a 402 credits_insufficient result; ok() otherwise.
    CommandResult chargeForSend(const Conversation &conversation, Id messageId, OutboundKind kind,
                                PricingCategory category);
    // Inside the caller's transaction.
    bool settleWithMetaPricing(Id messageId, const Conversation &conversation, OutboundKind kind,
                               const whatsapp::StatusPricing &pricing);
    bool refund(Id messageId, const QString &why);
    // A customer message that opens a new 24-hour conversation (R8.1, R8.6) is counted.
    bool countCustomerMessage(const Conversation &before, TimestampMs at);

    CommandResult buy(const Agent &agent, qint64 packs);
    TrialService &trial() { return m_trial; }
    CommandResult setAutoRecharge(const AutoRechargeSettings &settings);
    CommandResult setPlan(const QString &planId);
    // The rate table (R8.5, issue #14 item 7; billingrates.cpp): every plan's template rates as
    // stored, which is what chargeForSend() charges. Each change is checked by core's
    // applyRateEdit() before it is stored, logged with who and what it was, and announced as
    // credits.updated so that every desktop's Credits page reads the table again.
    CommandResult rates();
    CommandResult setRate(const Agent &agent, const QString &planId, const RateEdit &edit);
    // Back to core/billing's presets for the plan.
    CommandResult resetRates(const Agent &agent, const QString &planId);
    CommandResult rateChanges(int limit);
    CommandResult summary();
    // Newest first; `from`/`to` (epoch ms, 0 = open) bound created_at, `to` exclusive.
    CommandResult ledger(int limit, qint64 beforeId, const QString &kind, TimestampMs from = 0,
                         TimestampMs to = 0);

private:
    // The preset `planId` with its stored template rates; nullopt for an unknown plan or when
    // the store failed (`*storeFailed` tells which).
    std::optional<RatePlan> storedPlan(const QString &planId, bool *storeFailed = nullptr);
    // setPlan's and the rate table's refusal of a plan id that is not a preset's.
    static CommandResult unknownPlan(const QString &planId);
    bool addLedger(LedgerKind kind, Credits amount, Id messageId, const QString &note);
    bool publishAccount();
    Charge quote(const Conversation &conversation, OutboundKind kind, PricingCategory category,
                 const std::optional<MetaPricing> &meta, const Account &account);

    HubContext &m_ctx;
    PaymentProvider &m_payments;
    TrialService m_trial;
    RateRepository m_rates;
};

} // namespace parley::hub
