#include "hub/service/conversationservice.h"

#include "core/protocol/entitycodec.h"
#include "core/rules/servicewindow.h"
#include "core/whatsapp/graphmessages.h"
#include "hub/service/billingservice.h"
#include "hub/store/readreceiptsettings.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace parley::hub {
namespace {

// WhatsApp's limit for a text body (whatsapp-cloud-api.md §5).
constexpr int maxTextLength = 4096;

CommandResult notFound(Id id)
{
    return CommandResult::failure(404, QStringLiteral("not_found"),
                                  QStringLiteral("There is no conversation %1.").arg(id));
}

// The failed statement was logged by the store (parley.hub.store), once.
CommandResult storeFailure(HubDatabase &)
{
    return CommandResult::failure(500, QStringLiteral("store_failed"),
                                  QStringLiteral("The hub could not save the change."));
}

} // namespace

std::optional<Conversation> ConversationService::writableConversation(const Agent &agent,
                                                                      Id conversationId,
                                                                      CommandResult *refusal)
{
    if (!canSend(agent.role)) {
        *refusal = CommandResult::failure(
            403, QStringLiteral("forbidden_view_only"),
            QStringLiteral("View-only agents can see conversations but not change them."));
        return std::nullopt;
    }
    std::optional<Conversation> conversation = m_ctx.conversationFor(agent, conversationId);
    if (!conversation)
        *refusal = notFound(conversationId);
    return conversation;
}

bool ConversationService::publish(const Conversation &conversation, bool created)
{
    return m_ctx.events.append(created ? EventType::ConversationCreated
                                       : EventType::ConversationUpdated,
                               toJson(conversation), m_ctx.now()) > 0;
}

bool ConversationService::publish(const Message &message, bool created)
{
    return m_ctx.events.append(created ? EventType::MessageCreated : EventType::MessageUpdated,
                               toJson(message), m_ctx.now()) > 0;
}

std::optional<CommandResult> ConversationService::refuseSendKey(const QString &key, int maxLength)
{
    if (!key.isEmpty() && key.size() <= maxLength)
        return std::nullopt;
    return CommandResult::failure(400, QStringLiteral("idempotency_key_required"),
                                  QStringLiteral("Send an Idempotency-Key header of 1 to %1 "
                                                 "characters with every message.")
                                      .arg(maxLength));
}

std::optional<CommandResult> ConversationService::replayedSend(Id conversationId,
                                                               const QString &key)
{
    const std::optional<Message> earlier = m_ctx.conversations.messageByClientId(key);
    if (!earlier)
        return std::nullopt;
    if (earlier->conversationId != conversationId)
        return CommandResult::failure(409, QStringLiteral("idempotency_key_reused"),
                                      QStringLiteral("This Idempotency-Key was used for another "
                                                     "conversation."));
    return CommandResult::success({{QStringLiteral("message"), toJson(*earlier)}}, 200);
}

