// ConversationService's record of who did what (issue #12): owner and status changes become
// lines in the conversation, and a note's "@name" reaches the agent it names.
#include "core/protocol/entitycodec.h"
#include "core/rules/mentions.h"
#include "hub/service/conversationservice.h"

namespace parley::hub {

bool ConversationService::addLine(const Agent &agent, const Conversation &conversation,
                                  const TeamLine &line)
{
    Message note = teamLineNote(conversation.id, agent.id, line, m_ctx.now());
    note.id = m_ctx.conversations.insertMessage(note);
    return note.id != 0 && publish(note, true);
}

bool ConversationService::announceMentions(const Agent &author, const Message &note)
{
    // Only agents who may see the conversation are called: a name outside its department is
    // plain text, and nothing tells the author whether such an agent exists.
    for (const Agent &named : mentionedAgents(note.text, m_ctx.agents.all())) {
        if (named.id == author.id || !m_ctx.conversationFor(named, note.conversationId))
            continue;
        if (m_ctx.events.append(EventType::MentionCreated,
                                {{QStringLiteral("agent_id"), named.id},
                                 {QStringLiteral("conversation_id"), note.conversationId},
                                 {QStringLiteral("message_id"), note.id},
                                 {QStringLiteral("by"), author.id}},
                                m_ctx.now()) <= 0)
            return false;
    }
    return true;
}

} // namespace parley::hub
