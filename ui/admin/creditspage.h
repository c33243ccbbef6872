#pragma once

#include "core/billing/rateplan.h"
#include "core/domain/channel.h"
#include "core/domain/credits.h"
#include "core/sync/channelsapi.h"
#include "core/sync/creditsapi.h"
#include "ui/admin/adminmirror.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;

namespace parley::ui {

class CreditLedgerView;
class CreditRateTable;

// R8 for admins: the balance, buying credits, auto-recharge, the rate table, the trial and the
// usage history. Credits live on the hub (CreditsApi; `credits.updated` events carry the same
// summary, so the window can pass them to showSummary). Channels come from the mirror
// and are refreshed from the hub, because buying needs a connected number (R8.2).
//
// Low balance: the warning shows when the balance is at or below the auto-recharge minimum
// (where auto-recharge would step in), or, with no minimum set, at or below one pack of the
// plan (US$1, one IM credit, one point): less than the smallest purchase is nearly nothing.
class CreditsPage : public QWidget {
    Q_OBJECT
public:
    CreditsPage(AdminMirror mirror, HubClient *hub, QWidget *parent = nullptr);

    bool canBuy() const;
    QString buyBlockedReason() const; // translated; empty when buying is possible
    Credits balance() const { return m_balance; }
    Credits lowBalanceThreshold() const;
    bool isLowBalance() const;

public slots:
    // Everything again from the hub: summary, trial, channels and the ledger.
    void refresh();
    // After a sync batch changed channels.
    void reload();
    void showSummary(const CreditSummary &summary);
    void setChannels(const QList<Channel> &channels);
    // R8.2: asks to confirm the purchase shown; buys when confirmed. Returns the question, or
    // null when buying is not possible now.
    QMessageBox *buy();

signals:
    void summaryShown();
    // The hub's rate table is shown (after a read or a saved price).
    void ratesShown();
    void trialShown();
    void channelsShown();
    void failed(const QString &message);

private:
    QWidget *balanceBox();
    QWidget *buyBox();
    QWidget *autoRechargeBox();
    QWidget *trialBox();
    void showTrial(const TrialStatus &trial);
    void updateQuote();
    void updateBuyState();
    void saveAutoRecharge();
    void choosePlan(const QString &planId);
    void showRates(const RateTable &rates);
    void saveRate(const QString &planId, const RateEdit &edit);
    void setTrialState();
    // Every credits write answers with the new summary.
    HubCallback<CreditSummary> afterWrite();
    void showError(const QString &message);

    AdminMirror m_mirror;
    AnswerOrder m_channelOrder; // the mirror's channels, then the hub's
    CreditsApi m_credits;
    ChannelsApi m_channels;
    RatePlan m_plan;
    Credits m_balance = 0;
    AutoRechargeSettings m_autoRecharge;
    ChannelStatus m_channelStatus = ChannelStatus::PendingVerification;
    bool m_summaryKnown = false;
    bool m_busy = false;

    QLabel *m_balanceLabel = nullptr;
    QLabel *m_usage = nullptr;
    QLabel *m_warning = nullptr;
    QSpinBox *m_packs = nullptr;
    QLabel *m_quote = nullptr;
    QPushButton *m_buy = nullptr;
    QLabel *m_buyReason = nullptr;
    QCheckBox *m_rechargeOn = nullptr;
    QSpinBox *m_minimum = nullptr;
    QSpinBox *m_toAdd = nullptr;
    QPushButton *m_saveRecharge = nullptr;
    QComboBox *m_trialState = nullptr;
    QLabel *m_trialSummary = nullptr;
    QLabel *m_error = nullptr;
    CreditRateTable *m_rates = nullptr;
    CreditLedgerView *m_ledger = nullptr;
};

} // namespace parley::ui
