#include "hub/store/conversationrepository.h"

#include "core/storage/entityrows.h"

#include <QJsonDocument>
#include <QSqlRecord>

namespace parley::hub {
namespace {

// The hub's own columns after the shared ones (the desktop's mirror has only those): a
// conversation's customer user id and marketing opt-out, a message's whole content.
const QString &conversationExtras()
{
    static const QString columns = QStringLiteral(", c.customer_user_id, c.marketing_stopped_at");
    return columns;
}

const QString &messageExtras()
{
    static const QString columns = QStringLiteral(
        ", whatsapp_type, details, reply_to, forwarded, reaction, edited_at, earlier_versions,"
        " deleted_at");
    return columns;
}

int sharedColumnCount(const QString &columns)
{
    return static_cast<int>(columns.count(QLatin1Char(','))) + 1;
}

// A row of either engine (HubDatabase::firstRow): a QSqlQuery or a SqliteStatement.
template <typename Row> Conversation readFullConversation(const Row &q)
{
    Conversation c = readConversation(q);
    const int at = sharedColumnCount(conversationColumns());
    c.customerUserId = q.value(at).toString();
    c.marketingStoppedAt = q.value(at + 1).toLongLong();
    return c;
}

// Most messages have no details and no earlier versions: their text needs no serializer.
QString jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    if (array.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

template <typename Row> Message readFullMessage(const Row &q)
{
    Message m = readMessage(q);
    const int at = sharedColumnCount(messageColumns());
    m.whatsappType = q.value(at).toString();
    m.details = QJsonDocument::fromJson(q.value(at + 1).toString().toUtf8()).object();
    m.replyTo = q.value(at + 2).toString();
    const int forwarded = q.value(at + 3).toInt();
    m.forwarded = forwarded >= 1;
    m.frequentlyForwarded = forwarded >= 2;
    m.reaction = q.value(at + 4).toString();
    m.editedAt = q.value(at + 5).toLongLong();
    m.earlierVersions = QJsonDocument::fromJson(q.value(at + 6).toString().toUtf8()).array();
    m.deletedAt = q.value(at + 7).toLongLong();
    return m;
}

QVariantList conversationValues(const Conversation &c)
{
    return {c.channelId,
            c.customerNumber,
            c.customerName,
            c.recordModule,
            c.recordId,
            conversationStatusName(c.status),
            c.ownerId,
            c.department,
            c.lastInboundAt,
            c.lastOutboundAt,
            c.lastMessageAt,
            c.lastMessageText,
            c.lastRepliedBy,
            c.unreadCount,
            c.customerUserId,
            c.marketingStoppedAt,
            labelIdsText(c.labelIds),
            int(c.priority),
            c.teamId,
            c.snoozedUntil};
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
            m.createdAt,
            m.whatsappType,
            jsonText(m.details),
            m.replyTo,
            m.frequentlyForwarded ? 2
            : m.forwarded         ? 1
                                  : 0,
            m.reaction,
            m.editedAt,
            jsonText(m.earlierVersions),
            m.deletedAt};
}

} // namespace

std::optional<Conversation> ConversationRepository::byId(Id id)
{
    static const QString sql = QStringLiteral("SELECT %1%2 FROM conversations c WHERE id = ?")
                                   .arg(conversationColumns(), conversationExtras());
    std::optional<Conversation> found;
    m_db.firstRow(sql, {id}, [&found](const auto &row) { found = readFullConversation(row); });
    return found;
}

std::optional<Conversation> ConversationRepository::byCustomer(Id channelId,
                                                               const QString &customerNumber)
{
    static const QString sql = QStringLiteral("SELECT %1%2 FROM conversations c WHERE"
                                              " channel_id = ? AND customer_number = ?")
                                   .arg(conversationColumns(), conversationExtras());
    std::optional<Conversation> found;
    m_db.firstRow(sql, {channelId, customerNumber},
                  [&found](const auto &row) { found = readFullConversation(row); });
    return found;
}

std::optional<Conversation> ConversationRepository::byCustomerUserId(Id channelId,
                                                                     const QString &userId)
{
    static const QString sql = QStringLiteral("SELECT %1%2 FROM conversations c WHERE"
                                              " channel_id = ? AND customer_user_id = ?")
                                   .arg(conversationColumns(), conversationExtras());
    std::optional<Conversation> found;
    m_db.firstRow(sql, {channelId, userId},
                  [&found](const auto &row) { found = readFullConversation(row); });
    return found;
}

QList<Conversation> ConversationRepository::byRecord(Id recordId)
{
    QList<Conversation> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1%2 FROM conversations c WHERE record_id = ?"
                                           " ORDER BY id")
                                .arg(conversationColumns(), conversationExtras()),
                            {recordId});
    while (q.next())
        out.append(readFullConversation(q));
    return out;
}

