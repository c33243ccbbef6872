#pragma once

// Builders for hub events, so mirror tests state their data as conversations and messages.

#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"

#include <QTemporaryDir>

namespace parley::testing {

class EventLog {
public:
    Event conversation(const Conversation &c)
    {
        return {++m_seq, EventType::ConversationUpdated, toJson(c)};
    }
    Event message(const Message &m) { return {++m_seq, EventType::MessageCreated, toJson(m)}; }
    Event raw(const QString &type, const QJsonObject &data) { return {++m_seq, type, data}; }
    qint64 seq() const { return m_seq; }

private:
    qint64 m_seq = 0;
};

inline SyncBatch batchOf(const QList<Event> &events)
{
    return {events, events.isEmpty() ? 0 : events.last().seq};
}

inline Message textMessage(Id id, Id conversationId, Direction direction, const QString &text,
                           TimestampMs at, Id authorId = 0)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.direction = direction;
    m.kind = MessageKind::Text;
    m.text = text;
    m.state = direction == Direction::In ? DeliveryState::Received : DeliveryState::Delivered;
    m.authorId = authorId;
    m.wamid = QStringLiteral("wamid.test.%1").arg(id);
    m.createdAt = at;
    return m;
}

} // namespace parley::testing
