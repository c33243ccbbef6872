// Step 1 of the hub store's schema: the tables every later step starts from.
#include "hub/store/hubschemasteps.h"

namespace parley::hub::schema {

// Times are UTC milliseconds; 0 is "never". Secrets (tokens, app secrets) stay in the hub:
// no event or API reply carries them.
QStringList initialStep()
{
    return {
        "CREATE TABLE agents (id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL, role TEXT NOT NULL, department TEXT NOT NULL DEFAULT '',"
        " password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1,"
        " created_at BIGINT NOT NULL)",
        "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, agent_id BIGINT NOT NULL,"
        " expires_at BIGINT NOT NULL)",
        "CREATE TABLE channels (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " department TEXT NOT NULL DEFAULT '', waba_id TEXT NOT NULL,"
        " phone_number_id TEXT NOT NULL UNIQUE, display_number TEXT NOT NULL UNIQUE,"
        " graph_url TEXT NOT NULL, access_token TEXT NOT NULL, app_secret TEXT NOT NULL,"
        " verify_token TEXT NOT NULL, status TEXT NOT NULL,"
        " new_customers_as TEXT NOT NULL DEFAULT 'leads',"
        " auto_close_after_minutes BIGINT NOT NULL DEFAULT 0,"
        " round_robin_last BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
        "CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        "CREATE TABLE records (id INTEGER PRIMARY KEY, module TEXT NOT NULL,"
        " owner_id BIGINT NOT NULL DEFAULT 0, phone TEXT NOT NULL DEFAULT '',"
        " fields TEXT NOT NULL DEFAULT '{}', created_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL)",
        "CREATE INDEX records_by_phone ON records (phone)",
        "CREATE TABLE conversations (id INTEGER PRIMARY KEY, channel_id BIGINT NOT NULL,"
        " customer_number TEXT NOT NULL, customer_name TEXT NOT NULL DEFAULT '',"
        " record_module TEXT NOT NULL DEFAULT '', record_id BIGINT NOT NULL DEFAULT 0,"
        " status TEXT NOT NULL DEFAULT 'open', owner_id BIGINT NOT NULL DEFAULT 0,"
        " department TEXT NOT NULL DEFAULT '', last_inbound_at BIGINT NOT NULL DEFAULT 0,"
        " last_outbound_at BIGINT NOT NULL DEFAULT 0, last_message_at BIGINT NOT NULL DEFAULT 0,"
        " last_message_text TEXT NOT NULL DEFAULT '', last_replied_by BIGINT NOT NULL DEFAULT 0,"
        " unread_count INTEGER NOT NULL DEFAULT 0,"
        // The customer-initiated 24-hour conversation now open, for pricing (R8.1): its ordinal
        // in the month it opened; 0 when the customer never wrote.
        " session_ordinal BIGINT NOT NULL DEFAULT 0, UNIQUE (channel_id, customer_number))",
        "CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id BIGINT NOT NULL,"
        " direction TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',"
        " state TEXT NOT NULL, failure_code TEXT NOT NULL DEFAULT '',"
        " failure_reason TEXT NOT NULL DEFAULT '', author_id BIGINT NOT NULL DEFAULT 0,"
        " wamid TEXT UNIQUE, client_id TEXT UNIQUE, media_id TEXT NOT NULL DEFAULT '',"
        " media_mime TEXT NOT NULL DEFAULT '', media_name TEXT NOT NULL DEFAULT '',"
        " media_size BIGINT NOT NULL DEFAULT 0, media_sha256 TEXT NOT NULL DEFAULT '',"
        " media_caption TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
        // The file in the hub's media folder once uploaded by an agent or fetched from Meta
        // (webhook media ids expire after 7 days, so inbound files are fetched at once).
        " media_local TEXT NOT NULL DEFAULT '', media_attempts INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX messages_by_conversation ON messages (conversation_id, created_at)",
        // The customer files still to fetch from Meta: looked up after every commit, so it must
        // not scan the whole table.
        "CREATE INDEX messages_media_due ON messages (id) WHERE direction = 'in' AND"
        " media_id <> '' AND media_local = ''",
        "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL,"
        " data TEXT NOT NULL, created_at BIGINT NOT NULL)",
        // The durable send queue, drained by the worker: a row per outgoing message, and a row per
        // mark-read (keyed by the inbound message it marks; never charged, never a message).
        "CREATE TABLE outgoing (message_id BIGINT PRIMARY KEY, channel_id BIGINT NOT NULL,"
        " request TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
        " next_attempt_at BIGINT NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX outgoing_due ON outgoing (state, next_attempt_at)",
        "CREATE TABLE predefined_texts (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " module TEXT NOT NULL, body TEXT NOT NULL, created_by BIGINT NOT NULL DEFAULT 0,"
        " updated_at BIGINT NOT NULL)",
        "CREATE TABLE templates (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " language TEXT NOT NULL, category TEXT NOT NULL, module TEXT NOT NULL,"
        " body TEXT NOT NULL, status TEXT NOT NULL, rejection_reason TEXT NOT NULL DEFAULT '',"
        " meta_template_id TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL,"
        " UNIQUE (name, language))",
        "CREATE TABLE credit_account (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " balance BIGINT NOT NULL DEFAULT 0, plan TEXT NOT NULL DEFAULT 'desk_session',"
        " auto_recharge_enabled INTEGER NOT NULL DEFAULT 0,"
        " auto_recharge_minimum BIGINT NOT NULL DEFAULT 0,"
        " auto_recharge_credits BIGINT NOT NULL DEFAULT 0,"
        " usage_month INTEGER NOT NULL DEFAULT 0, usage_charged BIGINT NOT NULL DEFAULT 0,"
        " usage_customer_conversations BIGINT NOT NULL DEFAULT 0,"
        // R8.6: 'off' for a live account, 'trial' before business verification, 'expanded'
        // after it; the trial's counters as JSON.
        " trial_state TEXT NOT NULL DEFAULT 'off', trial_usage TEXT NOT NULL DEFAULT '{}')",
        "INSERT INTO credit_account (id) VALUES (1)",
        "CREATE TABLE ledger (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, amount BIGINT NOT NULL,"
        " balance_after BIGINT NOT NULL, message_id BIGINT NOT NULL DEFAULT 0,"
        " note TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)",
        // A message is charged once, however often Meta repeats its status.
        "CREATE UNIQUE INDEX ledger_one_charge ON ledger (message_id) WHERE kind = 'charge'",
        "CREATE UNIQUE INDEX ledger_one_settlement ON ledger (message_id)"
        " WHERE kind IN ('refund', 'adjustment')",
        // R6.5 automations: "when a record is created in `module`, send `template_id` from
        // `channel_id`". The last run's outcome is kept so that admins see why one did not send.
        "CREATE TABLE automations (id INTEGER PRIMARY KEY, module TEXT NOT NULL,"
        " template_id BIGINT NOT NULL, channel_id BIGINT NOT NULL,"
        " created_by BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,"
        " sent_count BIGINT NOT NULL DEFAULT 0, last_run_at BIGINT NOT NULL DEFAULT 0,"
        " last_error TEXT NOT NULL DEFAULT '', UNIQUE (module, template_id, channel_id))",
        // Tasks, meetings, calls and appointments planned around a record (R3.5, R7.3);
        // conversation_id is the chat it was created from, 0 when none.
        "CREATE TABLE activities (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
        " title TEXT NOT NULL, due_at BIGINT NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,"
        " record_id BIGINT NOT NULL, conversation_id BIGINT NOT NULL DEFAULT 0,"
        " owner_id BIGINT NOT NULL DEFAULT 0, created_by BIGINT NOT NULL DEFAULT 0,"
        " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
        "CREATE INDEX activities_by_record ON activities (record_id, due_at)",
        // Admin screens (issue #5): agent groups (R1.6 assigns new customers to users, groups
        // or roles), each channel's routing of new customers and its extra departments (R1.8),
        // and its icon (R1.2).
        "CREATE TABLE agent_groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        "CREATE TABLE agent_group_members (group_id BIGINT NOT NULL, agent_id BIGINT NOT NULL,"
        " PRIMARY KEY (group_id, agent_id))",
        // assign_to: 'department' (everyone who can reply), 'users', 'groups' or 'roles';
        // targets: {"agents": [ids], "groups": [ids], "roles": [names]}; departments: those
        // enabled besides the channel's own, as a JSON array of names.
        "CREATE TABLE channel_routing (channel_id BIGINT PRIMARY KEY,"
        " assign_to TEXT NOT NULL DEFAULT 'department', targets TEXT NOT NULL DEFAULT '{}',"
        " departments TEXT NOT NULL DEFAULT '[]')",
        "CREATE TABLE channel_icons (channel_id BIGINT PRIMARY KEY, file_name TEXT NOT NULL,"
        " mime TEXT NOT NULL, data BLOB NOT NULL)",
    };
}

} // namespace parley::hub::schema
