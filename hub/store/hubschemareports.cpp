// The hub's reports step (issue #14) in both dialects: SQLite's triggers and PostgreSQL's
// PL/pgSQL functions keeping the same conversation periods.
#include "hub/store/hubschema.h"
#include "hub/store/hubschemasteps.h"

namespace parley::hub::schema {

// Reports (issue #14): every open period of a conversation, kept by triggers so that no
// write path has to remember it. A period opens when the conversation is created or
// reopened (at the customer's message when one reopened it) and closes when it is closed;
// its first customer message and the team's first reply after it give the first response
// time, open → closed the resolution time. The owner is the conversation's while it is
// open. "Now" is the store's clock (the hub's, on the same machine). Conversations open
// before this step start their period at the step.
QStringList reportsStep()
{
    const QString nowMs =
        QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");
    return {
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
}

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

} // namespace parley::hub::schema
