#include "hub/service/templateservice.h"

#include "core/domain/personname.h"
#include "core/protocol/entitycodec.h"
#include "core/rules/channelrules.h"
#include "core/rules/mergefields.h"
#include "core/rules/templateexamples.h"
#include "core/rules/templaterules.h"
#include "core/whatsapp/grapherrors.h"
#include "core/whatsapp/graphtemplatecomponents.h"
#include "core/whatsapp/graphtemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace parley::hub {
namespace {

// The header's and URL buttons' values of a send, in the queue row's own JSON (read back by
// the outgoing worker): "header": {"type": "text"|"image"|"video"|"document", "text"|"link"},
// "url_parameters": [{"index": <button position>, "text": <suffix>}].
void writeQueuedTemplateValues(const MessageTemplate &t, const TemplateSendValues &values,
                               QJsonObject *request)
{
    if (headerHasVariable(t.header)) {
        request->insert(QStringLiteral("header"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), values.header.trimmed()}});
    } else if (isMediaHeader(t.header.format)) {
        request->insert(QStringLiteral("header"),
                        QJsonObject{{QStringLiteral("type"),
                                     templateHeaderFormatName(t.header.format).toLower()},
                                    {QStringLiteral("link"), values.header.trimmed()}});
    }
    QJsonArray urls;
    int next = 0;
    for (int i = 0; i < t.buttons.size(); ++i) {
        if (urlButtonHasVariable(t.buttons.at(i)))
            urls.append(
                QJsonObject{{QStringLiteral("index"), i},
                            {QStringLiteral("text"), values.urlSuffixes.value(next++).trimmed()}});
    }
    if (!urls.isEmpty())
        request->insert(QStringLiteral("url_parameters"), urls);
}

} // namespace

TemplateService::TemplateService(HubContext &context, ConversationService &conversations,
                                 BillingService &billing, QObject *parent)
    : QObject(parent), m_ctx(context), m_conversations(conversations), m_billing(billing)
{}

bool TemplateService::publish(const MessageTemplate &t)
{
    return m_ctx.events.append(EventType::TemplateUpdated, toJson(t), m_ctx.now()) > 0;
}

std::optional<ChannelConfig> TemplateService::templateChannel(Id channelId)
{
    if (channelId != 0) {
        std::optional<ChannelConfig> chosen = m_ctx.channels.byId(channelId);
        if (chosen && chosen->channel.status == ChannelStatus::Connected)
            return chosen;
        return std::nullopt;
    }
    for (const ChannelConfig &channel : m_ctx.channels.all()) {
        if (channel.channel.status == ChannelStatus::Connected)
            return channel;
    }
    return std::nullopt;
}

CommandResult TemplateService::list()
{
    QJsonArray templates;
    for (const MessageTemplate &t : m_ctx.templates.all())
        templates.append(toJson(t));
    return CommandResult::success({{QStringLiteral("templates"), templates}});
}