Id ConversationRepository::insert(const Conversation &c)
{
    QVariant id;
    const HubDatabase::Fetched fetched = m_db.first(
        QStringLiteral("INSERT INTO conversations (channel_id, customer_number, customer_name,"
                       " record_module, record_id, status, owner_id, department, last_inbound_at,"
                       " last_outbound_at, last_message_at, last_message_text, last_replied_by,"
                       " unread_count, customer_user_id, marketing_stopped_at, labels, priority,"
                       " team_id, snoozed_until)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"),
        conversationValues(c), &id);
    return fetched == HubDatabase::Fetched::Row ? id.toLongLong() : 0;
}

bool ConversationRepository::save(const Conversation &c, int newCustomerMessages)
{
    QVariantList values = conversationValues(c);
    values.append(newCustomerMessages);
    values.append(c.id);
    return m_db.run(QStringLiteral("UPDATE conversations SET channel_id = ?, customer_number = ?,"
                                   " customer_name = ?, record_module = ?, record_id = ?,"
                                   " status = ?, owner_id = ?, department = ?,"
                                   " last_inbound_at = ?, last_outbound_at = ?,"
                                   " last_message_at = ?, last_message_text = ?,"
                                   " last_replied_by = ?, unread_count = ?,"
                                   " customer_user_id = ?, marketing_stopped_at = ?,"
                                   " labels = ?, priority = ?, team_id = ?,"
                                   " snoozed_until = ?,"
                                   " customer_messages = customer_messages + ? WHERE id = ?"),
                    values);
}

QList<Conversation> ConversationRepository::snoozedUntil(TimestampMs now, int limit)
{
    QList<Conversation> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1%2 FROM conversations c WHERE"
                                           " status = 'snoozed' AND snoozed_until > 0 AND"
                                           " snoozed_until <= ? ORDER BY snoozed_until LIMIT ?")
                                .arg(conversationColumns(), conversationExtras()),
                            {now, limit});
    while (q.next())
        out.append(readFullConversation(q));
    return out;
}

QList<Conversation> ConversationRepository::unattendedSince(Id channelId, TimestampMs cutoff)
{
    QList<Conversation> out;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1%2 FROM conversations c WHERE channel_id = ? AND"
                                 " status = 'open' AND last_inbound_at > 0 AND"
                                 " last_inbound_at > last_outbound_at AND"
                                 " last_inbound_at < ?")
                      .arg(conversationColumns(), conversationExtras()),
                  {channelId, cutoff});
    while (q.next())
        out.append(readFullConversation(q));
    return out;
}

