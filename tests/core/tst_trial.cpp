#include "core/billing/trial.h"

#include <QTest>

using namespace parley;

namespace {

constexpr qint64 hour = 60LL * 60 * 1000;
constexpr qint64 day = 24 * hour;
constexpr TimestampMs start = 1735689600000LL; // 2025-01-01T00:00:00Z

QString number(int i)
{
    return QStringLiteral("55119000000%1").arg(i, 2, 10, QLatin1Char('0'));
}

TrialUsage freshTrial()
{
    TrialUsage usage;
    usage.trialStartedAt = start;
    return usage;
}

QStringList codes(const RuleErrors &errors)
{
    QStringList list;
    for (const RuleError &error : errors)
        list << error.code;
    return list;
}

} // namespace

class TrialTest : public QObject {
    Q_OBJECT
private slots:
    void twoNumbersButNotThree()
    {
        const TrialPolicy policy;
        TrialUsage usage = freshTrial();
        for (int i = 1; i <= 2; ++i) {
            QVERIFY(checkTrialSend(policy, usage, number(i), start + i * hour).isEmpty());
            usage = recordTrialSend(usage, number(i), start + i * hour);
        }
        const RuleErrors third = checkTrialSend(policy, usage, number(3), start + 3 * hour);
        QCOMPARE(codes(third), QStringList{QStringLiteral("trial_recipient_limit")});
        QCOMPARE(third.first().message(),
                 QStringLiteral("During the trial, business-initiated messages can go to at most "
                                "2 numbers; %1 would be one more. Verify your business to lift "
                                "this.")
                     .arg(number(3)));
        // The two numbers may be messaged again, days later too.
        QVERIFY(checkTrialSend(policy, usage, number(1), start + 5 * day).isEmpty());
        QVERIFY(checkTrialSend(policy, usage, number(2), start + 5 * day).isEmpty());
    }

    void tenConversationsButNotEleven()
    {
        const TrialPolicy policy;
        TrialUsage usage = freshTrial();
        for (int i = 1; i <= 11; ++i)
            usage = recordCustomerMessage(usage, number(i), start + i * hour);
        QCOMPARE(usage.customerConversations, 11LL);
        const TimestampMs replyAt = start + 12 * hour;
        QVERIFY(checkTrialSend(policy, usage, number(1), replyAt).isEmpty());
        QVERIFY(checkTrialSend(policy, usage, number(10), replyAt).isEmpty());
        const RuleErrors eleventh = checkTrialSend(policy, usage, number(11), replyAt);
        QCOMPARE(codes(eleventh), QStringList{QStringLiteral("trial_conversation_limit")});
        QVERIFY(eleventh.first().message().contains(QStringLiteral("at most 10")));
        // Replies inside a customer's conversation never use up the 2 business numbers.
        for (int i = 1; i <= 10; ++i)
            usage = recordTrialSend(usage, number(i), replyAt);
        QVERIFY(usage.businessRecipients.isEmpty());
    }

    void aConversationIsTwentyFourHoursWithOneNumber()
    {
        TrialUsage usage = freshTrial();
        const QString customer = number(1);
        usage = recordCustomerMessage(usage, customer, start);
        usage = recordCustomerMessage(usage, customer, start + 23 * hour);
        usage = recordCustomerMessage(usage, customer, start + day - 1);
        QCOMPARE(usage.customerConversations, 1LL);
        QVERIFY(inCustomerConversation(usage, customer, start + day - 1));
        QVERIFY(!inCustomerConversation(usage, customer, start + day));
        usage = recordCustomerMessage(usage, customer, start + day);
        QCOMPARE(usage.customerConversations, 2LL);
        QCOMPARE(usage.conversations.value(customer).ordinal, 2LL);
        QVERIFY(!inCustomerConversation(usage, number(2), start));
    }