CommandResult ConversationService::sendText(const Agent &agent, Id conversationId,
                                            const QString &text, const QString &idempotencyKey,
                                            Id replyTo, std::optional<bool> previewUrl)
{
    CommandResult refusal;
    std::optional<Conversation> conversation =
        writableConversation(agent, conversationId, &refusal);
    if (!conversation)
        return refusal;
    if (std::optional<CommandResult> refused = refuseSendKey(idempotencyKey))
        return *refused;
    if (std::optional<CommandResult> replay = replayedSend(conversationId, idempotencyKey))
        return *replay;
    if (text.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("text_empty"),
                                      QStringLiteral("The message is empty."));
    if (text.size() > maxTextLength)
        return CommandResult::failure(
            400, QStringLiteral("text_too_long"),
            QStringLiteral("WhatsApp takes at most %1 characters.").arg(maxTextLength));
    std::optional<ChannelConfig> channel = m_ctx.channels.byId(conversation->channelId);
    if (!channel || channel->channel.status != ChannelStatus::Connected)
        return CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                      QStringLiteral("This conversation's channel is not active."));
    const TimestampMs now = m_ctx.now();
    const RuleErrors windowErrors =
        checkServiceWindow(MessageKind::Text, conversation->lastInboundAt, now);
    if (!windowErrors.isEmpty())
        return CommandResult::failure(422, windowErrors.first());
    QString quoted;
    if (replyTo != 0) {
        const std::optional<QString> wamid = targetWamid(conversationId, replyTo, &refusal);
        if (!wamid)
            return refusal;
        quoted = *wamid;
    }

    Transaction transaction(m_ctx.db);
    Message message;
    message.conversationId = conversationId;
    message.direction = Direction::Out;
    message.kind = MessageKind::Text;
    message.text = text;
    message.replyTo = quoted;
    message.state = DeliveryState::Queued;
    message.authorId = agent.id;
    message.clientId = idempotencyKey;
    message.createdAt = now;
    message.id = m_ctx.conversations.insertMessage(message);
    if (message.id == 0)
        return storeFailure(m_ctx.db);
    // Charged now, settled by Meta's pricing later: a balance can never be spent twice (R8.4).
    const CommandResult charged = m_billing.chargeForSend(
        *conversation, message.id, OutboundKind::Session, PricingCategory::Service);
    if (!charged.ok())
        return charged;
    QJsonObject request{
        {QStringLiteral("kind"), QStringLiteral("text")},
        {QStringLiteral("to"), conversation->customerNumber},
        {QStringLiteral("text"), text},
        {QStringLiteral("preview_url"), previewUrl.value_or(whatsapp::textWantsLinkPreview(text))}};
    if (!quoted.isEmpty())
        request.insert(QStringLiteral("reply_to"), quoted);
    if (!m_ctx.outgoing.enqueue({message.id, conversation->channelId, request}, now))
        return storeFailure(m_ctx.db);
    conversation->lastOutboundAt = now;
    conversation->lastMessageAt = now;
    conversation->lastMessageText = text;
    conversation->lastRepliedBy = agent.id;
    conversation->unreadCount = 0;
    if (!m_ctx.conversations.save(*conversation) || !publish(message, true) ||
        !publish(*conversation) || !transaction.commit())
        return storeFailure(m_ctx.db);
    m_ctx.eventsCommitted();
    m_ctx.outgoingQueued();
    return CommandResult::success({{QStringLiteral("message"), toJson(message)}}, 202);
}

CommandResult ConversationService::addNote(const Agent &agent, Id conversationId,
                                           const QString &text)
{
    CommandResult refusal;
    std::optional<Conversation> conversation =
        writableConversation(agent, conversationId, &refusal);
    if (!conversation)
        return refusal;
    if (text.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("text_empty"),
                                      QStringLiteral("The note is empty."));
    Transaction transaction(m_ctx.db);
    Message note;
    note.conversationId = conversationId;
    note.direction = Direction::Out;
    note.kind = MessageKind::Note;
    note.text = text;
    note.state = DeliveryState::Received; // notes never leave the hub
    note.authorId = agent.id;
    note.createdAt = m_ctx.now();
    note.id = m_ctx.conversations.insertMessage(note);
    if (note.id == 0 || !publish(note, true) || !announceMentions(agent, note) ||
        !transaction.commit())
        return storeFailure(m_ctx.db);
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("message"), toJson(note)}}, 201);
}

TeamLine ConversationService::assignedLine(Id ownerId)
{
    TeamLine line{TeamLine::Kind::Assigned, ownerId, {}, {}};
    if (ownerId != 0) {
        if (const std::optional<Agent> owner = m_ctx.agents.byId(ownerId))
            line.ownerName = owner->name;
    }
    return line;
}

CommandResult ConversationService::assign(const Agent &agent, Id conversationId, Id ownerId)
{
    CommandResult refusal;
    std::optional<Conversation> conversation =
        writableConversation(agent, conversationId, &refusal);
    if (!conversation)
        return refusal;
    if (ownerId != 0) {
        std::optional<Agent> owner = m_ctx.agents.byId(ownerId);
        if (!owner || !owner->active)
            return CommandResult::failure(
                400, QStringLiteral("owner_unknown"),
                QStringLiteral("There is no active agent %1.").arg(ownerId));
    }
    Transaction transaction(m_ctx.db);
    const bool changed = conversation->ownerId != ownerId;
    conversation->ownerId = ownerId;
    if (!m_ctx.conversations.save(*conversation) || !publish(*conversation) ||
        (changed && !addLine(agent, *conversation, assignedLine(ownerId))) || !transaction.commit())
        return storeFailure(m_ctx.db);
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("conversation"), toJson(*conversation)}});
}

