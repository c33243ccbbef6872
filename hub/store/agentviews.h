#pragma once

#include "core/domain/ids.h"
#include "hub/store/hubdatabase.h"

#include <QHash>
#include <QSet>

namespace parley::hub {

// What one agent sees of conversations and records (issue #12): the facts the scope rule
// (core/rules/scoperules.h) decides on, and the agent's own read marks.
//
// Unread per agent: a conversation counts the messages its customer ever wrote
// (customer_messages, counted as each is stored: ConversationRepository::save); an agent's
// mark is that count when they last read it. The agent's
// unread is what the customer wrote since their mark, never more than the conversation's
// shared count of messages since the team last replied (a reply answers them for everyone).
// An agent who never opened the conversation has no mark and sees the shared count.
class AgentViews {
public:
    explicit AgentViews(HubDatabase &db) : m_db(db) {}

    struct ConversationView {
        QString department;
        Id ownerId = 0;
        int unread = 0; // the agent's own
    };
    // The conversations of `ids` that exist, as `agentId` sees them now.
    QHash<Id, ConversationView> conversations(Id agentId, const QSet<Id> &ids);

    // A conversation as every agent sees it: its scope facts, its shared unread count, and the
    // read mark of each agent that has one. One read serves all the agents a page of the log
    // goes to (the stream's connected agents); viewOf() is then each agent's view, in memory.
    struct SharedConversation {
        QString department;
        Id ownerId = 0;
        qint64 unread = 0;           // the team's: since the last reply
        qint64 customerMessages = 0; // ever written by the customer
        QHash<Id, qint64> readThrough;
    };
    // The conversations of `ids` that exist, with every agent's read mark.
    QHash<Id, SharedConversation> conversationsForAll(const QSet<Id> &ids);
    static ConversationView viewOf(const SharedConversation &conversation, Id agentId);

    struct RecordView {
        Id ownerId = 0;
        QStringList departments; // of its conversations
        QList<Id> owners;        // of its conversations
    };
    // The records of `ids` that exist, with the departments and owners of their conversations.
    QHash<Id, RecordView> records(const QSet<Id> &ids);

    // `agentId` has read everything the customer wrote so far.
    bool markRead(Id agentId, Id conversationId);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
