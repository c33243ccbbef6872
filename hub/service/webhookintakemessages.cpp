// WebhookIntake's customer messages: where each lands, and what it changes (issue #10).
#include "hub/service/webhookintake.h"

#include "core/domain/personname.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/isotime.h"
#include "hub/service/webhookintakeevents.h"

namespace parley::hub {
namespace {

// The content of an inbound message (or of an edit's new version) as the hub stores it.
void setContent(Message *message, const whatsapp::InboundMessage &inbound)
{
    message->text = inbound.text;
    message->details = inbound.details;
    message->media = {inbound.media.id,     inbound.media.mimeType, inbound.media.filename, 0,
                      inbound.media.sha256, inbound.media.caption};
}

} // namespace

std::optional<Conversation> WebhookIntake::existingConversation(const ChannelConfig &channel,
                                                                const QString &phone,
                                                                const QString &userId,
                                                                const QString &profileName)
{
    const Id channelId = channel.channel.id;
    std::optional<Conversation> found;
    if (!phone.isEmpty())
        found = m_ctx.conversations.byCustomer(channelId, phone);
    if (!found && !userId.isEmpty())
        found = m_ctx.conversations.byCustomerUserId(channelId, userId);
    if (!found)
        return std::nullopt;
    // One person, one conversation, whichever ids a body names: learn the ones not known yet.
    if (found->customerUserId.isEmpty() && !userId.isEmpty())
        found->customerUserId = userId;
    if (!phone.isEmpty() && found->customerNumber != phone &&
        found->customerNumber == found->customerUserId &&
        !m_ctx.conversations.byCustomer(channelId, phone))
        found->customerNumber = phone; // a username-only customer whose number is now known
    if (!profileName.isEmpty())
        found->customerName = profileName;
    return found;
}

std::optional<Conversation> WebhookIntake::newConversation(const ChannelConfig &channel,
                                                           const whatsapp::InboundMessage &inbound)
{
    // R9.2: one customer, one record. A customer the team knows from another channel (by
    // number or user id) gets a conversation on this one attached to their record; an unknown
    // one becomes a lead or a contact (R1.6). The conversation is owned round-robin.
    const Id owner = m_ctx.channels.nextRoundRobinOwner(channel.channel.id);
    QString name = inbound.profileName;
    if (name.isEmpty())
        name = !inbound.username.isEmpty() ? inbound.username : inbound.customerId();
    std::optional<Record> record;
    if (const Id known =
            m_ctx.records.customerRecord(inbound.customerPhone(), inbound.customerUserId()))
        record = m_ctx.records.byId(known);
    if (!record) {
        const bool asContact = channel.channel.newCustomersAs == NewCustomerModule::Contacts;
        const PersonName split = splitPersonName(name);
        const QJsonObject fields{{QStringLiteral("First Name"), split.given},
                                 {QStringLiteral("Last Name"), split.family},
                                 {QStringLiteral("Full Name"), name},
                                 {QStringLiteral("Mobile"), inbound.customerPhone()}};
        const TimestampMs now = m_ctx.now();
        record.emplace();
        record->module = asContact ? Module::Contacts : Module::Leads;
        record->ownerId = owner;
        record->fields = fields.toVariantMap();
        record->createdAt = record->updatedAt = now;
        record->id = m_ctx.records.insert(*record, inbound.customerPhone());
        if (record->id == 0)
            return std::nullopt;
        if (m_ctx.events.append(EventType::RecordUpdated, toJson(*record), now) == 0)
            return std::nullopt;
    }

    Conversation conversation;
    conversation.channelId = channel.channel.id;
    conversation.customerNumber = inbound.customerId();
    conversation.customerUserId = inbound.customerUserId();
    conversation.customerName = name;
    conversation.recordModule = moduleName(record->module);
    conversation.recordId = record->id;
    conversation.ownerId = owner;
    conversation.department = channel.channel.department;
    conversation.id = m_ctx.conversations.insert(conversation);
    if (conversation.id == 0)
        return std::nullopt;
    return conversation;
}

bool WebhookIntake::storeMessage(const ChannelConfig &channel,
                                 const whatsapp::InboundMessage &inbound)
{
    const WebhookLog::Recorded recorded = m_log.record(
        channel.channel.id, inbound.echo ? QStringLiteral("echo") : QStringLiteral("message"),
        inbound.wamid, inbound.raw, m_ctx.now());
    if (recorded != WebhookLog::Recorded::New)
        return recorded == WebhookLog::Recorded::Seen; // a retried delivery: nothing changes
    if (m_ctx.conversations.hasMessageWithWamid(inbound.wamid))
        return true; // stored before the hub kept webhook items

    const bool written = inbound.isWrittenByCustomer();
    bool created = false;
    std::optional<Conversation> conversation =
        existingConversation(channel, inbound.customerPhone(), inbound.customerUserId(),
                             inbound.echo ? QString() : inbound.profileName);
    if (!conversation) {
        // A reaction, edit, deletion or notice is about a chat that exists; without one it is
        // kept as received and opens no conversation (and makes no lead).
        if (!written)
            return true;
        conversation = newConversation(channel, inbound);
        if (!conversation)
            return false;
        created = true;
    }
    const TimestampMs at = inbound.timestamp > 0 ? inbound.timestamp : m_ctx.now();
    const QString type = inbound.type;
    if (inbound.echo) // a reaction, edit or deletion from the app is kept as received only
        return !written || storeEcho(*conversation, created, inbound, at);
    if (type == QLatin1String("reaction") || type == QLatin1String("edit") ||
        type == QLatin1String("revoke")) {
        return applyToEarlierMessage(*conversation, inbound) &&
               noteCustomerActivity(*conversation, at, false, QString()) &&
               m_conversations.publish(*conversation, created);
    }

    Message message;
    message.conversationId = conversation->id;
    message.direction = Direction::In;
    message.kind = inbound.kind();
    message.whatsappType = type;
    setContent(&message, inbound);
    message.state = DeliveryState::Received;
    message.wamid = inbound.wamid;
    message.createdAt = at;
    message.replyTo = inbound.context.messageId;
    message.forwarded = inbound.context.forwarded || inbound.context.frequentlyForwarded;
    message.frequentlyForwarded = inbound.context.frequentlyForwarded;
    if (!inbound.errors.isEmpty()) {
        message.failureCode = QString::number(inbound.errors.first().code);
        message.failureReason = inbound.errors.first().details;
    }
    message.id = m_ctx.conversations.insertMessage(message);
    if (message.id == 0)
        return false;
    // WhatsApp's own notices (a new security code, a changed number) are shown in the chat but
    // are nobody writing: no unread, no reopening, no window. A CSAT rating (issue #14) is
    // shown and refreshes the window, but neither reopens nor counts as unread.
    const bool rating =
        type == QLatin1String("button") &&
        m_ctx.csatAnswered(*conversation,
                           {inbound.context.messageId, inbound.reply.id, inbound.reply.title}, at);
    // noteCustomerActivity() saves the conversation with everything learnt above; a notice
    // that changes nothing of it still saves the names and ids learnt.
    const bool saved = written ? noteCustomerActivity(*conversation, at, !rating, message.text)
                               : m_ctx.conversations.save(*conversation);
    return saved && publishEvent(*conversation, created) && publishEvent(message);
}

bool WebhookIntake::publishEvent(const Conversation &conversation, bool created)
{
    return m_ctx.events.appendJson(created ? EventType::ConversationCreated
                                           : EventType::ConversationUpdated,
                                   conversationEventJson(conversation), m_ctx.now()) > 0;
}

bool WebhookIntake::publishEvent(const Message &message)
{
    return m_ctx.events.appendJson(EventType::MessageCreated, messageEventJson(message),
                                   m_ctx.now()) > 0;
}

bool WebhookIntake::storeEcho(Conversation &conversation, bool created,
                              const whatsapp::InboundMessage &echo, TimestampMs at)
{
    // Written by someone at the business in the WhatsApp Business app on the same number: an
    // outgoing message like an agent's, already sent, by no Parley agent, and never charged.
    Message message;
    message.conversationId = conversation.id;
    message.direction = Direction::Out;
    message.kind = echo.kind();
    message.whatsappType = echo.type;
    setContent(&message, echo);
    message.state = DeliveryState::Sent;
    message.wamid = echo.wamid;
    message.createdAt = at;
    message.replyTo = echo.context.messageId;
    message.id = m_ctx.conversations.insertMessage(message);
    if (message.id == 0)
        return false;
    conversation.lastOutboundAt = qMax(conversation.lastOutboundAt, at);
    if (at >= conversation.lastMessageAt) {
        conversation.lastMessageAt = at;
        conversation.lastMessageText = message.text;
    }
    return m_ctx.conversations.save(conversation) &&
           m_conversations.publish(conversation, created) && m_conversations.publish(message, true);
}

bool WebhookIntake::storeCall(const ChannelConfig &channel, const whatsapp::CallEvent &call)
{
    const QString key = QStringLiteral("%1/%2/%3").arg(call.callId, call.event, call.status);
    const WebhookLog::Recorded recorded =
        m_log.record(channel.channel.id, QStringLiteral("call"), key, call.raw, m_ctx.now());
    if (recorded != WebhookLog::Recorded::New)
        return recorded == WebhookLog::Recorded::Seen;
    std::optional<Conversation> conversation =
        existingConversation(channel, call.customer(), QString(), QString());
    if (!conversation && call.userInitiated()) {
        whatsapp::InboundMessage caller; // a customer calling is a customer reaching out
        caller.from = call.customer();
        conversation = newConversation(channel, caller);
        if (!conversation || !m_conversations.publish(*conversation, true))
            return false;
    }
    if (!conversation)
        return true; // a call to someone Parley never talked to
    const TimestampMs at = call.timestamp > 0 ? call.timestamp : m_ctx.now();
    // Meta: the window refreshes when the user "messages you or calls you".
    if (call.userInitiated() && call.event == QLatin1String("connect") &&
        !noteCustomerActivity(*conversation, at, false, QString()))
        return false;
    if (call.event != QLatin1String("terminate"))
        return m_ctx.conversations.save(*conversation) && m_conversations.publish(*conversation);
    // One line per call, when it ends: who called, how it ended, how long it took.
    Message line;
    line.conversationId = conversation->id;
    line.direction = call.userInitiated() ? Direction::In : Direction::Out;
    line.kind = MessageKind::Unsupported;
    line.whatsappType = QStringLiteral("call");
    line.details = {
        {QStringLiteral("call"), QJsonObject{{QStringLiteral("id"), call.callId},
                                             {QStringLiteral("direction"), call.direction},
                                             {QStringLiteral("status"), call.status},
                                             {QStringLiteral("duration"), call.durationSeconds}}}};
    const QString who = call.userInitiated() ? QStringLiteral("Call from the customer")
                                             : QStringLiteral("Call to the customer");
    line.text = call.durationSeconds > 0
                    ? QStringLiteral("%1 (%2:%3)")
                          .arg(who)
                          .arg(call.durationSeconds / 60)
                          .arg(call.durationSeconds % 60, 2, 10, QLatin1Char('0'))
                    : QStringLiteral("%1 (%2)").arg(who, call.status.toLower());
    line.state = call.userInitiated() ? DeliveryState::Received : DeliveryState::Sent;
    line.createdAt = at;
    line.id = m_ctx.conversations.insertMessage(line);
    if (line.id == 0)
        return false;
    if (at >= conversation->lastMessageAt) {
        conversation->lastMessageAt = at;
        conversation->lastMessageText = line.text;
    }
    return m_ctx.conversations.save(*conversation) && m_conversations.publish(*conversation) &&
           m_conversations.publish(line, true);
}

bool WebhookIntake::applyToEarlierMessage(Conversation &conversation,
                                          const whatsapp::InboundMessage &inbound)
{
    const QString target = inbound.type == QLatin1String("reaction") ? inbound.reaction.messageId
                                                                     : inbound.originalMessageId;
    std::optional<Message> message =
        m_ctx.conversations.messageByWamid(conversation.channelId, target);
    // Only this customer's chat: a reaction may be to either side's message, an edit or a
    // deletion only to the customer's own. One Parley never saw is kept as received only.
    if (!message || message->conversationId != conversation.id)
        return true;
    const TimestampMs at = inbound.timestamp > 0 ? inbound.timestamp : m_ctx.now();
    if (inbound.type == QLatin1String("reaction")) {
        message->reaction = inbound.reaction.emoji; // a new one replaces, an empty one removes
    } else if (message->direction != Direction::In) {
        return true;
    } else if (inbound.type == QLatin1String("edit")) {
        QJsonObject earlier{{QStringLiteral("text"), message->text},
                            {QStringLiteral("until"), toIsoUtc(at)}};
        if (!message->details.isEmpty())
            earlier.insert(QStringLiteral("details"), message->details);
        if (!message->media.caption.isEmpty())
            earlier.insert(QStringLiteral("caption"), message->media.caption);
        message->earlierVersions.append(earlier);
        // An edit changes the words (text or caption), never the file the customer sent.
        const MediaRef media = message->media;
        setContent(&*message, inbound);
        message->media = media;
        message->media.caption = inbound.media.caption;
        message->editedAt = at;
    } else {
        message->deletedAt = at;
    }
    if (!m_ctx.conversations.saveMessage(*message) || !m_conversations.publish(*message))
        return false;
    if (message->createdAt >= conversation.lastMessageAt &&
        inbound.type != QLatin1String("reaction"))
        conversation.lastMessageText = message->deletedAt > 0 ? QString() : message->text;
    return m_ctx.conversations.save(conversation);
}

bool WebhookIntake::noteCustomerActivity(Conversation &conversation, TimestampMs at, bool written,
                                         const QString &text)
{
    // Meta: "whenever a WhatsApp user messages you or calls you, a 24-hour timer called a
    // customer service window starts or refreshes" (docs/api.md, "The customer service
    // window"). A reaction, an edit and a deletion are the user messaging; so they refresh it.
    if (!m_billing.countCustomerMessage(conversation, at))
        return false;
    // A late retry of an old message must not move the conversation's clock backwards.
    conversation.lastInboundAt = qMax(conversation.lastInboundAt, at);
    if (written) {
        if (at >= conversation.lastMessageAt) {
            conversation.lastMessageAt = at;
            conversation.lastMessageText = text;
        }
        conversation.unreadCount += 1;
        // A customer writing reopens the chat, closed, pending or snoozed (issue #12).
        conversation.status = ConversationStatus::Open;
        conversation.snoozedUntil = 0;
    }
    // A written message also counts towards every agent's unread (AgentViews).
    return m_ctx.conversations.save(conversation, written ? 1 : 0);
}

} // namespace parley::hub
