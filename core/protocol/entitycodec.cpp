#include "core/protocol/entitycodec.h"

#include "core/protocol/isotime.h"
#include "core/protocol/jsonreader.h"
#include "core/protocol/templatecomponentcodec.h"

#include <QJsonArray>
#include <QJsonValue>

namespace parley {
namespace {

QJsonValue timeValue(TimestampMs ms)
{
    return ms > 0 ? QJsonValue(toIsoUtc(ms)) : QJsonValue();
}

bool parseNewCustomerModule(const QString &name, NewCustomerModule *module)
{
    if (name == QLatin1String("leads"))
        *module = NewCustomerModule::Leads;
    else if (name == QLatin1String("contacts"))
        *module = NewCustomerModule::Contacts;
    else
        return false;
    return true;
}

} // namespace

QJsonObject toJson(const Conversation &c)
{
    QJsonObject json{{QStringLiteral("id"), c.id},
                     {QStringLiteral("channel_id"), c.channelId},
                     {QStringLiteral("customer_number"), c.customerNumber},
                     {QStringLiteral("customer_name"), c.customerName},
                     {QStringLiteral("record_module"), c.recordModule},
                     {QStringLiteral("record_id"), c.recordId},
                     {QStringLiteral("status"), conversationStatusName(c.status)},
                     {QStringLiteral("owner_id"), c.ownerId},
                     {QStringLiteral("department"), c.department},
                     {QStringLiteral("last_inbound_at"), timeValue(c.lastInboundAt)},
                     {QStringLiteral("last_outbound_at"), timeValue(c.lastOutboundAt)},
                     {QStringLiteral("last_message_at"), timeValue(c.lastMessageAt)},
                     {QStringLiteral("last_message_text"), c.lastMessageText},
                     {QStringLiteral("last_replied_by"), c.lastRepliedBy},
                     {QStringLiteral("unread_count"), c.unreadCount}};
    // Issue #10, only when set: older desktops skip keys they do not know.
    if (!c.customerUserId.isEmpty())
        json.insert(QStringLiteral("customer_user_id"), c.customerUserId);
    if (c.marketingStoppedAt > 0)
        json.insert(QStringLiteral("marketing_stopped_at"), timeValue(c.marketingStoppedAt));
    // Issue #12 triage: always present (an empty list, "normal", 0) so that a change back to
    // the default reaches every mirror.
    QJsonArray labels;
    for (const Id id : c.labelIds)
        labels.append(id);
    json.insert(QStringLiteral("labels"), labels);
    json.insert(QStringLiteral("priority"), conversationPriorityName(c.priority));
    json.insert(QStringLiteral("team_id"), c.teamId);
    json.insert(QStringLiteral("snoozed_until"), timeValue(c.snoozedUntil));
    return json;
}

bool fromJson(const QJsonObject &json, Conversation *c, QString *error)
{
    JsonReader r(json);
    c->id = r.id(QStringLiteral("id"), true);
    c->channelId = r.id(QStringLiteral("channel_id"), true);
    c->customerNumber = r.string(QStringLiteral("customer_number"), true);
    c->customerName = r.string(QStringLiteral("customer_name"));
    c->recordModule = r.string(QStringLiteral("record_module"));
    c->recordId = r.id(QStringLiteral("record_id"));
    c->status =
        r.enumValue(QStringLiteral("status"), conversationStatusFromName, ConversationStatus::Open);
    c->ownerId = r.id(QStringLiteral("owner_id"));
    c->department = r.string(QStringLiteral("department"));
    c->lastInboundAt = r.time(QStringLiteral("last_inbound_at"));
    c->lastOutboundAt = r.time(QStringLiteral("last_outbound_at"));
    c->lastMessageAt = r.time(QStringLiteral("last_message_at"));
    c->lastMessageText = r.string(QStringLiteral("last_message_text"));
    c->lastRepliedBy = r.id(QStringLiteral("last_replied_by"));
    c->unreadCount = static_cast<int>(r.integer(QStringLiteral("unread_count")));
    c->customerUserId = r.string(QStringLiteral("customer_user_id"));
    c->marketingStoppedAt = r.time(QStringLiteral("marketing_stopped_at"));
    c->labelIds = r.ids(QStringLiteral("labels"));
    c->priority = r.enumValue(QStringLiteral("priority"), conversationPriorityFromName,
                              ConversationPriority::Normal);
    c->teamId = r.id(QStringLiteral("team_id"));
    c->snoozedUntil = r.time(QStringLiteral("snoozed_until"));
    return finish(r, error);
}

QJsonObject toJson(const Message &m)
{
    QJsonObject json{{QStringLiteral("id"), m.id},
                     {QStringLiteral("conversation_id"), m.conversationId},
                     {QStringLiteral("direction"), directionName(m.direction)},
                     {QStringLiteral("type"), messageKindName(m.kind)},
                     {QStringLiteral("text"), m.text},
                     {QStringLiteral("status"), deliveryStateName(m.state)},
                     {QStringLiteral("author_id"), m.authorId},
                     {QStringLiteral("wamid"), m.wamid},
                     {QStringLiteral("created_at"), timeValue(m.createdAt)}};
    if (!m.clientId.isEmpty())
        json.insert(QStringLiteral("client_id"), m.clientId);
    if (!m.failureCode.isEmpty() || !m.failureReason.isEmpty()) {
        json.insert(QStringLiteral("failure_code"), m.failureCode);
        json.insert(QStringLiteral("failure_reason"), m.failureReason);
    }
    if (!m.media.isEmpty()) {
        json.insert(QStringLiteral("media"),
                    QJsonObject{{QStringLiteral("id"), m.media.mediaId},
                                {QStringLiteral("mime_type"), m.media.mimeType},
                                {QStringLiteral("filename"), m.media.fileName},
                                {QStringLiteral("size"), m.media.size},
                                {QStringLiteral("sha256"), m.media.sha256},
                                {QStringLiteral("caption"), m.media.caption}});
    }
    // Added for issue #10; written only when set, so replies to older desktops look as before
    // and older desktops, which skip keys they do not know, keep decoding.
    if (!m.whatsappType.isEmpty())
        json.insert(QStringLiteral("whatsapp_type"), m.whatsappType);
    if (!m.details.isEmpty())
        json.insert(QStringLiteral("details"), m.details);
    if (!m.replyTo.isEmpty())
        json.insert(QStringLiteral("reply_to"), m.replyTo);
    if (m.forwarded)
        json.insert(QStringLiteral("forwarded"), true);
    if (m.frequentlyForwarded)
        json.insert(QStringLiteral("frequently_forwarded"), true);
    if (!m.reaction.isEmpty())
        json.insert(QStringLiteral("reaction"), m.reaction);
    if (m.editedAt > 0) {
        json.insert(QStringLiteral("edited_at"), timeValue(m.editedAt));
        json.insert(QStringLiteral("earlier_versions"), m.earlierVersions);
    }
    if (m.deletedAt > 0)
        json.insert(QStringLiteral("deleted_at"), timeValue(m.deletedAt));
    return json;
}

bool fromJson(const QJsonObject &json, Message *m, QString *error)
{
    JsonReader r(json);
    m->id = r.id(QStringLiteral("id"), true);
    m->conversationId = r.id(QStringLiteral("conversation_id"), true);
    m->direction = r.enumValue(QStringLiteral("direction"), directionFromName, Direction::In);
    if (!json.contains(QStringLiteral("direction")))
        r.fail(QStringLiteral("direction"), QStringLiteral("missing"));
    m->kind = r.enumValue(QStringLiteral("type"), messageKindFromName, MessageKind::Text);
    m->text = r.string(QStringLiteral("text"));
    m->state = r.enumValue(QStringLiteral("status"), deliveryStateFromName,
                           m->direction == Direction::In ? DeliveryState::Received
                                                         : DeliveryState::Pending);
    m->failureCode = r.string(QStringLiteral("failure_code"));
    m->failureReason = r.string(QStringLiteral("failure_reason"));
    m->authorId = r.id(QStringLiteral("author_id"));
    m->wamid = r.string(QStringLiteral("wamid"));
    m->clientId = r.string(QStringLiteral("client_id"));
    m->createdAt = r.time(QStringLiteral("created_at"), true);
    JsonReader media(r.object(QStringLiteral("media")));
    m->media.mediaId = media.string(QStringLiteral("id"));
    m->media.mimeType = media.string(QStringLiteral("mime_type"));
    m->media.fileName = media.string(QStringLiteral("filename"));
    m->media.size = media.integer(QStringLiteral("size"));
    m->media.sha256 = media.string(QStringLiteral("sha256"));
    m->media.caption = media.string(QStringLiteral("caption"));
    if (!media.ok())
        r.fail(QStringLiteral("media"), media.error());
    m->whatsappType = r.string(QStringLiteral("whatsapp_type"));
    m->details = r.object(QStringLiteral("details"));
    m->replyTo = r.string(QStringLiteral("reply_to"));
    m->forwarded = r.boolean(QStringLiteral("forwarded"));
    m->frequentlyForwarded = r.boolean(QStringLiteral("frequently_forwarded"));
    m->reaction = r.string(QStringLiteral("reaction"));
    m->editedAt = r.time(QStringLiteral("edited_at"));
    m->earlierVersions = {};
    const QJsonValue versions = json.value(QStringLiteral("earlier_versions"));
    if (versions.isArray())
        m->earlierVersions = versions.toArray();
    else if (!versions.isUndefined() && !versions.isNull())
        r.fail(QStringLiteral("earlier_versions"), QStringLiteral("not an array"));
    m->deletedAt = r.time(QStringLiteral("deleted_at"));
    return finish(r, error);
}

QJsonObject toJson(const Agent &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("login"), a.login},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("role"), roleName(a.role)},
            {QStringLiteral("department"), a.department},
            {QStringLiteral("active"), a.active}};
}