CommandResult ConversationService::setStatus(const Agent &agent, Id conversationId,
                                             ConversationStatus status)
{
    CommandResult refusal;
    std::optional<Conversation> conversation =
        writableConversation(agent, conversationId, &refusal);
    if (!conversation)
        return refusal;
    Transaction transaction(m_ctx.db);
    const bool changed = conversation->status != status;
    conversation->status = status;
    conversation->snoozedUntil = 0; // snoozed by this route: until the customer writes
    if (!m_ctx.conversations.save(*conversation) || !publish(*conversation) ||
        (changed && !addLine(agent, *conversation,
                             {TeamLine::Kind::Status, 0, {}, conversationStatusName(status)})) ||
        !transaction.commit())
        return storeFailure(m_ctx.db);
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("conversation"), toJson(*conversation)}});
}

bool ConversationService::queueMarkRead(const Conversation &conversation, bool *queued)
{
    *queued = false;
    // The newest by the customer's clock: marking it read marks the earlier ones too (Meta), so
    // one request covers the whole conversation.
    QSqlQuery newest =
        m_ctx.db.exec(QStringLiteral("SELECT id, wamid FROM messages WHERE conversation_id = ? AND"
                                     " direction = 'in' AND wamid IS NOT NULL AND wamid <> ''"
                                     " ORDER BY created_at DESC, id DESC LIMIT 1"),
                      {conversation.id});
    if (!newest.isActive())
        return false;
    if (!newest.next())
        return true; // nothing from WhatsApp to mark
    const Id messageId = newest.value(0).toLongLong();
    const QJsonObject request{{QStringLiteral("kind"), QStringLiteral("mark_read")},
                              {QStringLiteral("message_id"), newest.value(1).toString()}};
    newest.finish();
    // Keyed by the inbound message, which never has a send of its own: a message already marked
    // (or being marked) is ignored, so reading again with nothing new sends nothing. No message
    // row and no charge: it is a receipt, not a message.
    return m_ctx.outgoing.enqueueOnce({messageId, conversation.channelId, request}, m_ctx.now(),
                                      queued);
}

CommandResult ConversationService::markRead(const Agent &agent, Id conversationId)
{
    CommandResult refusal;
    std::optional<Conversation> conversation =
        writableConversation(agent, conversationId, &refusal);
    if (!conversation)
        return refusal;
    Transaction transaction(m_ctx.db);
    // Read for this agent only (hub/store/agentviews.h). The customer sees "read" when the one
    // answering them has read: the owner, or anyone while nobody owns the conversation; or any
    // agent on a channel set so (issue #12, core/rules/receiptrules.h).
    const bool sendsReceipt =
        readSendsReceipt(ReadReceiptSettings(m_ctx.db).rule(conversation->channelId),
                         conversation->ownerId, agent.id);
    bool receiptQueued = false;
    // Also when nothing is unread (an agent's reply clears it): the customer's messages may
    // still be unmarked on WhatsApp.
    if (sendsReceipt && !queueMarkRead(*conversation, &receiptQueued))
        return storeFailure(m_ctx.db);
    const int unreadBefore =
        m_ctx.views.conversations(agent.id, {conversationId}).value(conversationId).unread;
    if (!m_ctx.views.markRead(agent.id, conversationId))
        return storeFailure(m_ctx.db);
    // Every desktop gets the conversation again, each with its agent's own count: the reader's
    // is 0 now, the others' are unchanged.
    const bool changed = unreadBefore != 0;
    if (changed && !publish(*conversation))
        return storeFailure(m_ctx.db);
    if (!transaction.commit())
        return storeFailure(m_ctx.db);
    if (changed)
        m_ctx.eventsCommitted();
    if (receiptQueued)
        m_ctx.outgoingQueued();
    QJsonObject json = toJson(*conversation);
    json.insert(QStringLiteral("unread_count"), 0);
    return CommandResult::success(
        {{QStringLiteral("conversation"), json}, {QStringLiteral("receipt_sent"), sendsReceipt}});
}

CommandResult ConversationService::messages(const Agent &agent, Id conversationId, int limit,
                                            TimestampMs before, Id beforeId)
{
    if (!m_ctx.conversationFor(agent, conversationId))
        return notFound(conversationId);
    QJsonArray list;
    const int bounded = qBound(1, limit, 500);
    for (const Message &m :
         beforeId > 0 ? m_ctx.conversations.messagesBeforeId(conversationId, bounded, beforeId)
                      : m_ctx.conversations.messages(conversationId, bounded, before))
        list.append(toJson(m));
    return CommandResult::success({{QStringLiteral("messages"), list}});
}

} // namespace parley::hub