CommandResult TemplateService::submit(const MessageTemplate &draft, const QStringList &given)
{
    MessageTemplate t = draft;
    int counted = countTemplatesTowardLimit(m_ctx.templates.all());
    if (t.id != 0) {
        const std::optional<MessageTemplate> stored = m_ctx.templates.byId(t.id);
        if (!stored)
            return CommandResult::failure(404, QStringLiteral("not_found"),
                                          QStringLiteral("There is no template %1.").arg(t.id));
        const RuleErrors locked = checkTemplateEditable(stored->status);
        if (!locked.isEmpty())
            return CommandResult::failure(409, locked.first());
        t.metaTemplateId = stored->metaTemplateId;
        t.status = stored->status; // a rejected one is already counted: it needs no new room
        t.name = stored->name;     // Meta keys a template by name and language: they stay
        t.language = stored->language;
        t.channelId = stored->channelId; // and it lives in that WhatsApp account
    } else if (t.channelId != 0 && !m_ctx.channels.byId(t.channelId)) {
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(t.channelId));
    }
    if (t.id == 0)
        t.status = TemplateStatus::Draft;
    const RuleErrors errors = checkTemplateSubmission(t, counted);
    if (!errors.isEmpty())
        return CommandResult::failure(
            errors.first().code == QLatin1String("template_limit_reached") ? 409 : 400,
            errors.first());
    const QStringList fields = toMetaTemplateBody(t.body).parameters;
    QString problem;
    if (!given.isEmpty() && !checkTemplateExamples(given, int(fields.size()), &problem))
        return CommandResult::failure(400, QStringLiteral("template_examples_invalid"), problem);
    const QStringList examples = given.isEmpty() ? templateExampleValues(fields) : given;
    const std::optional<ChannelConfig> channel = templateChannel(t.channelId);
    if (!channel)
        return CommandResult::failure(
            409, QStringLiteral("channel_inactive"),
            t.channelId != 0 ? QStringLiteral("Channel %1 is not connected.").arg(t.channelId)
                             : QStringLiteral("Connect a WhatsApp number before "
                                              "submitting templates."));
    t.channelId = channel->channel.id;
    t.status = TemplateStatus::Pending;
    t.rejectionReason.clear();
    t.updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    if (t.id == 0) {
        t.id = m_ctx.templates.insert(t);
        if (t.id == 0)
            return CommandResult::failure(
                409, QStringLiteral("template_name_taken"),
                QStringLiteral("A template named %1 in %2 exists.").arg(t.name, t.language));
    } else if (!m_ctx.templates.save(t)) {
        return storeFailure();
    }
    if (!publish(t) || !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    submitToMeta(t, examples);
    return CommandResult::success({{QStringLiteral("template"), toJson(t)}}, 202);
}

void TemplateService::submitToMeta(const MessageTemplate &t, const QStringList &examples)
{
    const std::optional<ChannelConfig> channel = templateChannel(t.channelId);
    if (!channel)
        return;
    const MetaTemplateBody body = toMetaTemplateBody(t.body);
    QJsonObject request;
    QString path;
    if (t.metaTemplateId.isEmpty()) {
        whatsapp::TemplateCreateRequest create;
        create.name = t.name;
        create.language = t.language;
        create.category = templateCategoryName(t.category);
        create.bodyText = body.text;
        create.bodyExample = examples; // "Ana", one per {{n}}
        create.otherComponents = whatsapp::graphTemplateComponents(t);
        request = whatsapp::templateCreateRequestJson(create);
        path = channel->channel.wabaId + QStringLiteral("/message_templates");
    } else {
        // Meta edits a rejected template in place (POST /<TEMPLATE_ID>), replacing all its
        // components: the same ones a creation carries.
        whatsapp::TemplateCreateRequest edit;
        edit.category = templateCategoryName(t.category);
        edit.bodyText = body.text;
        edit.bodyExample = examples;
        edit.otherComponents = whatsapp::graphTemplateComponents(t);
        request = whatsapp::templateEditRequestJson(edit);
        path = t.metaTemplateId;
    }
    const Id id = t.id;
    m_graph.post(*channel, path, request,
                 [this, id](const GraphClient::Reply &reply) { metaAnswered(id, reply); });
}