bool fromJson(const QJsonObject &json, Agent *a, QString *error)
{
    JsonReader r(json);
    a->id = r.id(QStringLiteral("id"), true);
    a->login = r.string(QStringLiteral("login"));
    a->name = r.string(QStringLiteral("name"), true);
    a->role = r.enumValue(QStringLiteral("role"), roleFromName, Role::Viewer);
    a->department = r.string(QStringLiteral("department"));
    a->active = r.boolean(QStringLiteral("active"), true);
    return finish(r, error);
}

QJsonObject toJson(const Channel &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("kind"), QStringLiteral("whatsapp")},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("department"), c.department},
            {QStringLiteral("waba_id"), c.wabaId},
            {QStringLiteral("phone_number_id"), c.phoneNumberId},
            {QStringLiteral("display_number"), c.displayNumber},
            {QStringLiteral("status"), channelStatusName(c.status)},
            {QStringLiteral("new_customers_as"), c.newCustomersAs == NewCustomerModule::Leads
                                                     ? QStringLiteral("leads")
                                                     : QStringLiteral("contacts")},
            {QStringLiteral("auto_close_after_minutes"), c.autoCloseAfterMinutes}};
}

bool fromJson(const QJsonObject &json, Channel *c, QString *error)
{
    JsonReader r(json);
    c->id = r.id(QStringLiteral("id"), true);
    if (r.string(QStringLiteral("kind")) != QLatin1String("whatsapp"))
        r.fail(QStringLiteral("kind"), QStringLiteral("unknown channel kind"));
    c->kind = ChannelKind::WhatsAppCloud;
    c->name = r.string(QStringLiteral("name"), true);
    c->department = r.string(QStringLiteral("department"));
    c->wabaId = r.string(QStringLiteral("waba_id"));
    c->phoneNumberId = r.string(QStringLiteral("phone_number_id"));
    c->displayNumber = r.string(QStringLiteral("display_number"));
    c->status = r.enumValue(QStringLiteral("status"), channelStatusFromName,
                            ChannelStatus::PendingVerification);
    c->newCustomersAs = r.enumValue(QStringLiteral("new_customers_as"), parseNewCustomerModule,
                                    NewCustomerModule::Leads);
    c->autoCloseAfterMinutes = r.integer(QStringLiteral("auto_close_after_minutes"));
    return finish(r, error);
}

