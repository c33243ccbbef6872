// The admin Credits screen (R8) against a real parley-hub: buying only once a number is active,
// the purchase confirmation, auto-recharge, the low-balance warning, the rate table's presets,
// the trial and the usage history.
#include "adminpagefixture.h"
#include "core/billing/purchase.h"
#include "core/billing/rateplan.h"
#include "ui/admin/creditformat.h"
#include "ui/admin/creditledgerview.h"
#include "ui/admin/creditspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class CreditsPageTest : public QObject, protected AdminPageFixture {
    Q_OBJECT
private:
    qint64 hubBalance()
    {
        return m_hub.get(QStringLiteral("/api/v1/credits"), m_admin)
            .json()
            .value(QStringLiteral("balance"))
            .toInteger();
    }

    // A page that has shown the hub's summary, trial and channels.
    std::unique_ptr<CreditsPage> openPage()
    {
        auto page = std::make_unique<CreditsPage>(m_mirror.database(), &m_client);
        QSignalSpy summary(page.get(), &CreditsPage::summaryShown);
        QSignalSpy channels(page.get(), &CreditsPage::channelsShown);
        QSignalSpy trial(page.get(), &CreditsPage::trialShown);
        if (!summary.wait(5000) || !(channels.count() || channels.wait(5000)) ||
            !(trial.count() || trial.wait(5000)))
            qWarning("the page did not load");
        return page;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(setUpAdmin());
        QVERIFY(addUnreachableChannel());
        QVERIFY2(startHubAsAdmin(), m_hub.log().constData());
    }

    void buyingWaitsForAnActiveNumber()
    {
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/channels/1/deactivate"), {}, m_admin).status,
                 200);
        auto page = openPage();
        auto *buy = child<QPushButton>(*page, "buy");
        auto *reason = child<QLabel>(*page, "buyReason");
        QVERIFY(!page->canBuy());
        QVERIFY(!buy->isEnabled());
        QVERIFY(!reason->isHidden());
        QVERIFY2(reason->text().contains(channelStatusText(ChannelStatus::Deactivated)),
                 qPrintable(reason->text()));
        QCOMPARE(page->buy(), nullptr);

        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/channels/1/activate"), {}, m_admin).status,
                 200);
        QSignalSpy channels(page.get(), &CreditsPage::channelsShown);
        page->refresh();
        QVERIFY(channels.wait(5000));
        QVERIFY(page->canBuy());
        QVERIFY(buy->isEnabled());
        QVERIFY(reason->isHidden());
    }

    void aPurchaseIsConfirmedFirst()
    {
        auto page = openPage();
        const qint64 before = hubBalance();
        child<QSpinBox>(*page, "buyPacks")->setValue(3);
        const CreditPurchase quote = quoteCreditPurchase(deskSessionPlan(), 3);
        QVERIFY(child<QLabel>(*page, "buyQuote")->text().contains(creditsText(quote.credits)));

        QMessageBox *question = page->buy();
        QVERIFY(question);
        QVERIFY(question->text().contains(moneyDisplay(quote.price)));
        question->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(hubBalance(), before);

        question = page->buy();
        QVERIFY(question);
        QSignalSpy summary(page.get(), &CreditsPage::summaryShown);
        buttonWithRole(question, QMessageBox::AcceptRole)->click();
        QVERIFY(summary.wait(5000));
        QCOMPARE(hubBalance(), before + quote.credits);
        QCOMPARE(page->balance(), before + quote.credits);
        auto *ledger = child<QTableWidget>(*page, "ledgerTable");
        QTRY_VERIFY(ledger->rowCount() > 0);
        QCOMPARE(ledger->item(0, 1)->text(), ledgerKindText(LedgerKind::Purchase));
        QCOMPARE(ledger->item(0, 2)->text(), u'+' + creditsText(quote.credits));
    }

    void theWarningFollowsTheAutoRechargeMinimum()
    {
        auto page = openPage();
        auto *warning = child<QLabel>(*page, "lowBalanceWarning");
        // No minimum: one pack of the plan is the threshold; 3 packs were bought above.
        QCOMPARE(page->lowBalanceThreshold(), deskSessionPlan().pack.credits);
        QVERIFY(!page->isLowBalance());
        QVERIFY(warning->isHidden());

        child<QCheckBox>(*page, "autoRechargeOn")->setChecked(true);
        child<QSpinBox>(*page, "autoRechargeMinimum")->setValue(int(page->balance() + 1));
        child<QSpinBox>(*page, "autoRechargeCredits")->setValue(0);
        QSignalSpy failed(page.get(), &CreditsPage::failed);
        child<QPushButton>(*page, "saveAutoRecharge")->click();
        QCOMPARE(failed.count(), 1); // refused by the rule before reaching the hub
        QCOMPARE(child<QLabel>(*page, "creditsError")->text(),
                 (RuleError{QStringLiteral("credits_autorecharge_amount_invalid"), {}}.message()));

        child<QSpinBox>(*page, "autoRechargeCredits")->setValue(5000);
        QSignalSpy summary(page.get(), &CreditsPage::summaryShown);
        child<QPushButton>(*page, "saveAutoRecharge")->click();
        QVERIFY(summary.wait(5000));
        const QJsonObject stored = m_hub.get(QStringLiteral("/api/v1/credits"), m_admin)
                                       .json()
                                       .value(QStringLiteral("auto_recharge"))
                                       .toObject();
        QCOMPARE(stored.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(stored.value(QStringLiteral("minimum_balance")).toInteger(), page->balance() + 1);
        QCOMPARE(stored.value(QStringLiteral("credits_to_add")).toInteger(), 5000);
        QVERIFY(page->isLowBalance());
        QVERIFY(!warning->isHidden());
    }

    void presetsFillTheRateTable()
    {
        auto page = openPage();
        auto *preset = child<QComboBox>(*page, "planPreset");
        auto *table = child<QTableWidget>(*page, "rateTable");
        auto *use = child<QPushButton>(*page, "usePlan");
        QVERIFY(!use->isEnabled()); // the current plan is shown
        for (const RatePlan &plan : presetRatePlans()) {
            preset->setCurrentIndex(preset->findData(plan.id));
            QCOMPARE(table->rowCount(), plan.templateRates.size() + 1);
            for (int row = 0; row < plan.templateRates.size(); ++row) {
                const CountryRate &rate = plan.templateRates.at(row);
                QCOMPARE(table->item(row, 1)->text(), u'+' + rate.prefix);
                QCOMPARE(table->item(row, 2)->text(), moneyDisplay(rate.marketing));
                QCOMPARE(table->item(row, 4)->text(), moneyDisplay(rate.authentication));
            }
            const QString summary = child<QLabel>(*page, "planSummary")->text();
            QVERIFY2(summary.contains(moneyDisplay(plan.creditValue)), qPrintable(summary));
            QVERIFY2(summary.contains(moneyDisplay(plan.sessionTiers.first().price)),
                     qPrintable(summary));
        }
        preset->setCurrentIndex(preset->findData(QStringLiteral("im_credit")));
        QVERIFY(use->isEnabled());
        QSignalSpy summary(page.get(), &CreditsPage::summaryShown);
        use->click();
        QVERIFY(summary.wait(5000));
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/credits"), m_admin)
                     .json()
                     .value(QStringLiteral("plan"))
                     .toString(),
                 QStringLiteral("im_credit"));
        QVERIFY(!use->isEnabled());
        // The quote follows the plan: one IM credit is 20,000 credits.
        child<QSpinBox>(*page, "buyPacks")->setValue(1);
        QVERIFY(child<QLabel>(*page, "buyQuote")
                    ->text()
                    .contains(creditsText(imCreditPlan().pack.credits)));
    }

    void theTrialShowsItsLimits()
    {
        auto page = openPage();
        auto *state = child<QComboBox>(*page, "trialState");
        QCOMPARE(state->currentData().toString(), QStringLiteral("off"));
        state->setCurrentIndex(state->findData(QStringLiteral("trial")));
        QSignalSpy trial(page.get(), &CreditsPage::trialShown);
        child<QPushButton>(*page, "applyTrial")->click();
        QVERIFY(trial.wait(5000));
        const QString summary = child<QLabel>(*page, "trialSummary")->text();
        QVERIFY2(summary.contains(QLocale().toString(30)), qPrintable(summary));
        QVERIFY2(summary.contains(QLocale().toString(10)), qPrintable(summary));
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/credits/trial"), m_admin)
                     .json()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("trial"));
    }

    void theHistoryFiltersByKind()
    {
        auto page = openPage();
        auto *ledger = child<QTableWidget>(*page, "ledgerTable");
        QTRY_VERIFY(ledger->rowCount() > 0);
        const int all = ledger->rowCount();
        auto *kind = child<QComboBox>(*page, "ledgerKind");
        QSignalSpy loaded(page->findChild<CreditLedgerView *>(), &CreditLedgerView::loaded);
        kind->setCurrentIndex(kind->findData(QStringLiteral("refund")));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(ledger->rowCount(), 0);
        kind->setCurrentIndex(kind->findData(QStringLiteral("purchase")));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(ledger->rowCount(), 1);
        QCOMPARE(ledger->item(0, 1)->text(), ledgerKindText(LedgerKind::Purchase));
        // A period that ended yesterday holds nothing bought today.
        auto *to = child<QDateEdit>(*page, "ledgerTo");
        to->setDate(QDate::currentDate().addDays(-1));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(ledger->rowCount(), 0);
        kind->setCurrentIndex(0);
        to->setDate(to->minimumDate());
        QTRY_COMPARE(ledger->rowCount(), all);
    }
};

QTEST_MAIN(CreditsPageTest)
#include "tst_creditspage.moc"