std::optional<MessageTemplate> TemplateService::sendableTemplate(Id templateId,
                                                                 CommandResult *refusal)
{
    std::optional<MessageTemplate> t = m_ctx.templates.byId(templateId);
    if (!t) {
        *refusal =
            CommandResult::failure(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no template %1.").arg(templateId));
        return std::nullopt;
    }
    const RuleErrors sendable = checkTemplateSendable(*t);
    if (!sendable.isEmpty()) {
        *refusal = CommandResult::failure(422, sendable.first());
        return std::nullopt;
    }
    return t;
}

void TemplateService::metaAnswered(Id templateId, const GraphClient::Reply &reply)
{
    std::optional<MessageTemplate> t = m_ctx.templates.byId(templateId);
    if (!t)
        return;
    if (reply.httpStatus == 200) {
        whatsapp::TemplateCreateResponse created;
        QString problem;
        if (whatsapp::parseTemplateCreateResponse(reply.json, &created, &problem))
            t->metaTemplateId = created.id;
        // When the review's webhook came first it already set the id and the verdict; saving
        // the id again changes nothing else.
    } else {
        whatsapp::GraphError error;
        QString problem;
        t->status = TemplateStatus::Rejected;
        // Meta's words for people (error_user_title / error_user_msg) when it sent them, e.g.
        // for a duplicate name; never Qt's "Error transferring <Graph URL>".
        if (whatsapp::parseGraphError(reply.json, &error, &problem))
            t->rejectionReason = whatsapp::graphErrorForPeople(error);
        else if (reply.httpStatus != 0)
            t->rejectionReason =
                QStringLiteral("WhatsApp answered HTTP %1 without a reason.").arg(reply.httpStatus);
        else
            t->rejectionReason =
                QStringLiteral("WhatsApp could not be reached: %1").arg(reply.networkErrorText);
    }
    t->updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    if (m_ctx.templates.save(*t) && publish(*t) && transaction.commit())
        m_ctx.eventsCommitted();
}

CommandResult TemplateService::send(const Agent &agent, Id conversationId, Id templateId,
                                    const QString &idempotencyKey, const TemplateSendValues &values)
{
    return sendTemplate(agent, conversationId, templateId, idempotencyKey, 0, values);
}

CommandResult TemplateService::sendTemplate(const Agent &agent, Id conversationId, Id templateId,
                                            const QString &idempotencyKey, Id mergeRecordId,
                                            const TemplateSendValues &values)
{
    if (!canSend(agent.role))
        return CommandResult::failure(403, QStringLiteral("forbidden_view_only"),
                                      QStringLiteral("View-only agents cannot send."));
    std::optional<Conversation> conversation = m_ctx.conversationFor(agent, conversationId);
    if (!conversation)
        return CommandResult::failure(
            404, QStringLiteral("not_found"),
            QStringLiteral("There is no conversation %1.").arg(conversationId));
    if (std::optional<CommandResult> refused = ConversationService::refuseSendKey(idempotencyKey))
        return *refused;
    if (std::optional<CommandResult> replay =
            m_conversations.replayedSend(conversationId, idempotencyKey))
        return *replay;
    CommandResult refusal;
    const std::optional<MessageTemplate> t = sendableTemplate(templateId, &refusal);
    if (!t)
        return refusal;
    const std::optional<ChannelConfig> channel = m_ctx.channels.byId(conversation->channelId);
    if (!channel || channel->channel.status != ChannelStatus::Connected)
        return CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                      QStringLiteral("This conversation's channel is not active."));
    // The customer told WhatsApp to stop marketing messages (user_preferences webhook); Meta
    // would fail the send with 131050 and the charge would only be refunded.
    if (t->category == TemplateCategory::Marketing && conversation->marketingStoppedAt > 0)
        return CommandResult::failure(
            422, QStringLiteral("customer_stopped_marketing"),
            QStringLiteral("This customer asked WhatsApp to stop marketing messages. Send a "
                           "utility template, or wait until they resume."));
    // Merge fields come from the conversation's record (R6.5); a missing value is refused
    // rather than sent blank, since Meta refuses empty parameters anyway.
    QList<Record> records;
    if (std::optional<Record> record =
            m_ctx.records.byId(mergeRecordId != 0 ? mergeRecordId : conversation->recordId))
        records.append(*record);
    const TemplateParameters parameters = templateParameterValues(t->body, records);
    if (!parameters.complete())
        return CommandResult::failure(422, parameters.errors().first());
    const RuleErrors valueErrors = checkTemplateSendValues(*t, values);
    if (!valueErrors.isEmpty())
        return CommandResult::failure(422, valueErrors.first());
    const MergeResult rendered = renderMergeFields(t->body, records);

    const TimestampMs now = m_ctx.now();
    Transaction transaction(m_ctx.db);
    Message message;
    message.conversationId = conversation->id;
    message.direction = Direction::Out;
    message.kind = MessageKind::Template;
    message.text = rendered.text;
    message.state = DeliveryState::Queued;
    message.authorId = agent.id;
    message.clientId = idempotencyKey;
    message.createdAt = now;
    message.id = m_ctx.conversations.insertMessage(message);
    if (message.id == 0)
        return storeFailure();
    const CommandResult charged = m_billing.chargeForSend(
        *conversation, message.id, OutboundKind::Template,
        t->category == TemplateCategory::Marketing ? PricingCategory::Marketing
                                                   : PricingCategory::Utility);
    if (!charged.ok())
        return charged;
    QJsonObject request{
        {QStringLiteral("kind"), QStringLiteral("template")},
        {QStringLiteral("to"), conversation->customerNumber},
        {QStringLiteral("name"), t->name},
        {QStringLiteral("language"), t->language},
        {QStringLiteral("parameters"), QJsonArray::fromStringList(parameters.values)}};
    writeQueuedTemplateValues(*t, values, &request);
    if (!m_ctx.outgoing.enqueue({message.id, conversation->channelId, request}, now))
        return storeFailure();
    conversation->lastOutboundAt = now;
    conversation->lastMessageAt = now;
    conversation->lastMessageText = message.text;
    conversation->lastRepliedBy = agent.id;
    if (!m_ctx.conversations.save(*conversation) || !m_conversations.publish(message, true) ||
        !m_conversations.publish(*conversation) || !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    m_ctx.outgoingQueued();
    return CommandResult::success({{QStringLiteral("message"), toJson(message)}}, 202);
}

CommandResult TemplateService::startChat(const Agent &agent, Id channelId, const QString &number,
                                         const QString &name, Id templateId,
                                         const QString &idempotencyKey, Id recordId,
                                         const TemplateSendValues &values)
{
    if (!canSend(agent.role))
        return CommandResult::failure(403, QStringLiteral("forbidden_view_only"),
                                      QStringLiteral("View-only agents cannot send."));
    const std::optional<ChannelConfig> channel = m_ctx.channels.byId(channelId);
    if (!channel)
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    const QString customer = normalizedPhoneNumber(number);
    if (customer.isEmpty())
        return CommandResult::failure(400, QStringLiteral("channel_number_invalid"),
                                      QStringLiteral("%1 is not a phone number.").arg(number));
    if (channel->channel.status != ChannelStatus::Connected)
        return CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                      QStringLiteral("This channel is not active."));
    if (std::optional<CommandResult> refused = ConversationService::refuseSendKey(idempotencyKey))
        return *refused;
    CommandResult refusal;
    const std::optional<MessageTemplate> chosen = sendableTemplate(templateId, &refusal);
    if (!chosen)
        return refusal;
    std::optional<Record> forRecord;
    if (recordId != 0) {
        forRecord = m_ctx.recordFor(agent, recordId);
        if (!forRecord)
            return CommandResult::failure(404, QStringLiteral("not_found"),
                                          QStringLiteral("There is no record %1.").arg(recordId));
        // R6.5: messages go only to leads and contacts.
        if (forRecord->module != Module::Leads && forRecord->module != Module::Contacts)
            return CommandResult::failure(422, QStringLiteral("record_not_messageable"),
                                          QStringLiteral("Only leads and contacts receive "
                                                         "WhatsApp messages."));
    }
    std::optional<Conversation> conversation = m_ctx.conversations.byCustomer(channelId, customer);
    // R9.2: a number the team already knows, on any channel, is that customer's record.
    if (!conversation && !forRecord) {
        if (const Id known = m_ctx.records.customerRecord(customer, QString()))
            forRecord = m_ctx.records.byId(known);
    }
    if (!conversation && forRecord) {
        Conversation created;
        created.channelId = channelId;
        created.customerNumber = customer;
        const QString display = name.trimmed().isEmpty()
                                    ? forRecord->field(QStringLiteral("Full Name"))
                                    : name.trimmed();
        created.customerName = display.isEmpty() ? customer : display;
        created.recordModule = moduleName(forRecord->module);
        created.recordId = forRecord->id;
        created.ownerId = agent.id;
        created.department = channel->channel.department;
        Transaction transaction(m_ctx.db);
        created.id = m_ctx.conversations.insert(created);
        if (created.id == 0 || !m_conversations.publish(created, true) || !transaction.commit())
            return storeFailure();
        m_ctx.eventsCommitted();
        conversation = created;
    } else if (!conversation) {
        Transaction transaction(m_ctx.db);
        const TimestampMs now = m_ctx.now();
        Record record;
        record.module = channel->channel.newCustomersAs == NewCustomerModule::Contacts
                            ? Module::Contacts
                            : Module::Leads;
        record.ownerId = agent.id;
        const QString display = name.trimmed().isEmpty() ? customer : name.trimmed();
        const PersonName split = splitPersonName(display);
        record.fields = {{QStringLiteral("Full Name"), display},
                         {QStringLiteral("First Name"), split.given},
                         {QStringLiteral("Last Name"), split.family},
                         {QStringLiteral("Mobile"), customer}};
        record.createdAt = record.updatedAt = now;
        record.id = m_ctx.records.insert(record, customer);
        Conversation created;
        created.channelId = channelId;
        created.customerNumber = customer;
        created.customerName = display;
        created.recordModule = moduleName(record.module);
        created.recordId = record.id;
        created.ownerId = agent.id;
        created.department = channel->channel.department;
        created.id = record.id ? m_ctx.conversations.insert(created) : 0;
        if (created.id == 0 ||
            !m_ctx.events.append(EventType::RecordUpdated, toJson(record), now) ||
            !m_conversations.publish(created, true) || !transaction.commit())
            return storeFailure();
        m_ctx.eventsCommitted();
        conversation = created;
    }
    return sendTemplate(agent, conversation->id, templateId, idempotencyKey, recordId, values);
}