QJsonObject toJson(const Record &rec)
{
    return {{QStringLiteral("id"), rec.id},
            {QStringLiteral("module"), moduleName(rec.module)},
            {QStringLiteral("owner_id"), rec.ownerId},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(rec.fields)},
            {QStringLiteral("created_at"), timeValue(rec.createdAt)},
            {QStringLiteral("updated_at"), timeValue(rec.updatedAt)}};
}

bool fromJson(const QJsonObject &json, Record *rec, QString *error)
{
    JsonReader r(json);
    rec->id = r.id(QStringLiteral("id"), true);
    rec->module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    rec->ownerId = r.id(QStringLiteral("owner_id"));
    rec->fields = r.object(QStringLiteral("fields")).toVariantMap();
    rec->createdAt = r.time(QStringLiteral("created_at"));
    rec->updatedAt = r.time(QStringLiteral("updated_at"));
    return finish(r, error);
}

QJsonObject toJson(const PredefinedText &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("module"), moduleName(t.module)},
            {QStringLiteral("body"), t.body},
            {QStringLiteral("created_by"), t.createdBy},
            {QStringLiteral("updated_at"), timeValue(t.updatedAt)}};
}

bool fromJson(const QJsonObject &json, PredefinedText *t, QString *error)
{
    JsonReader r(json);
    t->id = r.id(QStringLiteral("id"), true);
    t->name = r.string(QStringLiteral("name"), true);
    t->module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    t->body = r.string(QStringLiteral("body"));
    t->createdBy = r.id(QStringLiteral("created_by"));
    t->updatedAt = r.time(QStringLiteral("updated_at"));
    return finish(r, error);
}

