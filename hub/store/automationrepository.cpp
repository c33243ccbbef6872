#include "hub/store/automationrepository.h"

#include "core/domain/recordtitle.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::hub {
namespace {

const QString ruleColumns = QStringLiteral(
    "id, name, trigger_kind, module, conditions, wait_hours, action, template_id, channel_id,"
    " agent_id, team_id, label_id, created_by, created_at, sent_count, last_run_at, last_error");

Automation automationAt(const QSqlQuery &q)
{
    Automation a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    automationTriggerFromName(q.value(2).toString(), &a.trigger);
    moduleFromName(q.value(3).toString(), &a.module);
    QString ignored;
    conditionsFromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array(),
                       &a.conditions, &ignored);
    a.waitHours = q.value(5).toInt();
    automationActionFromName(q.value(6).toString(), &a.action);
    a.templateId = q.value(7).toLongLong();
    a.channelId = q.value(8).toLongLong();
    a.agentId = q.value(9).toLongLong();
    a.teamId = q.value(10).toLongLong();
    a.labelId = q.value(11).toLongLong();
    a.createdBy = q.value(12).toLongLong();
    a.createdAt = q.value(13).toLongLong();
    a.sentCount = q.value(14).toLongLong();
    a.lastRunAt = q.value(15).toLongLong();
    a.lastError = q.value(16).toString();
    return a;
}

// The names admins read in the run log (issue #14 item 3) are looked up when the log is read,
// not kept with the run: the automation's, the customer's or record's, and the agent the
// target is assigned to now. A name that is gone reads as empty (the desktop shows "#id").
const QString runColumns = QStringLiteral(
    "r.id, r.automation_id, COALESCE(a.name, ''), r.trigger_kind, r.target_kind, r.target_id,"
    " r.outcome, r.reason, r.detail, r.depth, r.ran_at, r.message_id,"
    " COALESCE(c.customer_name, ''), COALESCE(c.customer_number, ''), COALESCE(rec.fields, ''),"
    " COALESCE(g.id, 0), COALESCE(g.name, '') FROM automation_runs r"
    " LEFT JOIN automation_rules a ON a.id = r.automation_id"
    " LEFT JOIN conversations c ON r.target_kind = 'conversation' AND c.id = r.target_id"
    " LEFT JOIN records rec ON r.target_kind = 'record' AND rec.id = r.target_id"
    " LEFT JOIN agents g ON g.id = COALESCE(c.owner_id, rec.owner_id)");

// The customer's name (else number) of a conversation, or the record's title.
QString runTargetName(const QSqlQuery &q)
{
    const QString customer = q.value(12).toString().trimmed();
    if (!customer.isEmpty())
        return customer;
    const QString number = q.value(13).toString();
    if (!number.isEmpty())
        return number;
    const QString fields = q.value(14).toString();
    if (fields.isEmpty())
        return {};
    Record record;
    record.fields = QJsonDocument::fromJson(fields.toUtf8()).object().toVariantMap();
    return recordTitle(record);
}

AutomationRun runAt(const QSqlQuery &q)
{
    AutomationRun run;
    run.id = q.value(0).toLongLong();
    run.automationId = q.value(1).toLongLong();
    run.automationName = q.value(2).toString();
    automationTriggerFromName(q.value(3).toString(), &run.trigger);
    run.targetKind = q.value(4).toString();
    run.targetId = q.value(5).toLongLong();
    automationOutcomeFromName(q.value(6).toString(), &run.outcome);
    run.reason = q.value(7).toString();
    run.detail = q.value(8).toString();
    run.depth = q.value(9).toInt();
    run.ranAt = q.value(10).toLongLong();
    run.targetName = runTargetName(q);
    run.agentId = q.value(15).toLongLong();
    run.agentName = q.value(16).toString();
    return run;
}

} // namespace

QList<Automation> AutomationRepository::all(bool *ok)
{
    QList<Automation> found;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM automation_rules ORDER BY id").arg(ruleColumns));
    while (q.next())
        found.append(automationAt(q));
    if (ok)
        *ok = q.isActive();
    return found;
}

QList<Automation> AutomationRepository::withTrigger(AutomationTrigger trigger)
{
    QList<Automation> found;
    CachedQuery q = m_db.query(
        QStringLiteral("SELECT %1 FROM automation_rules WHERE trigger_kind = ? ORDER BY id")
            .arg(ruleColumns),
        {automationTriggerName(trigger)});
    while (q.next())
        found.append(automationAt(*q));
    return found;
}

Id AutomationRepository::add(const Automation &a)
{
    const QString conditions = QString::fromUtf8(
        QJsonDocument(conditionsToJson(a.conditions)).toJson(QJsonDocument::Compact));
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO automation_rules (name, trigger_kind, module, conditions,"
                       " wait_hours, action, template_id, channel_id, agent_id, team_id,"
                       " label_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                       " ?, ?, ?) RETURNING id"),
        {a.name, automationTriggerName(a.trigger),
         triggerIsAboutRecords(a.trigger) ? moduleName(a.module) : QString(), conditions,
         a.waitHours, automationActionName(a.action), a.templateId, a.channelId, a.agentId,
         a.teamId, a.labelId, a.createdBy, a.createdAt});
    return q.next() ? q.value(0).toLongLong() : 0;
}

int AutomationRepository::remove(Id id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("DELETE FROM automation_rules WHERE id = ?"), {id});
    if (!q.isActive())
        return -1;
    return q.numRowsAffected() > 0 ? 1 : 0;
}

