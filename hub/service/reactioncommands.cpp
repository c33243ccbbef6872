// An agent's reply to a particular message and reaction to one (issue #10 item 6): both name a
// message of the conversation, which Graph knows by its wamid.
#include "hub/service/billingservice.h"
#include "hub/service/conversationservice.h"

#include "core/domain/messagedetails.h"
#include "core/protocol/entitycodec.h"
#include "core/rules/servicewindow.h"

namespace parley::hub {

std::optional<QString> ConversationService::targetWamid(Id conversationId, Id messageId,
                                                        CommandResult *refusal)
{
    const std::optional<Message> target = m_ctx.conversations.messageById(messageId);
    if (!target || target->conversationId != conversationId || target->kind == MessageKind::Note ||
        target->kind == MessageKind::Reaction) {
        *refusal = CommandResult::failure(
            404, QStringLiteral("message_not_found"),
            QStringLiteral("There is no message %1 in this conversation to answer.")
                .arg(messageId));
        return std::nullopt;
    }
    if (target->wamid.isEmpty()) {
        *refusal = CommandResult::failure(
            409, QStringLiteral("message_not_sent"),
            QStringLiteral("That message has not reached WhatsApp, so it cannot be answered."));
        return std::nullopt;
    }
    return target->wamid;
}

CommandResult ConversationService::react(const Agent &agent, Id conversationId, Id messageId,
                                         const QString &emoji, const QString &idempotencyKey)
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
    if (!emoji.isEmpty() && !isReactionEmoji(emoji))
        return CommandResult::failure(400, QStringLiteral("emoji_invalid"),
                                      QStringLiteral("A reaction is one emoji."));
    const std::optional<QString> wamid = targetWamid(conversationId, messageId, &refusal);
    if (!wamid)
        return refusal;
    std::optional<ChannelConfig> channel = m_ctx.channels.byId(conversation->channelId);
    if (!channel || channel->channel.status != ChannelStatus::Connected)
        return CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                      QStringLiteral("This conversation's channel is not active."));
    // A reaction is a free-form message to Meta: only inside the 24-hour window.
    const TimestampMs now = m_ctx.now();
    const RuleErrors windowErrors =
        checkServiceWindow(MessageKind::Reaction, conversation->lastInboundAt, now);
    if (!windowErrors.isEmpty())
        return CommandResult::failure(422, windowErrors.first());

    Transaction transaction(m_ctx.db);
    Message message;
    message.conversationId = conversationId;
    message.direction = Direction::Out;
    message.kind = MessageKind::Reaction;
    message.whatsappType = QStringLiteral("reaction");
    message.details = agentReactionDetails(*wamid, emoji);
    message.text = emoji;
    message.state = DeliveryState::Queued;
    message.authorId = agent.id;
    message.clientId = idempotencyKey;
    message.createdAt = now;
    message.id = m_ctx.conversations.insertMessage(message);
    if (message.id == 0)
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The hub could not save the change."));
    // Sent and billed like any session message (R8.4); it changes nothing about the
    // conversation's last message or who replied, so the conversation itself is left as it is.
    const CommandResult charged = m_billing.chargeForSend(
        *conversation, message.id, OutboundKind::Session, PricingCategory::Service);
    if (!charged.ok())
        return charged;
    const QJsonObject request{{QStringLiteral("kind"), QStringLiteral("reaction")},
                              {QStringLiteral("to"), conversation->customerNumber},
                              {QStringLiteral("message_id"), *wamid},
                              {QStringLiteral("emoji"), emoji}};
    if (!m_ctx.outgoing.enqueue({message.id, conversation->channelId, request}, now) ||
        !publish(message, true) || !transaction.commit())
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The hub could not save the change."));
    m_ctx.eventsCommitted();
    m_ctx.outgoingQueued();
    return CommandResult::success({{QStringLiteral("message"), toJson(message)}}, 202);
}

} // namespace parley::hub