QJsonObject toJson(const MessageTemplate &t)
{
    QJsonObject json{{QStringLiteral("id"), t.id},
                     {QStringLiteral("name"), t.name},
                     {QStringLiteral("language"), t.language},
                     {QStringLiteral("category"), templateCategoryName(t.category)},
                     {QStringLiteral("module"), moduleName(t.module)},
                     {QStringLiteral("body"), t.body},
                     {QStringLiteral("status"), templateStatusName(t.status)},
                     {QStringLiteral("rejection_reason"), t.rejectionReason},
                     {QStringLiteral("meta_template_id"), t.metaTemplateId},
                     {QStringLiteral("channel_id"), t.channelId},
                     {QStringLiteral("updated_at"), timeValue(t.updatedAt)}};
    writeTemplateComponents(t, &json);
    return json;
}

bool fromJson(const QJsonObject &json, MessageTemplate *t, QString *error)
{
    JsonReader r(json);
    t->id = r.id(QStringLiteral("id"), true);
    t->name = r.string(QStringLiteral("name"), true);
    t->language = r.string(QStringLiteral("language"));
    t->category = r.enumValue(QStringLiteral("category"), templateCategoryFromName,
                              TemplateCategory::Utility);
    t->module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    t->body = r.string(QStringLiteral("body"));
    t->status =
        r.enumValue(QStringLiteral("status"), templateStatusFromName, TemplateStatus::Draft);
    t->rejectionReason = r.string(QStringLiteral("rejection_reason"));
    t->metaTemplateId = r.string(QStringLiteral("meta_template_id"));
    t->channelId = r.id(QStringLiteral("channel_id"));
    t->updatedAt = r.time(QStringLiteral("updated_at"));
    QString problem;
    if (!readTemplateComponents(json, t, &problem))
        r.fail(QStringLiteral("components"), problem);
    return finish(r, error);
}

QJsonObject toJson(const Activity &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("kind"), activityKindName(a.kind)},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("due_at"), timeValue(a.dueAt)},
            {QStringLiteral("done"), a.done},
            {QStringLiteral("record_id"), a.recordId},
            {QStringLiteral("conversation_id"), a.conversationId},
            {QStringLiteral("owner_id"), a.ownerId},
            {QStringLiteral("created_by"), a.createdBy},
            {QStringLiteral("created_at"), timeValue(a.createdAt)},
            {QStringLiteral("updated_at"), timeValue(a.updatedAt)}};
}

bool fromJson(const QJsonObject &json, Activity *a, QString *error)
{
    JsonReader r(json);
    a->id = r.id(QStringLiteral("id"), true);
    if (!json.contains(QStringLiteral("kind")))
        r.fail(QStringLiteral("kind"), QStringLiteral("missing"));
    a->kind = r.enumValue(QStringLiteral("kind"), activityKindFromName, ActivityKind::Task);
    a->title = r.string(QStringLiteral("title"), true);
    a->dueAt = r.time(QStringLiteral("due_at"));
    a->done = r.boolean(QStringLiteral("done"));
    a->recordId = r.id(QStringLiteral("record_id"), true);
    a->conversationId = r.id(QStringLiteral("conversation_id"));
    a->ownerId = r.id(QStringLiteral("owner_id"));
    a->createdBy = r.id(QStringLiteral("created_by"));
    a->createdAt = r.time(QStringLiteral("created_at"));
    a->updatedAt = r.time(QStringLiteral("updated_at"));
    return finish(r, error);
}

} // namespace parley
