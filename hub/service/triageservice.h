#pragma once

#include "core/protocol/triagetypes.h"
#include "hub/service/conversationservice.h"

namespace parley::hub {

// Issue #12 triage: the labels admins define, and the changes agents make to conversations —
// owner, team (an agent group), priority, status (open, pending, snoozed, closed) and labels —
// on one conversation or a selection. Every change is a conversation.updated event, so every
// mirror in the conversation's scope follows.
class TriageService {
public:
    TriageService(HubContext &context, ConversationService &conversations)
        : m_ctx(context), m_conversations(conversations)
    {}

    CommandResult labels();
    // Admins only (the route checks). A name is 1–40 characters and unique; a colour "#rrggbb".
    CommandResult addLabel(const Label &label);
    CommandResult updateLabel(Id id, const Label &label);
    // Takes the label off every conversation that had it (each one's conversation.updated),
    // then label.deleted.
    CommandResult removeLabel(Id id);
    // How many conversations carry the label: {"conversations": n}, for the admin's question
    // before removing it.
    CommandResult labelUsage(Id id);

    // One conversation: 404 outside the agent's scope, 400 for an unknown owner, team or label,
    // a snooze time in the past; the conversation as it is after.
    CommandResult change(const Agent &agent, Id conversationId, const ConversationChanges &changes);
    // The same changes on each conversation, each checked and saved on its own (one refused
    // does not stop the others): {"updated": [ids], "refused": [{id, code, message}]}.
    CommandResult changeMany(const Agent &agent, const BulkChangeRequest &request);

    // Snoozed conversations whose time has come are opened again (SnoozeWaker calls this);
    // returns how many.
    int wakeSnoozed();

private:
    // Checks the parts that do not depend on the conversation (owner, team, labels, snooze
    // time) once for a whole selection.
    std::optional<CommandResult> refuseChanges(const ConversationChanges &changes);
    // Applies and saves inside the caller's transaction; the refusal when it cannot.
    std::optional<CommandResult> apply(const Agent &agent, Id conversationId,
                                       const ConversationChanges &changes, Conversation *result);
    std::optional<CommandResult> refuseLabel(const Label &label, Id except);

    HubContext &m_ctx;
    ConversationService &m_conversations;
};

} // namespace parley::hub
