#include "bench/mirror/datagenerator.h"

#include "bench/mirror/vocabulary.h"

#include <algorithm>
#include <cmath>

namespace parley {
namespace {

constexpr TimestampMs minute = 60 * 1000;
constexpr TimestampMs hour = 60 * minute;
constexpr TimestampMs day = 24 * hour;
constexpr TimestampMs history = 120 * day; // how far back the inbox goes
constexpr int shortestText = 20;
constexpr int longestText = 200;
// A constant seed: the data must not change between runs (never QRandomGenerator::global).
constexpr std::mt19937_64::result_type seed = 0x5061726c6579; // "Parley"

} // namespace

QStringList DataGenerator::departments()
{
    return {QStringLiteral("Sales"), QStringLiteral("Support"), QStringLiteral("Billing")};
}

DataGenerator::DataGenerator(qint64 messageCount) : m_messageCount(messageCount), m_random(seed)
{
    planMessageCounts();
}

// Most chats are short and a few run for months, as in a real inbox: a geometric body plus a
// 1 % tail of long threads, then nudged so the total is exactly the requested count.
void DataGenerator::planMessageCounts()
{
    const qint64 conversations = std::max<qint64>(1, m_messageCount / 10);
    m_messagesPerConversation.resize(std::size_t(conversations));
    std::geometric_distribution<int> body(0.123);
    qint64 total = 0;
    for (int &count : m_messagesPerConversation) {
        count = chance(0.01) ? 50 + below(300) : 1 + body(m_random);
        total += count;
    }
    // The conversation the "open a conversation" figure reads: one long thread.
    const std::size_t busiest = std::size_t(conversations / 3);
    m_busiest = Id(busiest) + 1;
    const int busiestCount = int(std::min<qint64>(2000, std::max<qint64>(1, m_messageCount / 20)));
    total += busiestCount - m_messagesPerConversation[busiest];
    m_messagesPerConversation[busiest] = busiestCount;

    while (total != m_messageCount) {
        const std::size_t i = std::size_t(below(int(conversations)));
        if (i == busiest)
            continue;
        if (total > m_messageCount && m_messagesPerConversation[i] > 1) {
            --m_messagesPerConversation[i];
            --total;
        } else if (total < m_messageCount) {
            ++m_messagesPerConversation[i];
            ++total;
        }
    }
}

DataGenerator::Language DataGenerator::pickLanguage()
{
    const double u = uniform();
    if (u < 0.35)
        return Language::English;
    if (u < 0.70)
        return Language::Portuguese;
    if (u < 0.85)
        return Language::Chinese;
    return Language::Japanese;
}

QString DataGenerator::customerName(Language language)
{
    if (chance(0.1))
        return {}; // WhatsApp sent no profile name
    const vocabulary::Language &words = vocabulary::language(int(language));
    const QString given = QString::fromUtf8(words.givenNames[below(words.givenNameCount)]);
    const QString family = QString::fromUtf8(words.familyNames[below(words.familyNameCount)]);
    return words.familyNameFirst ? family + given : given + QLatin1Char(' ') + family;
}

QString DataGenerator::customerNumber(Language language, Id conversationId)
{
    // Country code and mobile prefix of the language's country; the conversation id makes the
    // number unique as a real customer number would be.
    static const char *const prefixes[] = {"1415", "5511", "86138", "8190"};
    const QString local = QString::number(conversationId).rightJustified(7, QLatin1Char('0'));
    return QString::fromLatin1(prefixes[int(language)]) + QString::number(1 + below(9)) + local;
}

QString DataGenerator::messageText(Language primary)
{
    // Lengths lean short (most chat lines are) but reach the 200-character end.
    const double u = uniform();
    const int target = shortestText + int((longestText - shortestText) * u * u);
    QString text;
    while (text.size() < target) {
        // One fragment in ten is in another language: pasted addresses, product names, and
        // customers switching to the agent's language.
        const int language = chance(0.1) ? below(4) : int(primary);
        const vocabulary::Language &words = vocabulary::language(language);
        if (!text.isEmpty())
            text += QString::fromUtf8(words.separator);
        text += QString::fromUtf8(words.fragments[below(words.fragmentCount)]);
    }
    if (text.size() > longestText) {
        int cut = longestText;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text.truncate(cut);
    }
    return text;
}

// Times of `count` messages ending at `last`, oldest first: bursts minutes apart, pauses of
// hours, and the odd week of silence, squeezed to fit in the inbox's history if need be.
QList<TimestampMs> DataGenerator::messageTimes(int count, TimestampMs last)
{
    QList<TimestampMs> gaps;
    TimestampMs span = 0;
    for (int i = 1; i < count; ++i) {
        const double u = uniform();
        TimestampMs gap;
        if (u < 0.70)
            gap = 30 * 1000 + TimestampMs(uniform() * 15 * minute);
        else if (u < 0.95)
            gap = hour + TimestampMs(uniform() * 11 * hour);
        else
            gap = day + TimestampMs(uniform() * 6 * day);
        gaps.append(gap);
        span += gap;
    }
    const TimestampMs room = last - (now - history);
    const double squeeze = span > room ? double(room) / double(span) : 1.0;
    QList<TimestampMs> times(count);
    times[count - 1] = last;
    for (int i = count - 2; i >= 0; --i)
        times[i] = times[i + 1] - std::max<TimestampMs>(1, TimestampMs(gaps[i] * squeeze));
    return times;
}

bool DataGenerator::next(GeneratedConversation *out)
{
    if (m_nextConversation > conversationCount())
        return false;
    Conversation &c = out->conversation;
    c = Conversation();
    c.id = m_nextConversation++;
    const Language language = pickLanguage();

    const double channelPick = uniform();
    c.channelId = channelPick < 0.5 ? 1 : channelPick < 0.8 ? 2 : 3;
    const QStringList names = departments();
    c.department = c.channelId == 1   ? names[0]
                   : c.channelId == 2 ? names[1]
                                      : names[chance(0.5) ? 2 : 1];
    c.customerName = customerName(language);
    c.customerNumber = customerNumber(language, c.id);
    c.recordModule = chance(0.6) ? QStringLiteral("Leads") : QStringLiteral("Contacts");
    c.recordId = 500000 + c.id;
    c.ownerId = chance(0.12) ? 0 : 1 + below(agentCount);

    // Activity is denser near "now", as in an inbox that keeps growing.
    const double ageShape = uniform();
    const TimestampMs age =
        std::max<TimestampMs>(minute, TimestampMs(double(history) * ageShape * ageShape));
    const double ageDays = double(age) / double(day);
    const bool closed = chance(ageDays < 2 ? 0.05 : std::min(0.85, 0.2 + ageDays / 40));
    c.status = closed ? ConversationStatus::Closed : ConversationStatus::Open;
    const bool awaiting = chance(closed ? 0.08 : 0.45);

    const int count = m_messagesPerConversation[std::size_t(c.id - 1)];
    const QList<TimestampMs> times = messageTimes(count, now - age);
    QList<Message> &messages = out->messages;
    messages.clear();
    messages.reserve(count);
    Direction direction = chance(0.85) ? Direction::In : Direction::Out;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && chance(0.6))
            direction = direction == Direction::In ? Direction::Out : Direction::In;
        if (i == count - 1)
            direction = awaiting ? Direction::In : Direction::Out;
        Message m;
        m.id = m_nextMessage++;
        m.conversationId = c.id;
        m.direction = direction;
        m.text = messageText(chance(0.9) ? language : Language(below(4)));
        m.createdAt = times[i];
        m.wamid = QStringLiteral("wamid.HBgMNTUxMTk%1").arg(m.id, 12, 36, QLatin1Char('0'));
        if (direction == Direction::In) {
            m.state = DeliveryState::Received;
        } else {
            m.authorId = c.ownerId != 0 && chance(0.8) ? c.ownerId : 1 + below(agentCount);
            const double u = uniform();
            m.state = u < 0.6    ? DeliveryState::Read
                      : u < 0.9  ? DeliveryState::Delivered
                      : u < 0.98 ? DeliveryState::Sent
                                 : DeliveryState::Failed;
            if (m.state == DeliveryState::Failed) {
                m.failureCode = QStringLiteral("131047");
                m.failureReason = QStringLiteral("Re-engagement message");
            }
        }
        if (chance(0.04)) { // a photo with the text as its caption
            m.kind = MessageKind::Image;
            m.media.mediaId = QString::number(1000000000000 + m.id);
            m.media.mimeType = QStringLiteral("image/jpeg");
            m.media.fileName = QStringLiteral("IMG_%1.jpg").arg(m.id);
            m.media.size = 40000 + below(2000000);
            m.media.sha256 = QStringLiteral("%1").arg(m.id, 64, 16, QLatin1Char('0'));
            m.media.caption = m.text;
        }
        messages.append(m);

        if (direction == Direction::In) {
            c.lastInboundAt = m.createdAt;
        } else {
            c.lastOutboundAt = m.createdAt;
            c.lastRepliedBy = m.authorId;
        }
    }
    const Message &last = messages.last();
    c.lastMessageAt = last.createdAt;
    c.lastMessageText = last.text;
    if (!closed && awaiting && chance(0.65)) {
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (it->direction != Direction::In)
                break;
            ++c.unreadCount;
        }
    }
    return true;
}

} // namespace parley
