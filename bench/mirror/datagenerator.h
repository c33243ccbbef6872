#pragma once

#include "core/domain/conversation.h"
#include "core/domain/message.h"

#include <QList>
#include <QStringList>

#include <random>
#include <vector>

namespace parley {

// One conversation as the hub would send it on a first sync: its messages oldest first, and
// the conversation row whose last-activity fields agree with them.
struct GeneratedConversation {
    Conversation conversation;
    QList<Message> messages;
};

// A deterministic inbox: the same message count always yields the same rows, on every machine,
// so that figures from different runs and commits compare. Conversations are produced one at a
// time because a million messages held at once would measure the allocator, not the mirror.
class DataGenerator {
public:
    // The instant the data is "now" (2024-06-14T15:00:00Z); filters must use it, not the clock.
    static constexpr TimestampMs now = Q_INT64_C(1718377200000);
    static constexpr Id me = 3; // the logged-in agent of "Mine" views
    static constexpr int agentCount = 20;
    static constexpr int channelCount = 3;
    static QStringList departments();

    explicit DataGenerator(qint64 messageCount);

    qint64 messageCount() const { return m_messageCount; }
    qint64 conversationCount() const { return qint64(m_messagesPerConversation.size()); }
    // The conversation with the most messages, known before generation starts.
    Id busiestConversation() const { return m_busiest; }

    // False once every conversation has been produced.
    bool next(GeneratedConversation *out);

private:
    enum class Language { English, Portuguese, Chinese, Japanese };

    void planMessageCounts();
    Language pickLanguage();
    QString customerName(Language language);
    QString customerNumber(Language language, Id conversationId);
    QString messageText(Language primary);
    QList<TimestampMs> messageTimes(int count, TimestampMs last);
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }
    int below(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(m_random); }
    bool chance(double probability) { return uniform() < probability; }

    qint64 m_messageCount = 0;
    std::mt19937_64 m_random;
    std::vector<int> m_messagesPerConversation;
    Id m_busiest = 0;
    Id m_nextConversation = 1;
    Id m_nextMessage = 1;
};

} // namespace parley
