#include "hub/store/conversationrepository.h"

#include "core/storage/entityrows.h"
namespace parley::hub {
namespace {

QVariantList conversationValues(const Conversation &c)
{
    return {c.channelId,      c.customerNumber, c.customerName,
            c.recordModule,   c.recordId,       conversationStatusName(c.status),
            c.ownerId,        c.department,     c.lastInboundAt,
            c.lastOutboundAt, c.lastMessageAt,  c.lastMessageText,
            c.lastRepliedBy,  c.unreadCount};
}

// wamid and client id are unique when present; absent ones are NULL, not '' (which would clash).
QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantList messageValues(const Message &m)
{
    return {m.conversationId,
            directionName(m.direction),
            messageKindName(m.kind),
            m.text,
            deliveryStateName(m.state),
            m.failureCode,
            m.failureReason,
            m.authorId,
            nullIfEmpty(m.wamid),
            nullIfEmpty(m.clientId),
            m.media.mediaId,
            m.media.mimeType,
            m.media.fileName,
            m.media.size,
            m.media.sha256,
            m.media.caption,
            m.createdAt};
}

} // namespace

std::optional<Conversation> ConversationRepository::byId(Id id)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM conversations c WHERE id = ?").arg(conversationColumns());
    CachedQuery q = m_db.query(sql, {id});
    if (!q.next())
        return std::nullopt;
    return readConversation(*q);
}

std::optional<Conversation> ConversationRepository::byCustomer(Id channelId,
                                                               const QString &customerNumber)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM conversations c WHERE"
                                              " channel_id = ? AND customer_number = ?")
                                   .arg(conversationColumns());
    CachedQuery q = m_db.query(sql, {channelId, customerNumber});
    if (!q.next())
        return std::nullopt;
    return readConversation(*q);
}

Id ConversationRepository::insert(const Conversation &c)
{
    CachedQuery q = m_db.query(
        QStringLiteral("INSERT INTO conversations (channel_id, customer_number, customer_name,"
                       " record_module, record_id, status, owner_id, department, last_inbound_at,"
                       " last_outbound_at, last_message_at, last_message_text, last_replied_by,"
                       " unread_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"),
        conversationValues(c));
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool ConversationRepository::save(const Conversation &c)
{
    QVariantList values = conversationValues(c);
    values.append(c.id);
    return m_db.run(QStringLiteral("UPDATE conversations SET channel_id = ?, customer_number = ?,"
                                   " customer_name = ?, record_module = ?, record_id = ?,"
                                   " status = ?, owner_id = ?, department = ?,"
                                   " last_inbound_at = ?, last_outbound_at = ?,"
                                   " last_message_at = ?, last_message_text = ?,"
                                   " last_replied_by = ?, unread_count = ? WHERE id = ?"),
                    values);
}

QList<Conversation> ConversationRepository::unattendedSince(Id channelId, TimestampMs cutoff)
{
    QList<Conversation> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM conversations c WHERE channel_id = ? AND"
                                           " status = 'open' AND last_inbound_at > 0 AND"
                                           " last_inbound_at > last_outbound_at AND"
                                           " last_inbound_at < ?")
                                .arg(conversationColumns()),
                            {channelId, cutoff});
    while (q.next())
        out.append(readConversation(q));
    return out;
}

Id ConversationRepository::insertMessage(const Message &m, Id *existing)
{
    CachedQuery q = m_db.query(
        QStringLiteral("INSERT INTO messages (conversation_id, direction, kind, text, state,"
                       " failure_code, failure_reason, author_id, wamid, client_id, media_id,"
                       " media_mime, media_name, media_size, media_sha256, media_caption,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING RETURNING id"),
        messageValues(m));
    if (q.isActive() && q.next())
        return q.value(0).toLongLong();
    q->finish(); // done with the INSERT before looking the message up
    if (existing) {
        std::optional<Message> found =
            !m.wamid.isEmpty() ? messageByWamid(m.wamid) : messageByClientId(m.clientId);
        *existing = found ? found->id : 0;
    }
    return 0;
}

bool ConversationRepository::saveMessage(const Message &m)
{
    QVariantList values = messageValues(m);
    values.append(m.id);
    return m_db
        .exec(QStringLiteral("UPDATE messages SET conversation_id = ?, direction = ?, kind = ?,"
                             " text = ?, state = ?, failure_code = ?, failure_reason = ?,"
                             " author_id = ?, wamid = ?, client_id = ?, media_id = ?,"
                             " media_mime = ?, media_name = ?, media_size = ?, media_sha256 = ?,"
                             " media_caption = ?, created_at = ? WHERE id = ?"),
              values)
        .isActive();
}

std::optional<Message> ConversationRepository::messageById(Id id)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(messageColumns());
    CachedQuery q = m_db.query(sql, {id});
    if (!q.next())
        return std::nullopt;
    return readMessage(*q);
}

std::optional<Message> ConversationRepository::messageByWamid(const QString &wamid)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM messages WHERE wamid = ?").arg(messageColumns());
    CachedQuery q = m_db.query(sql, {wamid});
    if (!q.next())
        return std::nullopt;
    return readMessage(*q);
}

std::optional<Message> ConversationRepository::messageByClientId(const QString &clientId)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM messages WHERE client_id = ?").arg(messageColumns());
    CachedQuery q = m_db.query(sql, {clientId});
    if (!q.next())
        return std::nullopt;
    return readMessage(*q);
}

QList<Message> ConversationRepository::messages(Id conversationId, int limit, TimestampMs before)
{
    QList<Message> out;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND"
                                 " created_at < ? ORDER BY created_at DESC, id DESC"
                                 " LIMIT ?")
                      .arg(messageColumns()),
                  {conversationId, before > 0 ? before : Q_INT64_C(253402300799999), limit});
    while (q.next())
        out.prepend(readMessage(q));
    return out;
}

} // namespace parley::hub
