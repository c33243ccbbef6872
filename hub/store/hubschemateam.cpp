// The hub's schema steps for a team's day (issue #12): each agent's unread, triage, saved views,
// notification settings, and the read marks' index.
#include "hub/store/hubschemasteps.h"

namespace parley::hub::schema {

// Issue #12, a team's day: each agent's own unread. customer_messages counts what the
// customer ever wrote in a conversation; an agent's read mark is that count when they last
// read it (hub/store/agentviews.h). Conversations attach to records by record_id, which
// the lookup of a known customer and the merge of duplicates search.
QStringList teamStep()
{
    return {
        "ALTER TABLE conversations ADD COLUMN customer_messages BIGINT NOT NULL DEFAULT 0",
        "UPDATE conversations SET customer_messages = (SELECT count(*) FROM messages m"
        " WHERE m.conversation_id = conversations.id AND m.direction = 'in')",
        "CREATE TABLE agent_reads (agent_id BIGINT NOT NULL, conversation_id BIGINT NOT NULL,"
        " read_through BIGINT NOT NULL, PRIMARY KEY (agent_id, conversation_id))",
        "CREATE INDEX conversations_by_record ON conversations (record_id)",
        "CREATE INDEX conversations_by_number ON conversations (customer_number)",
    };
}

// Issue #12 triage: labels (ids as ",3,7,", see labelIdsText), priority 0 low … 3 urgent,
// the agent group the conversation is assigned to, and when a snoozed one reopens (0:
// when the customer writes). Labels are defined by admins.
QStringList triageStep()
{
    return {
        "ALTER TABLE conversations ADD COLUMN labels TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE conversations ADD COLUMN priority INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE conversations ADD COLUMN team_id BIGINT NOT NULL DEFAULT 0",
        "ALTER TABLE conversations ADD COLUMN snoozed_until BIGINT NOT NULL DEFAULT 0",
        // The snooze timer's look-up of what is due.
        "CREATE INDEX conversations_snoozed ON conversations (snoozed_until)"
        " WHERE status = 'snoozed' AND snoozed_until > 0",
        "CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
        " color TEXT NOT NULL)",
        // Who sends the customer the read receipt on this channel: 'owner' (the default, also
        // for channels without a row) or 'any_agent' (core/rules/receiptrules.h).
        "CREATE TABLE channel_read_receipts (channel_id BIGINT PRIMARY KEY,"
        " sent_by TEXT NOT NULL DEFAULT 'owner')",
    };
}

// Issue #12: saved views kept per agent (docs/api.md "Saved views"); `filter` is the
// conversation filter's JSON, `client_key` the uploading desktop's key for a view it had
// kept locally (unique per owner, '' for views made on the hub).
QStringList savedViewsStep()
{
    return {
        "CREATE TABLE saved_views (id INTEGER PRIMARY KEY, owner_id BIGINT NOT NULL,"
        " name TEXT NOT NULL, filter TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,"
        " shared INTEGER NOT NULL DEFAULT 0, client_key TEXT NOT NULL DEFAULT '',"
        " created_at BIGINT NOT NULL)",
        "CREATE INDEX saved_views_by_owner ON saved_views (owner_id, position, id)",
        "CREATE UNIQUE INDEX saved_views_client_key ON saved_views (owner_id, client_key)"
        " WHERE client_key <> ''",
    };
}

// Issue #12: each agent's notification choice ('default', 'all', 'mine', 'mentions'; no
// row: 'default') and the conversations it muted, for every desktop of the agent.
QStringList notificationSettingsStep()
{
    return {
        "CREATE TABLE notification_settings (agent_id BIGINT PRIMARY KEY,"
        " notify TEXT NOT NULL)",
        "CREATE TABLE conversation_mutes (agent_id BIGINT NOT NULL,"
        " conversation_id BIGINT NOT NULL, PRIMARY KEY (agent_id, conversation_id))",
    };
}

// Issue #13: the stream reads every agent's read mark of a page's conversations at once
// (AgentViews::conversationsForAll); the primary key leads with the agent.
QStringList readsByConversationStep()
{
    return {
        "CREATE INDEX agent_reads_by_conversation ON agent_reads (conversation_id)",
    };
}

} // namespace parley::hub::schema
