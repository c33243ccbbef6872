#include "core/billing/autorecharge.h"

#include <QTest>

using namespace parley;

namespace {

AutoRechargeSettings settings(Credits minimum, Credits toAdd, bool enabled = true)
{
    AutoRechargeSettings s;
    s.enabled = enabled;
    s.minimumBalance = minimum;
    s.creditsToAdd = toAdd;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(AutoRechargeSettings)

class AutoRechargeTest : public QObject {
    Q_OBJECT
private slots:
    void decidesTopUps_data()
    {
        QTest::addColumn<Credits>("minimum");
        QTest::addColumn<Credits>("toAdd");
        QTest::addColumn<Credits>("balance");
        QTest::addColumn<qint64>("topUps");
        QTest::newRow("one above the minimum") << 100LL << 500LL << 101LL << 0LL;
        QTest::newRow("exactly the minimum") << 100LL << 500LL << 100LL << 1LL;
        QTest::newRow("empty") << 100LL << 500LL << 0LL << 1LL;
        QTest::newRow("top-up lands exactly on minimum needs one more")
            << 100LL << 500LL << -400LL << 2LL;
        QTest::newRow("top-up lands one above") << 100LL << 500LL << -399LL << 1LL;
        QTest::newRow("minimum 0 at 0") << 0LL << 500LL << 0LL << 1LL;
        QTest::newRow("minimum 0 at 1") << 0LL << 500LL << 1LL << 0LL;
        QTest::newRow("top-up smaller than minimum") << 1000LL << 300LL << 1000LL << 1LL;
        QTest::newRow("tiny top-up, deep drop") << 1000LL << 300LL << 0LL << 4LL;
    }
    void decidesTopUps()
    {
        QFETCH(Credits, minimum);
        QFETCH(Credits, toAdd);
        QFETCH(Credits, balance);
        QFETCH(qint64, topUps);
        const AutoRechargeDecision decision = decideAutoRecharge(settings(minimum, toAdd), balance);
        QCOMPARE(decision.topUps, topUps);
        QCOMPARE(decision.credits, topUps * toAdd);
        QCOMPARE(decision.recharge(), topUps > 0);
        if (decision.recharge()) {
            QVERIFY(balance + decision.credits > minimum);
            QVERIFY(balance + decision.credits - toAdd <= minimum); // no more than needed
        }
    }

    void neverWhenDisabledOrEmpty()
    {
        QVERIFY(!decideAutoRecharge(settings(100, 500, false), 0).recharge());
        QVERIFY(!decideAutoRecharge(settings(100, 0), 0).recharge());
        QVERIFY(!decideAutoRecharge(settings(100, -5), 0).recharge());
        QVERIFY(!decideAutoRecharge(AutoRechargeSettings{}, -100).recharge());
    }

    void validatesSettings()
    {
        QVERIFY(validateAutoRecharge(settings(100, 500)).isEmpty());
        QVERIFY(validateAutoRecharge(settings(0, 0, false)).isEmpty());
        QCOMPARE(validateAutoRecharge(settings(100, 0)).first().code,
                 QStringLiteral("credits_autorecharge_amount_invalid"));
        QCOMPARE(validateAutoRecharge(settings(-1, 500)).first().code,
                 QStringLiteral("credits_autorecharge_minimum_invalid"));
        QCOMPARE(validateAutoRecharge(settings(-1, 0)).size(), 2);
    }

    void spendCheck_data()
    {
        QTest::addColumn<Credits>("balance");
        QTest::addColumn<Credits>("cost");
        QTest::addColumn<AutoRechargeSettings>("recharge");
        QTest::addColumn<SpendOutcome>("outcome");
        QTest::addColumn<Credits>("rechargeCredits");
        const AutoRechargeSettings off = settings(100, 500, false);
        const AutoRechargeSettings on = settings(100, 500);
        QTest::newRow("exactly enough") << 100LL << 100LL << off << SpendOutcome::Ok << 0LL;
        QTest::newRow("plenty") << 1000LL << 50LL << on << SpendOutcome::Ok << 0LL;
        QTest::newRow("free message at zero") << 0LL << 0LL << off << SpendOutcome::Ok << 0LL;
        QTest::newRow("one short, no recharge")
            << 99LL << 100LL << off << SpendOutcome::Insufficient << 0LL;
        QTest::newRow("one short, recharge on")
            << 99LL << 100LL << on << SpendOutcome::OkAfterRecharge << 500LL;
        // 10 − 2,000 = −1,990; five top-ups of 500 bring it to 510, above the minimum of 100.
        QTest::newRow("big charge, several top-ups")
            << 10LL << 2000LL << on << SpendOutcome::OkAfterRecharge << 2500LL;
        QTest::newRow("recharge on but nothing to add")
            << 0LL << 1LL << settings(0, 0) << SpendOutcome::Insufficient << 0LL;
    }
    void spendCheck()
    {
        QFETCH(Credits, balance);
        QFETCH(Credits, cost);
        QFETCH(AutoRechargeSettings, recharge);
        QFETCH(SpendOutcome, outcome);
        QFETCH(Credits, rechargeCredits);
        const SpendCheck check = checkSpend(balance, cost, recharge);
        QCOMPARE(check.outcome, outcome);
        QCOMPARE(check.rechargeCredits, rechargeCredits);
        QCOMPARE(check.errors.isEmpty(), outcome != SpendOutcome::Insufficient);
        if (outcome == SpendOutcome::OkAfterRecharge)
            QVERIFY(balance + rechargeCredits - cost > recharge.minimumBalance);
    }

    void insufficientSaysHowMuch()
    {
        const SpendCheck check = checkSpend(99, 675, AutoRechargeSettings{});
        QCOMPARE(check.errors.size(), 1);
        QCOMPARE(check.errors.first().code, QStringLiteral("credits_insufficient"));
        QCOMPARE(check.errors.first().message(),
                 QStringLiteral("Not enough credits: this message costs 675 credits and the "
                                "balance is 99. Buy credits or turn on auto-recharge."));
    }
};

QTEST_GUILESS_MAIN(AutoRechargeTest)
#include "tst_autorecharge.moc"