Id ConversationRepository::insertMessage(const Message &m, Id *existing)
{
    QVariant id;
    const HubDatabase::Fetched fetched = m_db.first(
        QStringLiteral("INSERT INTO messages (conversation_id, direction, kind, text, state,"
                       " failure_code, failure_reason, author_id, wamid, client_id, media_id,"
                       " media_mime, media_name, media_size, media_sha256, media_caption,"
                       " created_at, whatsapp_type, details, reply_to, forwarded, reaction,"
                       " edited_at, earlier_versions, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                       " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING RETURNING id"),
        messageValues(m), &id);
    if (fetched == HubDatabase::Fetched::Row)
        return id.toLongLong();
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
    // Kept prepared: every delivery status of a webhook saves its message.
    return m_db.run(QStringLiteral("UPDATE messages SET conversation_id = ?, direction = ?,"
                                   " kind = ?, text = ?, state = ?, failure_code = ?,"
                                   " failure_reason = ?, author_id = ?, wamid = ?, client_id = ?,"
                                   " media_id = ?, media_mime = ?, media_name = ?, media_size = ?,"
                                   " media_sha256 = ?, media_caption = ?, created_at = ?,"
                                   " whatsapp_type = ?, details = ?, reply_to = ?, forwarded = ?,"
                                   " reaction = ?, edited_at = ?, earlier_versions = ?,"
                                   " deleted_at = ? WHERE id = ?"),
                    values);
}

std::optional<Message> ConversationRepository::messageById(Id id)
{
    static const QString sql = QStringLiteral("SELECT %1%2 FROM messages WHERE id = ?")
                                   .arg(messageColumns(), messageExtras());
    std::optional<Message> found;
    m_db.firstRow(sql, {id}, [&found](const auto &row) { found = readFullMessage(row); });
    return found;
}

std::optional<Message> ConversationRepository::messageByWamid(const QString &wamid)
{
    static const QString sql = QStringLiteral("SELECT %1%2 FROM messages WHERE wamid = ?")
                                   .arg(messageColumns(), messageExtras());
    std::optional<Message> found;
    m_db.firstRow(sql, {wamid}, [&found](const auto &row) { found = readFullMessage(row); });
    return found;
}

bool ConversationRepository::hasMessageWithWamid(const QString &wamid)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM messages WHERE wamid = ?"), {wamid}, 0)
               .toInt() == 1;
}

std::optional<Message> ConversationRepository::messageByWamid(Id channelId, const QString &wamid)
{
    static const QString sql =
        QStringLiteral("SELECT %1%2 FROM messages WHERE wamid = ? AND conversation_id IN"
                       " (SELECT id FROM conversations WHERE channel_id = ?)")
            .arg(messageColumns(), messageExtras());
    std::optional<Message> found;
    m_db.firstRow(sql, {wamid, channelId},
                  [&found](const auto &row) { found = readFullMessage(row); });
    return found;
}

std::optional<Message> ConversationRepository::messageByClientId(const QString &clientId)
{
    static const QString sql = QStringLiteral("SELECT %1%2 FROM messages WHERE client_id = ?")
                                   .arg(messageColumns(), messageExtras());
    std::optional<Message> found;
    m_db.firstRow(sql, {clientId}, [&found](const auto &row) { found = readFullMessage(row); });
    return found;
}

QList<Message> ConversationRepository::messages(Id conversationId, int limit, TimestampMs before)
{
    QList<Message> out;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1%2 FROM messages WHERE conversation_id = ? AND"
                                 " created_at < ? ORDER BY created_at DESC, id DESC"
                                 " LIMIT ?")
                      .arg(messageColumns(), messageExtras()),
                  {conversationId, before > 0 ? before : Q_INT64_C(253402300799999), limit});
    while (q.next())
        out.prepend(readFullMessage(q));
    return out;
}

QList<Message> ConversationRepository::messagesBeforeId(Id conversationId, int limit, Id beforeId)
{
    QList<Message> out;
    CachedQuery q = m_db.query(
        QStringLiteral("SELECT %1%2 FROM messages WHERE conversation_id = ?"
                       " AND id < ? ORDER BY id DESC LIMIT ?")
            .arg(messageColumns(), messageExtras()),
        {conversationId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit});
    while (q.next())
        out.prepend(readFullMessage(*q));
    return out;
}

} // namespace parley::hub
