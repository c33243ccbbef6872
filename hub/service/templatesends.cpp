// TemplateService's sends: a template message in a conversation, or one that starts a chat with a
// new number; the template's header and URL-button values go into the queued row. Submission,
// Meta's review and deletion are in templateservice.cpp.
#include "hub/service/templateservice.h"

#include "core/domain/personname.h"
#include "core/protocol/entitycodec.h"
#include "core/rules/channelrules.h"
#include "core/rules/mergefields.h"
#include "core/rules/templaterules.h"
#include "core/whatsapp/graphtemplatecomponents.h"

#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace parley::hub
