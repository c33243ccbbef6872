#include "hub/service/webhookintakeevents.h"

#include "core/protocol/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parley::hub {
namespace {

char eventHexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// A string as Qt's JSON writer escapes it: '"', '\' and control characters escaped, the rest as
// UTF-8, and a lone surrogate (not UTF-16) as its \u escape.
void appendEventString(QByteArray &out, QStringView text)
{
    out += '"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != '"' && unit != '\\') {
                out += char(unit);
                continue;
            }
            out += '\\';
            switch (unit) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '\b':
                out += 'b';
                break;
            case '\f':
                out += 'f';
                break;
            case '\n':
                out += 'n';
                break;
            case '\r':
                out += 'r';
                break;
            case '\t':
                out += 't';
                break;
            default:
                out += "u00";
                out += eventHexDigit(unit >> 4);
                out += eventHexDigit(unit & 0xf);
            }
        } else if (unit < 0x800) {
            out += char(0xc0 | (unit >> 6));
            out += char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t point = QChar::surrogateToUcs4(unit, text[++i].unicode());
            out += char(0xf0 | (point >> 18));
            out += char(0x80 | ((point >> 12) & 0x3f));
            out += char(0x80 | ((point >> 6) & 0x3f));
            out += char(0x80 | (point & 0x3f));
        } else if (QChar::isSurrogate(unit)) {
            out += "\\u";
            for (const int shift : {12, 8, 4, 0})
                out += eventHexDigit((unit >> shift) & 0xf);
        } else {
            out += char(0xe0 | (unit >> 12));
            out += char(0x80 | ((unit >> 6) & 0x3f));
            out += char(0x80 | (unit & 0x3f));
        }
    }
    out += '"';
}

// Keys come in the order the caller writes them, which must be QJsonObject's (sorted).
class EventObjectWriter {
public:
    explicit EventObjectWriter(QByteArray &out) : m_out(out) { m_out += '{'; }
    void text(const char *key, const QString &value)
    {
        name(key);
        appendEventString(m_out, value);
    }
    void number(const char *key, qint64 value)
    {
        name(key);
        m_out += QByteArray::number(value);
    }
    void time(const char *key, TimestampMs ms) // entitycodec's timeValue()
    {
        name(key);
        if (ms > 0)
            appendEventString(m_out, toIsoUtc(ms));
        else
            m_out += "null";
    }
    void json(const char *key, const QByteArray &compact)
    {
        name(key);
        m_out += compact;
    }
    void end() { m_out += '}'; }

private:
    void name(const char *key)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }

    QByteArray &m_out;
    bool m_first = true;
};

} // namespace

QByteArray conversationEventJson(const Conversation &c)
{
    QByteArray out;
    out.reserve(640);
    EventObjectWriter json(out);
    json.number("channel_id", c.channelId);
    json.text("customer_name", c.customerName);
    json.text("customer_number", c.customerNumber);
    if (!c.customerUserId.isEmpty())
        json.text("customer_user_id", c.customerUserId);
    json.text("department", c.department);
    json.number("id", c.id);
    QByteArray labels = "[";
    for (const Id id : c.labelIds)
        labels += (labels.size() > 1 ? "," : "") + QByteArray::number(id);
    json.json("labels", labels + ']');
    json.time("last_inbound_at", c.lastInboundAt);
    json.time("last_message_at", c.lastMessageAt);
    json.text("last_message_text", c.lastMessageText);
    json.time("last_outbound_at", c.lastOutboundAt);
    json.number("last_replied_by", c.lastRepliedBy);
    if (c.marketingStoppedAt > 0)
        json.time("marketing_stopped_at", c.marketingStoppedAt);
    json.number("owner_id", c.ownerId);
    json.text("priority", conversationPriorityName(c.priority));
    json.number("record_id", c.recordId);
    json.text("record_module", c.recordModule);
    json.time("snoozed_until", c.snoozedUntil);
    json.text("status", conversationStatusName(c.status));
    json.number("team_id", c.teamId);
    json.number("unread_count", c.unreadCount);
    json.end();
    return out;
}

QByteArray messageEventJson(const Message &m)
{
    QByteArray out;
    out.reserve(512 + m.text.size() * 2);
    EventObjectWriter json(out);
    json.number("author_id", m.authorId);
    if (!m.clientId.isEmpty())
        json.text("client_id", m.clientId);
    json.number("conversation_id", m.conversationId);
    json.time("created_at", m.createdAt);
    if (m.deletedAt > 0)
        json.time("deleted_at", m.deletedAt);
    if (!m.details.isEmpty())
        json.json("details", QJsonDocument(m.details).toJson(QJsonDocument::Compact));
    json.text("direction", directionName(m.direction));
    if (m.editedAt > 0) {
        json.json("earlier_versions",
                  QJsonDocument(m.earlierVersions).toJson(QJsonDocument::Compact));
        json.time("edited_at", m.editedAt);
    }
    if (!m.failureCode.isEmpty() || !m.failureReason.isEmpty()) {
        json.text("failure_code", m.failureCode);
        json.text("failure_reason", m.failureReason);
    }
    if (m.forwarded)
        json.json("forwarded", "true");
    if (m.frequentlyForwarded)
        json.json("frequently_forwarded", "true");
    json.number("id", m.id);
    if (!m.media.isEmpty()) {
        QByteArray media;
        EventObjectWriter object(media);
        object.text("caption", m.media.caption);
        object.text("filename", m.media.fileName);
        object.text("id", m.media.mediaId);
        object.text("mime_type", m.media.mimeType);
        object.text("sha256", m.media.sha256);
        object.number("size", m.media.size);
        object.end();
        json.json("media", media);
    }
    if (!m.reaction.isEmpty())
        json.text("reaction", m.reaction);
    if (!m.replyTo.isEmpty())
        json.text("reply_to", m.replyTo);
    json.text("status", deliveryStateName(m.state));
    json.text("text", m.text);
    json.text("type", messageKindName(m.kind));
    json.text("wamid", m.wamid);
    if (!m.whatsappType.isEmpty())
        json.text("whatsapp_type", m.whatsappType);
    json.end();
    return out;
}

} // namespace parley::hub