void TemplateService::remove(Id templateId, Done done)
{
    const std::optional<MessageTemplate> t = m_ctx.templates.byId(templateId);
    if (!t)
        return done(
            CommandResult::failure(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no template %1.").arg(templateId)));
    if (t->metaTemplateId.isEmpty())
        return done(removeStored(templateId)); // WhatsApp never accepted it
    const std::optional<ChannelConfig> channel = templateChannel(t->channelId);
    if (!channel)
        return done(CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                           QStringLiteral("The template's channel is not "
                                                          "connected.")));
    // DELETE /<WABA_ID>/message_templates?name=…&hsm_id=… (§8): with the id only this
    // language's template goes, not every language of the name.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), t->name);
    query.addQueryItem(QStringLiteral("hsm_id"), t->metaTemplateId);
    m_graph.deleteResource(*channel,
                           channel->channel.wabaId + QStringLiteral("/message_templates?") +
                               query.toString(QUrl::FullyEncoded),
                           [this, templateId, done](const GraphClient::Reply &reply) {
                               deleted(templateId, reply, done);
                           });
}

void TemplateService::deleted(Id templateId, const GraphClient::Reply &reply, const Done &done)
{
    if (reply.httpStatus == 200)
        return done(removeStored(templateId));
    if (reply.httpStatus == 0)
        return done(CommandResult::failure(
            502, QStringLiteral("whatsapp_unreachable"),
            QStringLiteral("WhatsApp could not be reached: %1").arg(reply.networkErrorText)));
    whatsapp::GraphError error;
    QString problem;
    if (!whatsapp::parseGraphError(reply.json, &error, &problem))
        return done(CommandResult::failure(
            502, QStringLiteral("whatsapp_error"),
            QStringLiteral("WhatsApp answered HTTP %1 without an error.").arg(reply.httpStatus)));
    done(CommandResult::failure(422, QStringLiteral("whatsapp_rejected"),
                                whatsapp::graphErrorForPeople(error)));
}

CommandResult TemplateService::removeStored(Id templateId)
{
    Transaction transaction(m_ctx.db);
    if (!m_ctx.templates.remove(templateId)) {
        // Deleted meanwhile by another request: the same outcome.
        if (!m_ctx.templates.byId(templateId))
            return CommandResult::success({{QStringLiteral("deleted"), templateId}});
        return storeFailure();
    }
    if (m_ctx.events.append(EventType::TemplateDeleted, {{QStringLiteral("id"), templateId}},
                            m_ctx.now()) <= 0 ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("deleted"), templateId}});
}

} // namespace parley::hub
