#pragma once

#include "core/domain/agent.h"
#include "core/domain/teamline.h"
#include "core/rules/ruleerror.h"
#include "hub/service/hubcontext.h"

#include <optional>

namespace parley::hub {

class BillingService;

// The outcome of a command: the HTTP status and error code the API answers with, or success.
struct CommandResult {
    int status = 200;
    QString code;
    QString message;
    QJsonObject body; // a failure's: more fields of its error object

    bool ok() const { return code.isEmpty(); }
    static CommandResult success(const QJsonObject &body, int status = 200)
    {
        return {status, {}, {}, body};
    }
    static CommandResult failure(int status, const QString &code, const QString &message)
    {
        return {status, code, message, {}};
    }
    static CommandResult failure(int status, const RuleError &error)
    {
        return {status, error.code, error.message(), {}};
    }
};

// A change the store refused (the failed statement was logged where it ran).
inline CommandResult storeFailure()
{
    return CommandResult::failure(500, QStringLiteral("store_failed"),
                                  QStringLiteral("The hub could not save the change."));
}

// Changes to conversations and their messages. Each public call is one transaction that writes
// the change and its events together, then tells the stream.
class ConversationService {
public:
    ConversationService(HubContext &context, BillingService &billing)
        : m_ctx(context), m_billing(billing)
    {}

    // Free-form text to the customer, queued for the Graph API. `idempotencyKey` (the desktop's
    // outbox id) makes a retried call return the first call's message instead of sending again.
    // `previewUrl` unset: a link preview when the text holds an http(s) link.
    // `replyTo` (optional) is a message of this conversation the reply quotes.
    CommandResult sendText(const Agent &agent, Id conversationId, const QString &text,
                           const QString &idempotencyKey, Id replyTo = 0,
                           std::optional<bool> previewUrl = std::nullopt);
    // The agent's reaction to a message of the conversation (an empty emoji takes it back):
    // stored as an outgoing message of kind reaction and queued for Graph like a text.
    CommandResult react(const Agent &agent, Id conversationId, Id messageId, const QString &emoji,
                        const QString &idempotencyKey);
    CommandResult addNote(const Agent &agent, Id conversationId, const QString &text);
    CommandResult assign(const Agent &agent, Id conversationId, Id ownerId);
    CommandResult setStatus(const Agent &agent, Id conversationId, ConversationStatus status);
    // Read by this agent: their own unread becomes 0 (others' stay); WhatsApp's read receipt
    // goes to the customer when the owner reads, or anyone while the conversation is unowned.
    CommandResult markRead(const Agent &agent, Id conversationId);
    // Issue #12: the conversation moves to another department the channel serves (its own or
    // one enabled in its routing). It enters that department's mirrors (the conversation and
    // all its messages are published again) and leaves the old one's (conversation.left). An
    // owner outside the new department lets it go. In conversationdepartment.cpp.
    CommandResult moveToDepartment(const Agent &agent, Id conversationId,
                                   const QString &department);
    // `beforeId` > 0 pages by id instead of time (messagesBeforeId); `before` is then ignored.
    CommandResult messages(const Agent &agent, Id conversationId, int limit, TimestampMs before,
                           Id beforeId = 0);

    // Every send carries an Idempotency-Key of 1 to `maxLength` characters (file sends append
    // ":<n>" per file, so they allow less); the refusal when it does not.
    static std::optional<CommandResult> refuseSendKey(const QString &key, int maxLength = 128);
    // A retry of a send the hub already took answers with that message, whatever changed since;
    // a key already used in another conversation is refused.
    std::optional<CommandResult> replayedSend(Id conversationId, const QString &key);

    // Inside a caller's transaction: append the events for a changed conversation / message.
    bool publish(const Conversation &conversation, bool created = false);
    bool publish(const Message &message, bool created = false);

private:
    // Inside a caller's transaction (conversationlines.cpp): the change as a line in the
    // conversation, and mention.created for each agent a note names who may see it.
    bool addLine(const Agent &agent, const Conversation &conversation, const TeamLine &line);
    bool announceMentions(const Agent &author, const Message &note);
    TeamLine assignedLine(Id ownerId);
    std::optional<Conversation> writableConversation(const Agent &agent, Id conversationId,
                                                     CommandResult *refusal);
    // Inside markRead's transaction: queues WhatsApp's mark-as-read of the conversation's newest
    // customer message on the outgoing queue, once per message. False on a store failure.
    bool queueMarkRead(const Conversation &conversation, bool *queued);
    // The wamid of a message an agent replies or reacts to; a refusal when it is not one of the
    // conversation's messages that WhatsApp knows.
    std::optional<QString> targetWamid(Id conversationId, Id messageId, CommandResult *refusal);

    HubContext &m_ctx;
    BillingService &m_billing;
};

} // namespace parley::hub
