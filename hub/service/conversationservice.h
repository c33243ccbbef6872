#pragma once

#include "core/domain/agent.h"
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
    CommandResult sendText(const Agent &agent, Id conversationId, const QString &text,
                           const QString &idempotencyKey,
                           std::optional<bool> previewUrl = std::nullopt);
    CommandResult addNote(const Agent &agent, Id conversationId, const QString &text);
    CommandResult assign(const Agent &agent, Id conversationId, Id ownerId);
    CommandResult setStatus(const Agent &agent, Id conversationId, ConversationStatus status);
    CommandResult markRead(const Agent &agent, Id conversationId);
    CommandResult messages(Id conversationId, int limit, TimestampMs before);

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
    std::optional<Conversation> writableConversation(const Agent &agent, Id conversationId,
                                                     CommandResult *refusal);
    // Inside markRead's transaction: queues WhatsApp's mark-as-read of the conversation's newest
    // customer message on the outgoing queue, once per message. False on a store failure.
    bool queueMarkRead(const Conversation &conversation, bool *queued);

    HubContext &m_ctx;
    BillingService &m_billing;
};

} // namespace parley::hub
