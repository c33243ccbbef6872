// The hub's schema steps for the work around conversations: tickets (R3.6), automations (R6.5),
// CSAT surveys, quotes (R4.7) and templates' header, footer and buttons (issue #14).
#include "hub/store/hubschemasteps.h"

namespace parley::hub::schema {

// R3.6 help-desk tickets: one per conversation at most, linked to its lead or contact;
// comments in the order written. The list filters by status, priority and assignee.
QStringList ticketsStep()
{
    return {
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
}

// Issue #14 item 3, R6.5 automations with triggers, conditions and actions. The old table
// allowed one automation per module, template and channel, which does not fit actions
// without a template; its rows move to automation_rules as "record created → send".
// automation_runs is the admins' run log and, by its unique run key, what makes each
// trigger occurrence run an automation once. automation_cursor is the last event the
// runner read (starting at the log's end, so the past never fires); automation_seen is
// what the runner last saw of each record (its fields) and conversation (its status), for
// "changes to" and "was closed", seeded with everything that exists.
QStringList automationsStep()
{
    return {
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
}

// Issue #14 item 5, CSAT: the survey template per channel (0: every channel without its
// own); one survey per closing (its key, the event that closed it), with who it counts for
// (the owner and agent group at the closing) and the customer's score 1–5 (0: none yet).
QStringList csatStep()
{
    return {
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
}

// Issue #14 item 2, R4.7 quotes of leads, contacts and deals: numbered Q-<year>-<sequence>
// per team (the UNIQUE number answers two hubs numbering at once), content edited while a
// draft, line items as the JSON array of docs/api.md "Quotes". Totals are not stored: they
// are computed from the items by core/rules/quoterules.h wherever they are shown.
QStringList quotesStep()
{
    return {
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
}

// Issue #14 item 7: a template's header, footer and buttons (Parley's JSON,
// core/protocol/templatecomponentcodec.h) and the channel whose WhatsApp account holds it
// (0: the first connected channel's, as before).
QStringList templateComponentsStep()
{
    return {
        "ALTER TABLE templates ADD COLUMN components TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE templates ADD COLUMN channel_id BIGINT NOT NULL DEFAULT 0",
    };
}

} // namespace parley::hub::schema