    void businessStartedConversationIsNotCustomerInitiated()
    {
        const TrialPolicy policy;
        TrialUsage usage = freshTrial();
        usage = recordTrialSend(usage, number(1), start);
        usage = recordCustomerMessage(usage, number(1), start + hour); // the customer answers
        QCOMPARE(usage.customerConversations, 0LL);
        QVERIFY(!inCustomerConversation(usage, number(1), start + hour));
        // Once it lapses, the customer's next message opens a customer-initiated one.
        usage = recordCustomerMessage(usage, number(1), start + day + hour);
        QCOMPARE(usage.customerConversations, 1LL);
        QVERIFY(checkTrialSend(policy, usage, number(1), start + day + 2 * hour).isEmpty());
    }

    void dayThirtyVersusDayThirtyOne_data()
    {
        QTest::addColumn<TimestampMs>("at");
        QTest::addColumn<qint64>("trialDayNumber");
        QTest::addColumn<bool>("expired");
        QTest::newRow("start") << start << 1LL << false;
        QTest::newRow("day 1 last ms") << start + day - 1 << 1LL << false;
        QTest::newRow("day 2") << start + day << 2LL << false;
        QTest::newRow("day 30 first ms") << start + 29 * day << 30LL << false;
        QTest::newRow("day 30 last ms") << start + 30 * day - 1 << 30LL << false;
        QTest::newRow("day 31") << start + 30 * day << 31LL << true;
        QTest::newRow("day 90") << start + 89 * day << 90LL << true;
    }
    void dayThirtyVersusDayThirtyOne()
    {
        QFETCH(TimestampMs, at);
        QFETCH(qint64, trialDayNumber);
        QFETCH(bool, expired);
        const TrialPolicy policy;
        TrialUsage usage = freshTrial();
        usage = recordCustomerMessage(usage, number(1), at - hour);
        QCOMPARE(trialDay(usage, at), trialDayNumber);
        QCOMPARE(trialExpired(policy, usage, at), expired);
        const QStringList expected =
            expired ? QStringList{QStringLiteral("trial_expired")} : QStringList();
        QCOMPARE(codes(checkTrialSend(policy, usage, number(1), at)), expected);
        QCOMPARE(codes(checkTrialSend(policy, usage, number(2), at)), expected);
    }

    void expiredSaysOnlyThat()
    {
        TrialUsage usage = freshTrial();
        usage.businessRecipients = {number(1), number(2)};
        const RuleErrors errors = checkTrialSend(TrialPolicy{}, usage, number(3), start + 31 * day);
        QCOMPARE(codes(errors), QStringList{QStringLiteral("trial_expired")});
        QCOMPARE(errors.first().message(),
                 QStringLiteral("The 30-day trial has ended. Verify your business to keep "
                                "sending messages."));
    }

    void expandedTrialAfterVerification()
    {
        const TrialPolicy policy;
        TrialUsage usage = freshTrial();
        usage.businessVerified = true;
        usage.businessRecipients = {number(1), number(2)};
        const TimestampMs later = start + 60 * day; // no date limit once verified
        usage = recordCustomerMessage(usage, number(5), later);
        for (int i = 0; i < 1499; ++i)
            usage = recordTrialSend(usage, number(5), later + i);
        QCOMPARE(usage.expandedMessages, 1499LL);
        QVERIFY(checkTrialSend(policy, usage, number(5), later + hour).isEmpty()); // 1,500th
        usage = recordTrialSend(usage, number(5), later + hour);
        const RuleErrors next = checkTrialSend(policy, usage, number(5), later + hour);
        QCOMPARE(codes(next), QStringList{QStringLiteral("trial_expanded_limit")});
        QVERIFY(next.first().message().contains(QLocale().toString(1500)));
        // Verification lifts the 2-number limit on business-initiated messages.
        QVERIFY(checkTrialSend(policy, usage, number(3), later).isEmpty());
        // Business-initiated messages do not count against the 1,500.
        usage = recordTrialSend(usage, number(3), later);
        QCOMPARE(usage.expandedMessages, 1500LL);
    }

    void policyIsConfigurable()
    {
        TrialPolicy policy;
        policy.maxBusinessRecipients = 3;
        TrialUsage usage = freshTrial();
        usage.businessRecipients = {number(1), number(2)};
        QVERIFY(checkTrialSend(policy, usage, number(3), start).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TrialTest)
#include "tst_trial.moc"
