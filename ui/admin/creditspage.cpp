#include "ui/admin/creditspage.h"

#include "core/billing/autorecharge.h"
#include "core/billing/purchase.h"
#include "core/mirror/adminreads.h"
#include "ui/admin/creditformat.h"
#include "ui/admin/creditledgerview.h"
#include "ui/admin/creditratetable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parley::ui {

CreditsPage::CreditsPage(AdminMirror mirror, HubClient *hub, QWidget *parent)
    : QWidget(parent), m_mirror(mirror), m_credits(HubApi(hub)), m_channels(HubApi(hub)),
      m_plan(presetRatePlans().first()), m_error(new QLabel(this)),
      m_rates(new CreditRateTable(this)), m_ledger(new CreditLedgerView(hub, this))
{
    m_error->setObjectName(QStringLiteral("creditsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_error);
    column->addWidget(balanceBox());
    column->addWidget(buyBox());
    column->addWidget(autoRechargeBox());
    auto *rates = new QGroupBox(tr("Rate table"), content);
    rates->setObjectName(QStringLiteral("rateTableBox"));
    (new QVBoxLayout(rates))->addWidget(m_rates);
    column->addWidget(rates);
    column->addWidget(trialBox());
    auto *history = new QGroupBox(tr("Usage history"), content);
    (new QVBoxLayout(history))->addWidget(m_ledger);
    column->addWidget(history);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_rates, &CreditRateTable::planChosen, this, &CreditsPage::choosePlan);
    connect(m_rates, &CreditRateTable::rateEdited, this, &CreditsPage::saveRate);
    connect(m_rates, &CreditRateTable::editRefused, this, &CreditsPage::showError);
    reload();
    refresh();
}

QWidget *CreditsPage::balanceBox()
{
    auto *box = new QGroupBox(tr("Balance"), this);
    m_balanceLabel = new QLabel(box);
    m_balanceLabel->setObjectName(QStringLiteral("balance"));
    QFont big = m_balanceLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_balanceLabel->setFont(big);
    m_usage = new QLabel(box);
    m_warning = new QLabel(box);
    m_warning->setObjectName(QStringLiteral("lowBalanceWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_balanceLabel);
    layout->addWidget(m_usage);
    layout->addWidget(m_warning);
    return box;
}

QWidget *CreditsPage::buyBox()
{
    auto *box = new QGroupBox(tr("Buy credits"), this);
    m_packs = new QSpinBox(box);
    m_packs->setObjectName(QStringLiteral("buyPacks"));
    m_packs->setRange(1, int(qMin<qint64>(maxPacksPerPurchase, INT_MAX)));
    m_quote = new QLabel(box);
    m_quote->setObjectName(QStringLiteral("buyQuote"));
    m_buy = new QPushButton(tr("Buy…"), box);
    m_buy->setObjectName(QStringLiteral("buy"));
    m_buyReason = new QLabel(box);
    m_buyReason->setObjectName(QStringLiteral("buyReason"));
    m_buyReason->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_packs);
    row->addWidget(m_quote, 1);
    row->addWidget(m_buy);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_buyReason);
    connect(m_packs, &QSpinBox::valueChanged, this, &CreditsPage::updateQuote);
    connect(m_buy, &QPushButton::clicked, this, &CreditsPage::buy);
    return box;
}

QWidget *CreditsPage::autoRechargeBox()
{
    auto *box = new QGroupBox(tr("Auto-recharge"), this);
    m_rechargeOn = new QCheckBox(tr("Buy credits automatically when the balance runs low"), box);
    m_rechargeOn->setObjectName(QStringLiteral("autoRechargeOn"));
    m_minimum = new QSpinBox(box);
    m_minimum->setObjectName(QStringLiteral("autoRechargeMinimum"));
    m_minimum->setRange(0, INT_MAX);
    m_toAdd = new QSpinBox(box);
    m_toAdd->setObjectName(QStringLiteral("autoRechargeCredits"));
    m_toAdd->setRange(0, INT_MAX);
    m_saveRecharge = new QPushButton(tr("Save auto-recharge"), box);
    m_saveRecharge->setObjectName(QStringLiteral("saveAutoRecharge"));
    auto *form = new QFormLayout(box);
    form->addRow(m_rechargeOn);
    form->addRow(tr("Minimum balance to keep (credits):"), m_minimum);
    form->addRow(tr("Credits to add each time:"), m_toAdd);
    form->addRow(m_saveRecharge);
    connect(m_saveRecharge, &QPushButton::clicked, this, &CreditsPage::saveAutoRecharge);
    return box;
}

QWidget *CreditsPage::trialBox()
{
    auto *box = new QGroupBox(tr("Trial"), this);
    m_trialState = new QComboBox(box);
    m_trialState->setObjectName(QStringLiteral("trialState"));
    m_trialState->addItem(tr("Live account: no trial limits"), QStringLiteral("off"));
    m_trialState->addItem(tr("Trial, before business verification"), QStringLiteral("trial"));
    m_trialState->addItem(tr("Expanded trial, after business verification"),
                          QStringLiteral("expanded"));
    m_trialSummary = new QLabel(box);
    m_trialSummary->setObjectName(QStringLiteral("trialSummary"));
    m_trialSummary->setWordWrap(true);
    auto *apply = new QPushButton(tr("Apply"), box);
    apply->setObjectName(QStringLiteral("applyTrial"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_trialState, 1);
    row->addWidget(apply);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_trialSummary);
    connect(apply, &QPushButton::clicked, this, &CreditsPage::setTrialState);
    return box;
}

void CreditsPage::refresh()
{
    if (!m_credits.isConnected())
        return;
    const auto guarded = [self = QPointer(this)](auto show) {
        return [self, show](const auto &result) {
            if (!self)
                return;
            if (!result.ok())
                self->showError(result.error().text());
            else
                show(self.data(), result.value());
        };
    };
    m_credits.summary(guarded(std::mem_fn(&CreditsPage::showSummary)));
    m_credits.trial(guarded(std::mem_fn(&CreditsPage::showTrial)));
    m_credits.rates(guarded(std::mem_fn(&CreditsPage::showRates)));
    m_channels.list(guarded([](CreditsPage *page, const QList<Channel> &channels) {
        page->m_channelOrder.hubShown();
        page->setChannels(channels);
    }));
    m_ledger->reload();
}

void CreditsPage::reload()
{
    const AnswerOrder::Question question = m_channelOrder.askMirror();
    m_mirror.read<QList<Channel>>(
        this, readAdminChannels, [this, question](const QList<Channel> &channels) {
            if (m_channelOrder.mirrorMayShow(question) && !channels.isEmpty())
                setChannels(channels);
        });
}

void CreditsPage::showSummary(const CreditSummary &summary)
{
    m_summaryKnown = true;
    m_balance = summary.balance;
    if (const std::optional<RatePlan> plan = presetPlan(summary.planId))
        m_plan = *plan;
    m_autoRecharge = summary.autoRecharge;
    m_rechargeOn->setChecked(m_autoRecharge.enabled);
    m_minimum->setValue(int(qMin<qint64>(m_autoRecharge.minimumBalance, INT_MAX)));
    m_toAdd->setValue(int(qMin<qint64>(m_autoRecharge.creditsToAdd, INT_MAX)));

    m_balanceLabel->setText(
        tr("%1 credits (%2)")
            .arg(creditsText(m_balance), moneyDisplay(moneyFor(m_plan, m_balance))));
    m_usage->setText(tr("This month: %1 charged messages, %2 customer-initiated conversations.")
                         .arg(QLocale().toString(summary.chargedMessagesThisMonth),
                              QLocale().toString(summary.customerConversationsThisMonth)));
    m_warning->setVisible(isLowBalance());
    m_warning->setText(
        m_autoRecharge.enabled
            ? tr("The balance is low: auto-recharge adds %1 credits with the next message.")
                  .arg(creditsText(m_autoRecharge.creditsToAdd))
            : tr("The balance is low (%1 credits or less). Buy credits or turn on auto-recharge, "
                 "or sending will stop when it runs out.")
                  .arg(creditsText(lowBalanceThreshold())));
    m_rates->setCurrentPlan(m_plan.id);
    updateQuote();
    updateBuyState();
    emit summaryShown();
}

void CreditsPage::showTrial(const TrialStatus &trial)
{
    const QString &state = trial.state;
    m_trialState->setCurrentIndex(qMax(0, m_trialState->findData(state)));
    const QLocale locale;
    const auto count = [&](qint64 used, qint64 max) {
        return tr("%1 of %2").arg(locale.toString(used), locale.toString(max));
    };
    QString text;
    if (state == QLatin1String("trial")) {
        text = trial.expired
                   ? tr("The trial has ended: verify the business with Meta to keep sending.")
                   : tr("Day %1 of %2.")
                         .arg(locale.toString(trial.day), locale.toString(trial.lengthDays));
        text += u'\n' + tr("Numbers sent business-initiated messages: %1.")
                            .arg(count(trial.businessRecipients, trial.maxBusinessRecipients));
        text +=
            u'\n' + tr("Customer-initiated conversations answered: %1.")
                        .arg(count(trial.customerConversations, trial.maxCustomerConversations));
    } else if (state == QLatin1String("expanded")) {
        text = tr("Customer-initiated messages sent: %1.")
                   .arg(count(trial.expandedMessages, trial.maxExpandedMessages));
    } else {
        text = tr("No trial limits apply.");
    }
    m_trialSummary->setText(text);
    emit trialShown();
}

void CreditsPage::setChannels(const QList<Channel> &channels)
{
    m_channelStatus = purchaseChannelStatus(channels);
    updateBuyState();
    emit channelsShown();
}

bool CreditsPage::canBuy() const
{
    return buyBlockedReason().isEmpty();
}

QString CreditsPage::buyBlockedReason() const
{
    const RuleErrors errors = checkCreditPurchase(m_channelStatus, m_packs->value());
    if (errors.isEmpty())
        return {};
    RuleError first = errors.first();
    first.args.insert(QStringLiteral("status"), channelStatusText(m_channelStatus));
    return first.message();
}

Credits CreditsPage::lowBalanceThreshold() const
{
    return m_autoRecharge.minimumBalance > 0 ? m_autoRecharge.minimumBalance : m_plan.pack.credits;
}

bool CreditsPage::isLowBalance() const
{
    return m_summaryKnown && m_balance <= lowBalanceThreshold();
}

void CreditsPage::updateQuote()
{
    const CreditPurchase quote = quoteCreditPurchase(m_plan, m_packs->value());
    m_quote->setText(packQuoteText(m_plan, quote.credits, quote.price));
}

void CreditsPage::updateBuyState()
{
    const QString reason = buyBlockedReason();
    m_buy->setEnabled(reason.isEmpty() && m_summaryKnown && !m_busy);
    m_buyReason->setText(reason);
    m_buyReason->setVisible(!reason.isEmpty());
}

QMessageBox *CreditsPage::buy()
{
    if (!canBuy() || !m_credits.isConnected() || m_busy)
        return nullptr;
    const qint64 packs = m_packs->value();
    const CreditPurchase quote = quoteCreditPurchase(m_plan, packs);
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Buy credits"),
        tr("Buy %1 credits for %2?").arg(creditsText(quote.credits), moneyDisplay(quote.price)),
        QMessageBox::Cancel, this);
    QPushButton *pay = question->addButton(tr("Buy and pay"), QMessageBox::AcceptRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, pay, packs](QAbstractButton *b) {
        if (b == pay)
            m_credits.buyPacks(packs, afterWrite());
    });
    question->open();
    return question;
}

