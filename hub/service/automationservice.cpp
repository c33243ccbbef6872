#include "hub/service/automationservice.h"

#include "core/protocol/isotime.h"

namespace parley::hub {
namespace {

QJsonValue timeOrNull(TimestampMs ms)
{
    return ms > 0 ? QJsonValue(toIsoUtc(ms)) : QJsonValue();
}

} // namespace

QString AutomationService::idempotencyKey(Id automationId, Id recordId)
{
    return QStringLiteral("automation:%1:record:%2").arg(automationId).arg(recordId);
}

CommandResult AutomationService::list()
{
    QSqlQuery q = m_ctx.db.exec(
        QStringLiteral("SELECT id, module, template_id, channel_id, created_by, created_at,"
                       " sent_count, last_run_at, last_error FROM automations ORDER BY id"));
    QJsonArray automations;
    while (q.next()) {
        automations.append(
            QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                        {QStringLiteral("module"), q.value(1).toString()},
                        {QStringLiteral("template_id"), q.value(2).toLongLong()},
                        {QStringLiteral("channel_id"), q.value(3).toLongLong()},
                        {QStringLiteral("created_by"), q.value(4).toLongLong()},
                        {QStringLiteral("created_at"), timeOrNull(q.value(5).toLongLong())},
                        {QStringLiteral("sent_count"), q.value(6).toLongLong()},
                        {QStringLiteral("last_run_at"), timeOrNull(q.value(7).toLongLong())},
                        {QStringLiteral("last_error"), q.value(8).toString()}});
    }
    if (!q.isActive())
        return storeFailure();
    return CommandResult::success({{QStringLiteral("automations"), automations}});
}

CommandResult AutomationService::create(const Agent &admin, Module module, Id templateId,
                                        Id channelId)
{
    // R6.5: messages go only to leads and contacts.
    if (module != Module::Leads && module != Module::Contacts)
        return CommandResult::failure(400, QStringLiteral("automation_module_invalid"),
                                      QStringLiteral("Automations send to leads or contacts "
                                                     "only."));
    CommandResult refusal;
    const std::optional<MessageTemplate> t = m_templates.sendableTemplate(templateId, &refusal);
    if (!t)
        return refusal;
    if (t->module != module)
        return CommandResult::failure(422, QStringLiteral("automation_template_module_mismatch"),
                                      QStringLiteral("The template %1 is for %2, not %3.")
                                          .arg(t->name, moduleName(t->module), moduleName(module)));
    const std::optional<ChannelConfig> channel = m_ctx.channels.byId(channelId);
    if (!channel)
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    if (channel->channel.status != ChannelStatus::Connected)
        return CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                      QStringLiteral("This channel is not active."));
    const TimestampMs now = m_ctx.now();
    QSqlQuery q = m_ctx.db.exec(
        QStringLiteral("INSERT INTO automations (module, template_id, channel_id, created_by,"
                       " created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
        {moduleName(module), templateId, channelId, admin.id, now});
    if (!q.isActive())
        return storeFailure();
    if (!q.next())
        return CommandResult::failure(409, QStringLiteral("automation_exists"),
                                      QStringLiteral("This automation exists already."));
    const QJsonObject automation{{QStringLiteral("id"), q.value(0).toLongLong()},
                                 {QStringLiteral("module"), moduleName(module)},
                                 {QStringLiteral("template_id"), templateId},
                                 {QStringLiteral("channel_id"), channelId},
                                 {QStringLiteral("created_by"), admin.id},
                                 {QStringLiteral("created_at"), timeOrNull(now)},
                                 {QStringLiteral("sent_count"), 0},
                                 {QStringLiteral("last_run_at"), QJsonValue()},
                                 {QStringLiteral("last_error"), QString()}};
    return CommandResult::success({{QStringLiteral("automation"), automation}}, 201);
}

CommandResult AutomationService::remove(Id id)
{
    QSqlQuery q = m_ctx.db.exec(QStringLiteral("DELETE FROM automations WHERE id = ?"), {id});
    if (!q.isActive())
        return storeFailure();
    if (q.numRowsAffected() == 0)
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no automation %1.").arg(id));
    return CommandResult::success({{QStringLiteral("deleted"), id}});
}

QList<AutomationService::Automation> AutomationService::automationsFor(Module module)
{
    QList<Automation> found;
    QSqlQuery q = m_ctx.db.exec(QStringLiteral("SELECT id, template_id, channel_id FROM"
                                               " automations WHERE module = ? ORDER BY id"),
                                {moduleName(module)});
    while (q.next())
        found.append(
            {q.value(0).toLongLong(), module, q.value(1).toLongLong(), q.value(2).toLongLong()});
    return found;
}

QJsonArray AutomationService::recordCreated(const Agent &agent, const Record &record,
                                            const QString &phone)
{
    QJsonArray outcomes;
    for (const Automation &automation : automationsFor(record.module))
        outcomes.append(run(automation, agent, record, phone));
    return outcomes;
}

QJsonObject AutomationService::run(const Automation &automation, const Agent &agent,
                                   const Record &record, const QString &phone)
{
    QJsonObject outcome{{QStringLiteral("automation_id"), automation.id}};
    CommandResult result;
    if (phone.trimmed().isEmpty()) {
        result = CommandResult::failure(422, QStringLiteral("automation_no_number"),
                                        QStringLiteral("The record has no Mobile or Phone."));
    } else {
        // The creating agent sends, as if they had started the chat from the record.
        result = m_templates.startChat(
            agent, automation.channelId, phone, record.field(QStringLiteral("Full Name")),
            automation.templateId, idempotencyKey(automation.id, record.id), record.id);
    }
    // A replayed key answers 200 with the first message: nothing new went out.
    remember(automation.id, result.ok() ? QString() : result.code, result.status == 202);
    if (!result.ok()) {
        outcome.insert(QStringLiteral("status"), QStringLiteral("failed"));
        outcome.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("code"), result.code},
                                   {QStringLiteral("message"), result.message}});
        return outcome;
    }
    outcome.insert(QStringLiteral("status"), QStringLiteral("sent"));
    outcome.insert(QStringLiteral("message_id"),
                   result.body.value(QStringLiteral("message"))[QStringLiteral("id")]);
    return outcome;
}

void AutomationService::remember(Id automationId, const QString &error, bool sent)
{
    m_ctx.db.exec(QStringLiteral("UPDATE automations SET last_run_at = ?, last_error = ?,"
                                 " sent_count = sent_count + ? WHERE id = ?"),
                  {m_ctx.now(), error, sent ? 1 : 0, automationId});
}

} // namespace parley::hub