void AutomationRepository::remember(Id automationId, const QString &error, bool sent,
                                    TimestampMs now)
{
    m_db.run(QStringLiteral("UPDATE automation_rules SET last_run_at = ?, last_error = ?,"
                            " sent_count = sent_count + ? WHERE id = ?"),
             {now, error, sent ? 1 : 0, automationId});
}

Id AutomationRepository::claimRun(Id automationId, const QString &runKey, AutomationTrigger trigger,
                                  const QString &targetKind, Id targetId, int depth,
                                  TimestampMs now)
{
    CachedQuery q = m_db.query(
        QStringLiteral("INSERT INTO automation_runs (automation_id, run_key, trigger_kind,"
                       " target_kind, target_id, outcome, reason, depth, ran_at) VALUES (?, ?, ?,"
                       " ?, ?, 'failed', 'automation_interrupted', ?, ?) ON CONFLICT DO NOTHING"
                       " RETURNING id"),
        {automationId, runKey, automationTriggerName(trigger), targetKind, targetId, depth, now});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool AutomationRepository::finishRun(Id runId, const RunEnd &end)
{
    return m_db.run(QStringLiteral("UPDATE automation_runs SET outcome = ?, reason = ?,"
                                   " detail = ?, message_id = ?, events_from = ?, events_to = ?"
                                   " WHERE id = ?"),
                    {automationOutcomeName(end.outcome), end.reason, end.detail, end.messageId,
                     end.eventsFrom, end.eventsTo, runId});
}

AutomationRepository::Origin AutomationRepository::originOf(qint64 seq)
{
    CachedQuery q = m_db.query(QStringLiteral("SELECT automation_id, depth FROM automation_runs"
                                              " WHERE events_to >= ? AND events_from <= ?"
                                              " AND events_from > 0 ORDER BY events_to LIMIT 1"),
                               {seq, seq});
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toInt()};
}

QList<AutomationRun> AutomationRepository::runs(int limit, Id beforeId, Id automationId)
{
    QString sql = QStringLiteral("SELECT %1 WHERE r.id < ?").arg(runColumns);
    QVariantList values{beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()};
    if (automationId > 0) {
        sql += QStringLiteral(" AND r.automation_id = ?");
        values.append(automationId);
    }
    sql += QStringLiteral(" ORDER BY r.id DESC LIMIT ?");
    values.append(limit);
    QList<AutomationRun> found;
    QSqlQuery q = m_db.exec(sql, values);
    while (q.next())
        found.append(runAt(q));
    return found;
}

QList<AutomationRepository::RunOfRecord>
AutomationRepository::runsFor(AutomationTrigger trigger, const QString &targetKind, Id targetId)
{
    QList<RunOfRecord> found;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 WHERE r.trigger_kind = ? AND"
                                           " r.target_kind = ? AND r.target_id = ? ORDER BY"
                                           " r.automation_id, r.id")
                                .arg(runColumns),
                            {automationTriggerName(trigger), targetKind, targetId});
    while (q.next())
        found.append({runAt(q), q.value(11).toLongLong()});
    return found;
}

qint64 AutomationRepository::cursor()
{
    return m_db.scalar(QStringLiteral("SELECT seq FROM automation_cursor WHERE id = 1"), {}, 0)
        .toLongLong();
}

bool AutomationRepository::setCursor(qint64 seq)
{
    return m_db.run(QStringLiteral("UPDATE automation_cursor SET seq = ? WHERE id = 1"), {seq});
}

std::optional<QString> AutomationRepository::seen(const QString &subject)
{
    CachedQuery q = m_db.query(
        QStringLiteral("SELECT state FROM automation_seen WHERE subject = ?"), {subject});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool AutomationRepository::setSeen(const QString &subject, const QString &state)
{
    return m_db.run(QStringLiteral("INSERT INTO automation_seen (subject, state) VALUES (?, ?)"
                                   " ON CONFLICT (subject) DO UPDATE SET state = excluded.state"),
                    {subject, state});
}

bool AutomationRepository::forget(const QString &subject)
{
    return m_db.run(QStringLiteral("DELETE FROM automation_seen WHERE subject = ?"), {subject});
}

Id AutomationRepository::newestConversationOf(Id recordId)
{
    return m_db
        .scalar(QStringLiteral("SELECT id FROM conversations WHERE record_id = ?"
                               " ORDER BY last_message_at DESC, id DESC LIMIT 1"),
                {recordId}, 0)
        .toLongLong();
}

QString AutomationRepository::waitingKey(Id conversationId, TimestampMs lastInboundAt)
{
    return QStringLiteral("waiting:%1:%2").arg(conversationId).arg(lastInboundAt);
}

QList<QPair<Id, TimestampMs>> AutomationRepository::waiting(Id automationId, TimestampMs cutoff,
                                                            int limit)
{
    // The same key as waitingKey(), built in SQL so that runs already made are left out.
    CachedQuery q = m_db.query(
        QStringLiteral("SELECT c.id, c.last_inbound_at FROM conversations c"
                       " WHERE c.status IN ('open', 'pending') AND c.last_inbound_at > 0"
                       " AND c.last_inbound_at > c.last_outbound_at AND c.last_inbound_at <= ?"
                       " AND NOT EXISTS (SELECT 1 FROM automation_runs r WHERE"
                       " r.automation_id = ? AND r.run_key = 'waiting:' || CAST(c.id AS TEXT)"
                       " || ':' || CAST(c.last_inbound_at AS TEXT))"
                       " ORDER BY c.last_inbound_at LIMIT ?"),
        {cutoff, automationId, limit});
    QList<QPair<Id, TimestampMs>> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return found;
}

} // namespace parley::hub