void CreditsPage::saveAutoRecharge()
{
    const AutoRechargeSettings settings{m_rechargeOn->isChecked(), m_minimum->value(),
                                        m_toAdd->value()};
    const RuleErrors errors = validateAutoRecharge(settings);
    if (!errors.isEmpty()) {
        showError(errors.first().message());
        return;
    }
    m_credits.setAutoRecharge(settings, afterWrite());
}

void CreditsPage::choosePlan(const QString &planId)
{
    m_credits.setPlan(planId, afterWrite());
}

void CreditsPage::showRates(const RateTable &rates)
{
    m_rates->setRates(rates);
    // The Credits page is an admin's (AdminWindow): prices are typed once the hub's are known.
    m_rates->setEditable(m_credits.isConnected());
    emit ratesShown();
}

void CreditsPage::saveRate(const QString &planId, const RateEdit &edit)
{
    m_rates->setBusy(true);
    m_credits.setRate(planId, edit, [self = QPointer(this)](const HubResult<RateTable> &rates) {
        if (!self)
            return;
        self->m_rates->setBusy(false);
        if (!rates.ok()) {
            self->m_rates->showHubRates(); // the price as the hub still has it
            self->showError(rates.error().text());
            return;
        }
        self->m_error->hide();
        self->showRates(*rates);
    });
}

void CreditsPage::setTrialState()
{
    m_credits.setTrialState(m_trialState->currentData().toString(),
                            [self = QPointer(this)](const HubResult<TrialStatus> &trial) {
                                if (!self)
                                    return;
                                if (!trial.ok())
                                    self->showError(trial.error().text());
                                else
                                    self->showTrial(*trial);
                            });
}

HubCallback<CreditSummary> CreditsPage::afterWrite()
{
    m_busy = true;
    m_rates->setBusy(true);
    updateBuyState();
    return [self = QPointer(this)](const HubResult<CreditSummary> &summary) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_rates->setBusy(false);
        if (!summary.ok()) {
            self->showError(summary.error().text());
            self->updateBuyState();
            return;
        }
        self->m_error->hide();
        self->showSummary(*summary);
        self->m_ledger->reload();
    };
}

void CreditsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    emit failed(message);
}

} // namespace parley::ui
