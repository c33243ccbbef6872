#include "hub/store/hubschema.h"

#include "hub/store/rateschema.h"

#include <QRegularExpression>

namespace parley::hub {

QList<QStringList> sqliteSchemaSteps()
{
    // Times are UTC milliseconds; 0 is "never". Secrets (tokens, app secrets) stay in the hub:
    // no event or API reply carries them.
    const QStringList step1 = {
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
    // Issue #10: every kind of WhatsApp message kept whole. Additive only: older rows read as
    // messages without extra content, older hubs never see the new columns.
    const QStringList conversationContent = {
        // Meta's type as received, the kind's whole content (docs/api.md "Message content"),
        // the message it quotes, forwarded (1) or frequently forwarded (2), the customer's
        // reaction to it, and what the customer did to it afterwards.
        "ALTER TABLE messages ADD COLUMN whatsapp_type TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN details TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE messages ADD COLUMN reply_to TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE messages ADD COLUMN reaction TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN edited_at BIGINT NOT NULL DEFAULT 0",
        "ALTER TABLE messages ADD COLUMN earlier_versions TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE messages ADD COLUMN deleted_at BIGINT NOT NULL DEFAULT 0",
        // A customer known by a business-scoped user id (Graph v25), with or without a phone;
        // customer_number holds the phone when known, else the user id.
        "ALTER TABLE conversations ADD COLUMN customer_user_id TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX conversations_by_user_id ON conversations (channel_id, customer_user_id)"
        " WHERE customer_user_id <> ''",
        // user_preferences: when the customer stopped marketing messages; 0 when they did not
        // (or resumed).
        "ALTER TABLE conversations ADD COLUMN marketing_stopped_at BIGINT NOT NULL DEFAULT 0",
        // Every webhook item as received, once: a message, reaction, edit or deletion by its
        // wamid, a status by wamid and status, a preference by customer and time. A retried
        // delivery finds its key and changes nothing; a later version can re-read `raw`.
        "CREATE TABLE webhook_items (id INTEGER PRIMARY KEY, channel_id BIGINT NOT NULL,"
        " kind TEXT NOT NULL, item_key TEXT NOT NULL, raw TEXT NOT NULL,"
        " received_at BIGINT NOT NULL, UNIQUE (channel_id, kind, item_key))",
        // Items of signed bodies the hub could not read, kept for admins (GET
        // /api/v1/admin/webhook-dead-letters); the rest of their body was stored.
        "CREATE TABLE webhook_dead_letters (id INTEGER PRIMARY KEY,"
        " field TEXT NOT NULL DEFAULT '', phone_number_id TEXT NOT NULL DEFAULT '',"
        " reason TEXT NOT NULL, raw TEXT NOT NULL, received_at BIGINT NOT NULL)",
    };
    // Reports (issue #14): every open period of a conversation, kept by triggers so that no
    // write path has to remember it. A period opens when the conversation is created or
    // reopened (at the customer's message when one reopened it) and closes when it is closed;
    // its first customer message and the team's first reply after it give the first response
    // time, open → closed the resolution time. The owner is the conversation's while it is
    // open. "Now" is the store's clock (the hub's, on the same machine). Conversations open
    // before this step start their period at the step.
    const QString nowMs =
        QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");
    const QStringList reportsStep = {
        "CREATE TABLE conversation_periods (id INTEGER PRIMARY KEY,"
        " conversation_id BIGINT NOT NULL, channel_id BIGINT NOT NULL,"
        " owner_id BIGINT NOT NULL DEFAULT 0, opened_at BIGINT NOT NULL,"
        " first_inbound_at BIGINT NOT NULL DEFAULT 0, first_response_at BIGINT NOT NULL DEFAULT 0,"
        " responder_id BIGINT NOT NULL DEFAULT 0, closed_at BIGINT NOT NULL DEFAULT 0)",
        "CREATE INDEX periods_open ON conversation_periods (conversation_id) WHERE closed_at = 0",
        "CREATE INDEX periods_by_opened ON conversation_periods (opened_at, channel_id, owner_id)",
        "CREATE INDEX periods_by_closed ON conversation_periods (closed_at, channel_id, owner_id)",
        "CREATE INDEX periods_by_response ON conversation_periods (first_response_at)",
        // Messages by hour and template sends read the time index alone when unfiltered.
        "CREATE INDEX messages_by_time ON messages (created_at, direction, kind)",
        "CREATE INDEX ledger_by_time ON ledger (created_at)",
        "INSERT INTO conversation_periods (conversation_id, channel_id, owner_id, opened_at)"
        " SELECT id, channel_id, owner_id, " +
            nowMs + " FROM conversations WHERE status = 'open'",
        "CREATE TRIGGER periods_on_create AFTER INSERT ON conversations WHEN new.status = 'open'"
        " BEGIN INSERT INTO conversation_periods (conversation_id, channel_id, owner_id,"
        " opened_at) VALUES (new.id, new.channel_id, new.owner_id, " +
            nowMs + "); END",
        "CREATE TRIGGER periods_on_reopen AFTER UPDATE OF status ON conversations"
        " WHEN old.status <> 'open' AND new.status = 'open' BEGIN"
        " INSERT INTO conversation_periods (conversation_id, channel_id, owner_id, opened_at,"
        " first_inbound_at) VALUES (new.id, new.channel_id, new.owner_id,"
        " CASE WHEN new.last_inbound_at > old.last_inbound_at THEN new.last_inbound_at ELSE " +
            nowMs +
            " END, CASE WHEN new.last_inbound_at > old.last_inbound_at THEN"
            " new.last_inbound_at ELSE 0 END); END",
        "CREATE TRIGGER periods_on_close AFTER UPDATE OF status ON conversations"
        " WHEN old.status = 'open' AND new.status <> 'open' BEGIN"
        " UPDATE conversation_periods SET closed_at = " +
            nowMs +
            ", owner_id = new.owner_id"
            " WHERE conversation_id = new.id AND closed_at = 0; END",
        "CREATE TRIGGER periods_on_owner AFTER UPDATE OF owner_id ON conversations"
        " WHEN old.owner_id <> new.owner_id BEGIN"
        " UPDATE conversation_periods SET owner_id = new.owner_id"
        " WHERE conversation_id = new.id AND closed_at = 0; END",
        "CREATE TRIGGER periods_on_inbound AFTER INSERT ON messages WHEN new.direction = 'in'"
        " BEGIN UPDATE conversation_periods SET first_inbound_at = new.created_at,"
        " opened_at = min(opened_at, new.created_at) WHERE conversation_id = new.conversation_id"
        " AND closed_at = 0 AND first_inbound_at = 0; END",
        "CREATE TRIGGER periods_on_reply AFTER INSERT ON messages WHEN new.direction = 'out'"
        " AND new.author_id <> 0 AND new.kind <> 'note' BEGIN"
        " UPDATE conversation_periods SET first_response_at = max(new.created_at,"
        " first_inbound_at), responder_id = new.author_id"
        " WHERE conversation_id = new.conversation_id AND closed_at = 0"
        " AND first_inbound_at <> 0 AND first_response_at = 0; END",
    };
    // Issue #12, a team's day: each agent's own unread. customer_messages counts what the
    // customer ever wrote in a conversation; an agent's read mark is that count when they last
    // read it (hub/store/agentviews.h). Conversations attach to records by record_id, which
    // the lookup of a known customer and the merge of duplicates search.
    const QStringList teamStep = {
        "ALTER TABLE conversations ADD COLUMN customer_messages BIGINT NOT NULL DEFAULT 0",
        "UPDATE conversations SET customer_messages = (SELECT count(*) FROM messages m"
        " WHERE m.conversation_id = conversations.id AND m.direction = 'in')",
        "CREATE TABLE agent_reads (agent_id BIGINT NOT NULL, conversation_id BIGINT NOT NULL,"
        " read_through BIGINT NOT NULL, PRIMARY KEY (agent_id, conversation_id))",
        "CREATE INDEX conversations_by_record ON conversations (record_id)",
        "CREATE INDEX conversations_by_number ON conversations (customer_number)",
    };
    // Issue #13, several hubs on one store: the hub that claimed a send (its instance key,
    // Leadership), so that only the claims of a hub that died are settled as interrupted.
    const QStringList severalHubsStep = {
        "ALTER TABLE outgoing ADD COLUMN claimed_by BIGINT NOT NULL DEFAULT 0",
    };
    // Issue #14, R1.4: signed webhook bodies that arrived for a deactivated channel, kept whole
    // until it is activated again (WebhookIntake::releaseHeld).
    const QStringList heldWebhooksStep = {
        "CREATE TABLE held_webhooks (id INTEGER PRIMARY KEY, channel_id BIGINT NOT NULL,"
        " body TEXT NOT NULL, received_at BIGINT NOT NULL)",
        "CREATE INDEX held_webhooks_by_channel ON held_webhooks (channel_id, id)",
    };
    // R3.6 help-desk tickets: one per conversation at most, linked to its lead or contact;
    // comments in the order written. The list filters by status, priority and assignee.
    const QStringList ticketsStep = {
        "CREATE TABLE tickets (id INTEGER PRIMARY KEY, conversation_id BIGINT NOT NULL UNIQUE,"
        " record_id BIGINT NOT NULL DEFAULT 0, subject TEXT NOT NULL, status TEXT NOT NULL,"
        " priority TEXT NOT NULL, assignee_id BIGINT NOT NULL DEFAULT 0,"
        " department TEXT NOT NULL DEFAULT '', created_by BIGINT NOT NULL DEFAULT 0,"
        " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
        "CREATE INDEX tickets_by_status ON tickets (status, priority, assignee_id)",
        "CREATE TABLE ticket_comments (id INTEGER PRIMARY KEY, ticket_id BIGINT NOT NULL,"
        " author_id BIGINT NOT NULL, text TEXT NOT NULL, created_at BIGINT NOT NULL)",
        "CREATE INDEX ticket_comments_by_ticket ON ticket_comments (ticket_id, id)",
    };
    // Issue #12 triage: labels (ids as ",3,7,", see labelIdsText), priority 0 low … 3 urgent,
    // the agent group the conversation is assigned to, and when a snoozed one reopens (0:
    // when the customer writes). Labels are defined by admins.
    const QStringList triageStep = {
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
    // Issue #12: saved views kept per agent (docs/api.md "Saved views"); `filter` is the
    // conversation filter's JSON, `client_key` the uploading desktop's key for a view it had
    // kept locally (unique per owner, '' for views made on the hub).
    const QStringList savedViewsStep = {
        "CREATE TABLE saved_views (id INTEGER PRIMARY KEY, owner_id BIGINT NOT NULL,"
        " name TEXT NOT NULL, filter TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,"
        " shared INTEGER NOT NULL DEFAULT 0, client_key TEXT NOT NULL DEFAULT '',"
        " created_at BIGINT NOT NULL)",
        "CREATE INDEX saved_views_by_owner ON saved_views (owner_id, position, id)",
        "CREATE UNIQUE INDEX saved_views_client_key ON saved_views (owner_id, client_key)"
        " WHERE client_key <> ''",
    };
    // Issue #14 item 3, R6.5 automations with triggers, conditions and actions. The old table
    // allowed one automation per module, template and channel, which does not fit actions
    // without a template; its rows move to automation_rules as "record created → send".
    // automation_runs is the admins' run log and, by its unique run key, what makes each
    // trigger occurrence run an automation once. automation_cursor is the last event the
    // runner read (starting at the log's end, so the past never fires); automation_seen is
    // what the runner last saw of each record (its fields) and conversation (its status), for
    // "changes to" and "was closed", seeded with everything that exists.
    const QStringList automationsStep = {
        "CREATE TABLE automation_rules (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
        " trigger_kind TEXT NOT NULL, module TEXT NOT NULL DEFAULT '',"
        " conditions TEXT NOT NULL DEFAULT '[]', wait_hours BIGINT NOT NULL DEFAULT 0,"
        " action TEXT NOT NULL, template_id BIGINT NOT NULL DEFAULT 0,"
        " channel_id BIGINT NOT NULL DEFAULT 0, agent_id BIGINT NOT NULL DEFAULT 0,"
        " team_id BIGINT NOT NULL DEFAULT 0, label_id BIGINT NOT NULL DEFAULT 0,"
        " created_by BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,"
        " sent_count BIGINT NOT NULL DEFAULT 0, last_run_at BIGINT NOT NULL DEFAULT 0,"
        " last_error TEXT NOT NULL DEFAULT '')",
        "INSERT INTO automation_rules (trigger_kind, module, action, template_id, channel_id,"
        " created_by, created_at, sent_count, last_run_at, last_error)"
        " SELECT 'record_created', module, 'send_template', template_id, channel_id, created_by,"
        " created_at, sent_count, last_run_at, last_error FROM automations ORDER BY id",
        "DROP TABLE automations",
        "CREATE TABLE automation_runs (id INTEGER PRIMARY KEY, automation_id BIGINT NOT NULL,"
        " run_key TEXT NOT NULL, trigger_kind TEXT NOT NULL, target_kind TEXT NOT NULL,"
        " target_id BIGINT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
        " detail TEXT NOT NULL DEFAULT '', depth INTEGER NOT NULL DEFAULT 0,"
        " events_from BIGINT NOT NULL DEFAULT 0, events_to BIGINT NOT NULL DEFAULT 0,"
        " message_id BIGINT NOT NULL DEFAULT 0,"
        " ran_at BIGINT NOT NULL, UNIQUE (automation_id, run_key))",
        "CREATE INDEX automation_runs_by_events ON automation_runs (events_to)",
        "CREATE TABLE automation_cursor (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL)",
        "INSERT INTO automation_cursor (id, seq) SELECT 1, COALESCE(MAX(seq), 0) FROM events",
        "CREATE TABLE automation_seen (subject TEXT PRIMARY KEY, state TEXT NOT NULL)",
        "INSERT INTO automation_seen (subject, state)"
        " SELECT 'record:' || CAST(id AS TEXT), fields FROM records",
        "INSERT INTO automation_seen (subject, state)"
        " SELECT 'conversation:' || CAST(id AS TEXT), status FROM conversations",
    };
    // Issue #14 item 5, CSAT: the survey template per channel (0: every channel without its
    // own); one survey per closing (its key, the event that closed it), with who it counts for
    // (the owner and agent group at the closing) and the customer's score 1–5 (0: none yet).
    const QStringList csatStep = {
        "CREATE TABLE csat_settings (channel_id BIGINT PRIMARY KEY, template_id BIGINT NOT NULL)",
        "CREATE TABLE csat_surveys (id INTEGER PRIMARY KEY, conversation_id BIGINT NOT NULL,"
        " closing_key TEXT NOT NULL UNIQUE, channel_id BIGINT NOT NULL,"
        " owner_id BIGINT NOT NULL DEFAULT 0, team_id BIGINT NOT NULL DEFAULT 0,"
        " message_id BIGINT NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '',"
        " sent_at BIGINT NOT NULL, score INTEGER NOT NULL DEFAULT 0,"
        " answered_at BIGINT NOT NULL DEFAULT 0)",
        "CREATE INDEX csat_surveys_by_conversation ON csat_surveys (conversation_id, id)",
        "CREATE INDEX csat_surveys_by_answer ON csat_surveys (answered_at)",
    };
    // Issue #12: each agent's notification choice ('default', 'all', 'mine', 'mentions'; no
    // row: 'default') and the conversations it muted, for every desktop of the agent.
    const QStringList notificationSettingsStep = {
        "CREATE TABLE notification_settings (agent_id BIGINT PRIMARY KEY,"
        " notify TEXT NOT NULL)",
        "CREATE TABLE conversation_mutes (agent_id BIGINT NOT NULL,"
        " conversation_id BIGINT NOT NULL, PRIMARY KEY (agent_id, conversation_id))",
    };
    // Issue #13: the stream reads every agent's read mark of a page's conversations at once
    // (AgentViews::conversationsForAll); the primary key leads with the agent.
    const QStringList readsByConversationStep = {
        "CREATE INDEX agent_reads_by_conversation ON agent_reads (conversation_id)",
    };
    // Issue #14 item 2, R4.7 quotes of leads, contacts and deals: numbered Q-<year>-<sequence>
    // per team (the UNIQUE number answers two hubs numbering at once), content edited while a
    // draft, line items as the JSON array of docs/api.md "Quotes". Totals are not stored: they
    // are computed from the items by core/rules/quoterules.h wherever they are shown.
    const QStringList quotesStep = {
        "CREATE TABLE quotes (id INTEGER PRIMARY KEY, record_id BIGINT NOT NULL,"
        " module TEXT NOT NULL, number TEXT NOT NULL UNIQUE, number_year INTEGER NOT NULL,"
        " number_sequence BIGINT NOT NULL, issued_on TEXT NOT NULL, status TEXT NOT NULL,"
        " title TEXT NOT NULL, currency TEXT NOT NULL, valid_until TEXT NOT NULL,"
        " notes TEXT NOT NULL DEFAULT '', items TEXT NOT NULL,"
        " created_by BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL, sent_at BIGINT NOT NULL DEFAULT 0)",
        "CREATE INDEX quotes_by_record ON quotes (record_id, id)",
        "CREATE INDEX quotes_by_year ON quotes (number_year, number_sequence)",
    };
    // Issue #14 item 7: a template's header, footer and buttons (Parley's JSON,
    // core/protocol/templatecomponentcodec.h) and the channel whose WhatsApp account holds it
    // (0: the first connected channel's, as before).
    const QStringList templateComponentsStep = {
        "ALTER TABLE templates ADD COLUMN components TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE templates ADD COLUMN channel_id BIGINT NOT NULL DEFAULT 0",
    };
    return {step1,
            conversationContent,
            reportsStep,
            teamStep,
            severalHubsStep,
            heldWebhooksStep,
            ticketsStep,
            triageStep,
            savedViewsStep,
            automationsStep,
            csatStep,
            notificationSettingsStep,
            readsByConversationStep,
            quotesStep,
            templateComponentsStep,
            creditRatesStep()};
}

QString postgresStatement(const QString &sqlite)
{
    QString sql = sqlite;
    sql.replace(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
                QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(QStringLiteral("INTEGER PRIMARY KEY"),
                QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    return sql;
}

namespace {

// The reports step (issue #14) for PostgreSQL: the same periods kept by the same triggers,
// written as PL/pgSQL functions. "Now" is the server's clock in UTC milliseconds.
QStringList postgresReportsStep(const QStringList &sqliteStep)
{
    const QString nowMs = QStringLiteral("(extract(epoch from clock_timestamp()) * 1000)::bigint");
    QStringList step;
    for (const QString &statement : sqliteStep) {
        if (!statement.startsWith(QLatin1String("CREATE TRIGGER")))
            step.append(postgresStatement(statement));
    }
    // SQLite's step fills the periods of open conversations with julianday(); PostgreSQL's
    // clock replaces it.
    for (QString &statement : step) {
        if (statement.contains(QLatin1String("julianday")))
            statement =
                QStringLiteral("INSERT INTO conversation_periods (conversation_id, channel_id,"
                               " owner_id, opened_at) SELECT id, channel_id, owner_id, ") +
                nowMs + QStringLiteral(" FROM conversations WHERE status = 'open'");
    }
    const auto trigger = [&](const QString &name, const QString &when, const QString &body) {
        step.append(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$"
                                   " BEGIN %2; RETURN NULL; END $$")
                        .arg(name, body));
        // `when` is "AFTER … ON table WHEN (condition)"; PostgreSQL wants FOR EACH ROW first.
        const qsizetype condition = when.indexOf(QLatin1String(" WHEN "));
        step.append(QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW %3 EXECUTE FUNCTION %1()")
                        .arg(name, when.left(condition), when.mid(condition + 1)));
    };
    trigger(QStringLiteral("periods_on_create"),
            QStringLiteral("AFTER INSERT ON conversations WHEN (new.status = 'open')"),
            QStringLiteral("INSERT INTO conversation_periods (conversation_id, channel_id,"
                           " owner_id, opened_at) VALUES (new.id, new.channel_id, new.owner_id, ") +
                nowMs + QStringLiteral(")"));
    trigger(QStringLiteral("periods_on_reopen"),
            QStringLiteral("AFTER UPDATE OF status ON conversations"
                           " WHEN (old.status <> 'open' AND new.status = 'open')"),
            QStringLiteral("INSERT INTO conversation_periods (conversation_id, channel_id,"
                           " owner_id, opened_at, first_inbound_at) VALUES (new.id,"
                           " new.channel_id, new.owner_id, CASE WHEN new.last_inbound_at >"
                           " old.last_inbound_at THEN new.last_inbound_at ELSE ") +
                nowMs +
                QStringLiteral(" END, CASE WHEN new.last_inbound_at > old.last_inbound_at THEN"
                               " new.last_inbound_at ELSE 0 END)"));
    trigger(QStringLiteral("periods_on_close"),
            QStringLiteral("AFTER UPDATE OF status ON conversations"
                           " WHEN (old.status = 'open' AND new.status <> 'open')"),
            QStringLiteral("UPDATE conversation_periods SET closed_at = ") + nowMs +
                QStringLiteral(", owner_id = new.owner_id WHERE conversation_id = new.id"
                               " AND closed_at = 0"));
    trigger(QStringLiteral("periods_on_owner"),
            QStringLiteral("AFTER UPDATE OF owner_id ON conversations"
                           " WHEN (old.owner_id <> new.owner_id)"),
            QStringLiteral("UPDATE conversation_periods SET owner_id = new.owner_id"
                           " WHERE conversation_id = new.id AND closed_at = 0"));
    trigger(QStringLiteral("periods_on_inbound"),
            QStringLiteral("AFTER INSERT ON messages WHEN (new.direction = 'in')"),
            QStringLiteral("UPDATE conversation_periods SET first_inbound_at = new.created_at,"
                           " opened_at = LEAST(opened_at, new.created_at)"
                           " WHERE conversation_id = new.conversation_id AND closed_at = 0"
                           " AND first_inbound_at = 0"));
    trigger(QStringLiteral("periods_on_reply"),
            QStringLiteral("AFTER INSERT ON messages WHEN (new.direction = 'out'"
                           " AND new.author_id <> 0 AND new.kind <> 'note')"),
            QStringLiteral("UPDATE conversation_periods SET first_response_at ="
                           " GREATEST(new.created_at, first_inbound_at),"
                           " responder_id = new.author_id"
                           " WHERE conversation_id = new.conversation_id AND closed_at = 0"
                           " AND first_inbound_at <> 0 AND first_response_at = 0"));
    return step;
}

} // namespace

QList<QStringList> postgresSchemaSteps()
{
    const QList<QStringList> sqlite = sqliteSchemaSteps();
    QList<QStringList> steps;
    for (qsizetype i = 0; i < sqlite.size(); ++i) {
        if (i == 2) { // the reports step: triggers
            steps.append(postgresReportsStep(sqlite.at(i)));
            continue;
        }
        QStringList step;
        for (const QString &statement : sqlite.at(i))
            step.append(postgresStatement(statement));
        steps.append(step);
    }
    return steps;
}

} // namespace parley::hub
