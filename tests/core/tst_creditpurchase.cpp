#include "core/billing/purchase.h"

#include <QTest>

using namespace parley;

class CreditPurchaseTest : public QObject {
    Q_OBJECT
private slots:
    void onlyConnectedNumbersBuy_data()
    {
        QTest::addColumn<ChannelStatus>("status");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("connected") << ChannelStatus::Connected << true;
        QTest::newRow("pending verification") << ChannelStatus::PendingVerification << false;
        QTest::newRow("deactivated") << ChannelStatus::Deactivated << false;
        QTest::newRow("disconnected") << ChannelStatus::Disconnected << false;
    }
    void onlyConnectedNumbersBuy()
    {
        QFETCH(ChannelStatus, status);
        QFETCH(bool, allowed);
        const RuleErrors errors = checkCreditPurchase(status, 1);
        QCOMPARE(errors.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(errors.first().code, QStringLiteral("credits_channel_not_active"));
            QVERIFY(errors.first().message().contains(channelStatusName(status)));
        }
    }

    void amountMustBePositiveAndBounded_data()
    {
        QTest::addColumn<qint64>("packs");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("zero") << 0LL << false;
        QTest::newRow("negative") << -3LL << false;
        QTest::newRow("one") << 1LL << true;
        QTest::newRow("maximum") << maxPacksPerPurchase << true;
        QTest::newRow("maximum + 1") << maxPacksPerPurchase + 1 << false;
    }
    void amountMustBePositiveAndBounded()
    {
        QFETCH(qint64, packs);
        QFETCH(bool, allowed);
        const RuleErrors errors = checkCreditPurchase(ChannelStatus::Connected, packs);
        QCOMPARE(errors.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(errors.first().code, QStringLiteral("credits_amount_invalid"));
            QCOMPARE(errors.first().message(),
                     QStringLiteral("Enter a whole number of credits to buy, from 1 to %1.")
                         .arg(QLocale().toString(maxPacksPerPurchase)));
        }
    }

    void bothProblemsAtOnce()
    {
        QCOMPARE(checkCreditPurchase(ChannelStatus::PendingVerification, 0).size(), 2);
    }

    void quotesFromThePricePerPack_data()
    {
        QTest::addColumn<QString>("planId");
        QTest::addColumn<qint64>("packs");
        QTest::addColumn<Credits>("credits");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("(c) 3 IM credits at US$2") << "im_credit" << 3LL << 60000LL << 6000000LL;
        QTest::newRow("(d) 5 points at US$2") << "message_points" << 5LL << 2000LL << 10000000LL;
        QTest::newRow("(a) US$20") << "desk_session" << 20LL << 200000LL << 20000000LL;
        QTest::newRow("(c) maximum")
            << "im_credit" << maxPacksPerPurchase << 20000000000LL << 2000000000000LL;
    }
    void quotesFromThePricePerPack()
    {
        QFETCH(QString, planId);
        QFETCH(qint64, packs);
        QFETCH(Credits, credits);
        QFETCH(qint64, micros);
        for (const RatePlan &plan : presetRatePlans()) {
            if (plan.id != planId)
                continue;
            const CreditPurchase purchase = quoteCreditPurchase(plan, packs);
            QCOMPARE(purchase.packs, packs);
            QCOMPARE(purchase.credits, credits);
            QCOMPARE(purchase.price, usd(micros));
            QCOMPARE(moneyFor(plan, purchase.credits), purchase.price);
            return;
        }
        QFAIL("no such preset");
    }
};

QTEST_GUILESS_MAIN(CreditPurchaseTest)
#include "tst_creditpurchase.moc"
