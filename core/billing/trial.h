#pragma once

#include "core/domain/ids.h"
#include "core/rules/ruleerror.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace parley {

// R8.6: what a trial account may send.
//
// A conversation is a 24-hour session with one number, started by whoever wrote first when no
// session with that number was live; it covers [startedAt, startedAt + 24 h), with unlimited
// messages. A business message inside a live customer-started conversation is "customer-
// initiated"; any other business message is "business-initiated".
//
// Before business verification, for 30 days from trialStartedAt (day 1 starts at that instant;
// day 30 is the last allowed, day 31 — from start + 30 × 24 h — is expired):
// - business-initiated messages go to at most 2 distinct numbers (any number already messaged
//   may be messaged again);
// - replies are allowed in the first 10 customer-initiated conversations only.
// After verification the expanded trial replaces both: no date limit and no recipient limit, and
// at most 1,500 customer-initiated messages (business replies in customer-started conversations;
// the 1,500th passes, the 1,501st is refused).
struct TrialPolicy {
    int maxBusinessRecipients = 2;
    qint64 maxCustomerConversations = 10;
    qint64 lengthDays = 30;
    qint64 expandedCustomerMessages = 1500;
};

constexpr qint64 trialConversationLengthMs = 24LL * 60 * 60 * 1000;

struct TrialConversation {
    TimestampMs startedAt = 0;
    bool customerInitiated = false;
    qint64 ordinal = 0; // customer-initiated ones: 1 for the trial's first
};

struct TrialUsage {
    TimestampMs trialStartedAt = 0;
    bool businessVerified = false;
    QSet<QString> businessRecipients;                // numbers sent business-initiated messages
    QHash<QString, TrialConversation> conversations; // the latest conversation per number
    qint64 customerConversations = 0;                // customer-initiated conversations opened
    qint64 expandedMessages = 0;                     // customer-initiated messages since verified
};

// 1 on the day the trial starts; days are 24-hour periods from trialStartedAt, not calendar days.
qint64 trialDay(const TrialUsage &usage, TimestampMs at);
bool trialExpired(const TrialPolicy &policy, const TrialUsage &usage, TimestampMs at);

// True when a customer-started conversation with `number` is live at `at`.
bool inCustomerConversation(const TrialUsage &usage, const QString &number, TimestampMs at);

// A customer message arrived (never refused: WhatsApp delivers it regardless); it opens a
// customer-initiated conversation when none with that number is live.
TrialUsage recordCustomerMessage(const TrialUsage &usage, const QString &number, TimestampMs at);

// May the business send to `number` at `at`? trial_expired {days}, trial_recipient_limit
// {limit, number}, trial_conversation_limit {limit}, trial_expanded_limit {limit}. An expired
// trial reports only trial_expired.
RuleErrors checkTrialSend(const TrialPolicy &policy, const TrialUsage &usage, const QString &number,
                          TimestampMs at);

// The usage after a send that checkTrialSend allowed.
TrialUsage recordTrialSend(const TrialUsage &usage, const QString &number, TimestampMs at);

} // namespace parley
