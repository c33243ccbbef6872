#include "core/storage/entityrows.h"

#include "core/protocol/templatecomponentcodec.h"
#include "core/storage/sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace parley {

const QString &conversationColumns()
{
    static const QString columns = QStringLiteral(
        "c.id, c.channel_id, c.customer_number, c.customer_name, c.record_module, c.record_id,"
        " c.status, c.owner_id, c.department, c.last_inbound_at, c.last_outbound_at,"
        " c.last_message_at, c.last_message_text, c.last_replied_by, c.unread_count, c.labels,"
        " c.priority, c.team_id, c.snoozed_until");
    return columns;
}

const QString &messageColumns()
{
    static const QString columns = QStringLiteral(
        "id, conversation_id, direction, kind, text, state, failure_code, failure_reason,"
        " author_id, wamid, client_id, media_id, media_mime, media_name, media_size, media_sha256,"
        " media_caption, created_at");
    return columns;
}

const QString &recordColumns()
{
    static const QString columns =
        QStringLiteral("id, module, owner_id, fields, created_at, updated_at");
    return columns;
}

const QString &activityColumns()
{
    static const QString columns = QStringLiteral(
        "id, kind, title, due_at, done, record_id, conversation_id, owner_id, created_by,"
        " created_at, updated_at");
    return columns;
}

const QString &templateColumns()
{
    static const QString columns = QStringLiteral(
        "id, name, language, category, module, body, status, rejection_reason, meta_template_id,"
        " updated_at, components, channel_id");
    return columns;
}

const QString &agentColumns()
{
    static const QString columns = QStringLiteral("id, login, name, role, department, active");
    return columns;
}

namespace {

// One reader for both kinds of row: anything with value(int) giving a QVariant.
template <typename Row> Conversation conversationFromRow(const Row &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.channelId = q.value(1).toLongLong();
    c.customerNumber = q.value(2).toString();
    c.customerName = q.value(3).toString();
    c.recordModule = q.value(4).toString();
    c.recordId = q.value(5).toLongLong();
    conversationStatusFromName(q.value(6).toString(), &c.status);
    c.ownerId = q.value(7).toLongLong();
    c.department = q.value(8).toString();
    c.lastInboundAt = q.value(9).toLongLong();
    c.lastOutboundAt = q.value(10).toLongLong();
    c.lastMessageAt = q.value(11).toLongLong();
    c.lastMessageText = q.value(12).toString();
    c.lastRepliedBy = q.value(13).toLongLong();
    c.unreadCount = q.value(14).toInt();
    c.labelIds = labelIdsFromText(q.value(15).toString());
    const int priority = q.value(16).toInt();
    c.priority =
        priority >= int(ConversationPriority::Low) && priority <= int(ConversationPriority::Urgent)
            ? ConversationPriority(priority)
            : ConversationPriority::Normal;
    c.teamId = q.value(17).toLongLong();
    c.snoozedUntil = q.value(18).toLongLong();
    return c;
}

template <typename Row> Message messageFromRow(const Row &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    directionFromName(q.value(2).toString(), &m.direction);
    messageKindFromName(q.value(3).toString(), &m.kind);
    m.text = q.value(4).toString();
    deliveryStateFromName(q.value(5).toString(), &m.state);
    m.failureCode = q.value(6).toString();
    m.failureReason = q.value(7).toString();
    m.authorId = q.value(8).toLongLong();
    m.wamid = q.value(9).toString();
    m.clientId = q.value(10).toString();
    m.media = {q.value(11).toString(),   q.value(12).toString(), q.value(13).toString(),
               q.value(14).toLongLong(), q.value(15).toString(), q.value(16).toString()};
    m.createdAt = q.value(17).toLongLong();
    return m;
}

} // namespace

Conversation readConversation(const QSqlQuery &query)
{
    return conversationFromRow(query);
}

Conversation readConversation(const SqliteStatement &row)
{
    return conversationFromRow(row);
}

Message readMessage(const QSqlQuery &query)
{
    return messageFromRow(query);
}

Message readMessage(const SqliteStatement &row)
{
    return messageFromRow(row);
}

const QString &messageContentColumns()
{
    static const QString columns = QStringLiteral(
        ", whatsapp_type, details, reply_to, forwarded, reaction, edited_at, earlier_versions,"
        " deleted_at");
    return columns;
}

int messageColumnCount()
{
    return int(messageColumns().count(QLatin1Char(','))) + 1;
}

void readMessageContent(const QSqlQuery &q, int at, Message *m)
{
    m->whatsappType = q.value(at).toString();
    m->details = QJsonDocument::fromJson(q.value(at + 1).toString().toUtf8()).object();
    m->replyTo = q.value(at + 2).toString();
    const int forwarded = q.value(at + 3).toInt(); // 1 forwarded, 2 frequently forwarded
    m->forwarded = forwarded >= 1;
    m->frequentlyForwarded = forwarded >= 2;
    m->reaction = q.value(at + 4).toString();
    m->editedAt = q.value(at + 5).toLongLong();
    m->earlierVersions = QJsonDocument::fromJson(q.value(at + 6).toString().toUtf8()).array();
    m->deletedAt = q.value(at + 7).toLongLong();
}

Record readRecord(const QSqlQuery &q)
{
    Record r;
    r.id = q.value(0).toLongLong();
    moduleFromName(q.value(1).toString(), &r.module);
    r.ownerId = q.value(2).toLongLong();
    r.fields = QJsonDocument::fromJson(q.value(3).toByteArray()).object().toVariantMap();
    r.createdAt = q.value(4).toLongLong();
    r.updatedAt = q.value(5).toLongLong();
    return r;
}

Activity readActivity(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    activityKindFromName(q.value(1).toString(), &a.kind);
    a.title = q.value(2).toString();
    a.dueAt = q.value(3).toLongLong();
    a.done = q.value(4).toBool();
    a.recordId = q.value(5).toLongLong();
    a.conversationId = q.value(6).toLongLong();
    a.ownerId = q.value(7).toLongLong();
    a.createdBy = q.value(8).toLongLong();
    a.createdAt = q.value(9).toLongLong();
    a.updatedAt = q.value(10).toLongLong();
    return a;
}

MessageTemplate readTemplate(const QSqlQuery &q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.language = q.value(2).toString();
    templateCategoryFromName(q.value(3).toString(), &t.category);
    moduleFromName(q.value(4).toString(), &t.module);
    t.body = q.value(5).toString();
    templateStatusFromName(q.value(6).toString(), &t.status);
    t.rejectionReason = q.value(7).toString();
    t.metaTemplateId = q.value(8).toString();
    t.updatedAt = q.value(9).toLongLong();
    readTemplateComponentsText(q.value(10).toString(), &t);
    t.channelId = q.value(11).toLongLong();
    return t;
}

Agent readAgent(const QSqlQuery &q)
{
    Agent a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.name = q.value(2).toString();
    roleFromName(q.value(3).toString(), &a.role);
    a.department = q.value(4).toString();
    a.active = q.value(5).toBool();
    return a;
}

} // namespace parley
