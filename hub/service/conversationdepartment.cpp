// ConversationService: a conversation moving to another department (issue #12).
#include "core/protocol/entitycodec.h"
#include "hub/service/conversationservice.h"

namespace parley::hub {

CommandResult ConversationService::moveToDepartment(const Agent &agent, Id conversationId,
                                                    const QString &department)
{
    CommandResult refusal;
    std::optional<Conversation> conversation =
        writableConversation(agent, conversationId, &refusal);
    if (!conversation)
        return refusal;
    const QString target = department.trimmed();
    const std::optional<ChannelConfig> channel = m_ctx.channels.byId(conversation->channelId);
    const QStringList served = channel ? QStringList{channel->channel.department} +
                                             m_ctx.channels.routing(channel->channel.id).departments
                                       : QStringList();
    if (target.isEmpty() || !served.contains(target))
        return CommandResult::failure(
            400, QStringLiteral("department_not_served"),
            QStringLiteral("This conversation's number does not serve the department %1.")
                .arg(target));
    const QString left = conversation->department;
    if (left == target)
        return CommandResult::success({{QStringLiteral("conversation"), toJson(*conversation)}});

    Transaction transaction(m_ctx.db);
    const auto failed = [] {
        return CommandResult::failure(500, QStringLiteral("store_failed"),
                                      QStringLiteral("The hub could not save the change."));
    };
    conversation->department = target;
    if (conversation->ownerId != 0) {
        const std::optional<Agent> owner = m_ctx.agents.byId(conversation->ownerId);
        if (!owner || !conversationInScope(*owner, target, 0))
            conversation->ownerId = 0; // the new department takes it from its queue
    }
    if (!m_ctx.conversations.save(*conversation) || !publish(*conversation))
        return failed();
    // The new department's desktops never had its messages: they come again, oldest first.
    TimestampMs before = 0;
    QList<Message> page;
    QList<Message> all;
    do {
        page = m_ctx.conversations.messages(conversationId, 500, before);
        if (!page.isEmpty())
            before = page.first().createdAt;
        all = page + all;
    } while (page.size() == 500);
    for (const Message &message : std::as_const(all)) {
        if (!publish(message))
            return failed();
    }
    const QJsonObject leaving{{QStringLiteral("id"), conversationId},
                              {QStringLiteral("department"), left}};
    if (!m_ctx.events.append(EventType::ConversationLeft, leaving, m_ctx.now()) ||
        !transaction.commit())
        return failed();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("conversation"), toJson(*conversation)}});
}

} // namespace parley::hub
