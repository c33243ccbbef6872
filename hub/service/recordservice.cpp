#include "hub/service/recordservice.h"

#include "core/domain/recordlinks.h"
#include "core/protocol/entitycodec.h"

#include <QJsonArray>

namespace parley::hub {
namespace {

CommandResult notFound(const QString &what, Id id)
{
    return CommandResult::failure(404, QStringLiteral("not_found"),
                                  QStringLiteral("There is no %1 %2.").arg(what).arg(id));
}

} // namespace

CommandResult RecordService::refuseViewer(const Agent &agent) const
{
    if (canSend(agent.role))
        return CommandResult::success({});
    return CommandResult::failure(403, QStringLiteral("forbidden_view_only"),
                                  QStringLiteral("View-only agents cannot change records."));
}

CommandResult RecordService::checkLinks(QVariantMap *fields)
{
    for (auto it = fields->begin(); it != fields->end(); ++it) {
        const std::optional<Module> target = linkTarget(it.key());
        const QString value = it.value().toString().trimmed();
        if (!target || value.isEmpty())
            continue;
        bool isNumber = false;
        const Id id = value.toLongLong(&isNumber);
        const std::optional<Record> linked =
            isNumber && id > 0 ? m_ctx.records.byId(id) : std::nullopt;
        if (!linked || linked->module != *target)
            return CommandResult::failure(400, QStringLiteral("record_link_invalid"),
                                          QStringLiteral("%1 %2 is not a %3 record.")
                                              .arg(it.key(), value, moduleName(*target)));
        it.value() = QString::number(id);
    }
    return CommandResult::success({});
}

CommandResult RecordService::listRecords(const Agent &agent, std::optional<Module> module,
                                         const QString &search, int limit, Id beforeId)
{
    const int wanted = qBound(1, limit, 500);
    QJsonArray records;
    // Records outside the scope are skipped; a few more pages are read so that a page is full
    // when the store has enough, and the bound keeps one request's work small.
    Id before = beforeId;
    for (int pages = 0; pages < 10 && records.size() < wanted; ++pages) {
        const QList<Record> page = m_ctx.records.list(module, search, wanted, before);
        QSet<Id> ids;
        for (const Record &record : page)
            ids.insert(record.id);
        const QHash<Id, AgentViews::RecordView> views =
            seesEverything(agent) ? QHash<Id, AgentViews::RecordView>() : m_ctx.views.records(ids);
        for (const Record &record : page) {
            const AgentViews::RecordView view = views.value(record.id);
            if (records.size() < wanted &&
                recordInScope(agent, record.ownerId, view.departments, view.owners))
                records.append(toJson(record));
        }
        if (page.size() < wanted)
            break;
        before = page.last().id;
    }
    return CommandResult::success({{QStringLiteral("records"), records}});
}

CommandResult RecordService::createRecord(const Agent &agent, Module module,
                                          const QVariantMap &fields)
{
    const CommandResult refused = refuseViewer(agent);
    if (!refused.ok())
        return refused;
    if (fields.isEmpty())
        return CommandResult::failure(400, QStringLiteral("record_fields_required"),
                                      QStringLiteral("A record needs at least one field."));
    QVariantMap checkedFields = fields;
    const CommandResult badLink = checkLinks(&checkedFields);
    if (!badLink.ok())
        return badLink;
    Record record;
    record.module = module;
    record.ownerId = agent.id;
    record.fields = checkedFields;
    record.createdAt = record.updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    const QString phone = recordNumber(fields);
    record.id = m_ctx.records.insert(record, phone);
    if (record.id == 0 ||
        !m_ctx.events.append(EventType::RecordUpdated, toJson(record), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    QJsonObject reply{{QStringLiteral("record"), toJson(record)}};
    if (m_created) {
        const QJsonArray automations = m_created(agent, record, phone);
        if (!automations.isEmpty())
            reply.insert(QStringLiteral("automations"), automations);
    }
    return CommandResult::success(reply, 201);
}

CommandResult RecordService::updateRecord(const Agent &agent, Id id, const QVariantMap &fields,
                                          Id ownerId)
{
    const CommandResult refused = refuseViewer(agent);
    if (!refused.ok())
        return refused;
    std::optional<Record> record = m_ctx.recordFor(agent, id);
    if (!record)
        return notFound(QStringLiteral("record"), id);
    QVariantMap checkedFields = fields;
    const CommandResult badLink = checkLinks(&checkedFields);
    if (!badLink.ok())
        return badLink;
    for (auto it = checkedFields.cbegin(); it != checkedFields.cend(); ++it) {
        if (it.value().toString().isEmpty())
            record->fields.remove(it.key());
        else
            record->fields.insert(it.key(), it.value());
    }
    if (ownerId > 0) {
        if (!m_ctx.agents.byId(ownerId))
            return CommandResult::failure(400, QStringLiteral("owner_unknown"),
                                          QStringLiteral("There is no agent %1.").arg(ownerId));
        record->ownerId = ownerId;
    }
    record->updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    if (!m_ctx.records.save(*record) ||
        !m_ctx.events.append(EventType::RecordUpdated, toJson(*record), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("record"), toJson(*record)}});
}

std::optional<PredefinedText> RecordService::text(Id id)
{
    QSqlQuery q = m_ctx.db.exec(QStringLiteral("SELECT id, name, module, body, created_by,"
                                               " updated_at FROM predefined_texts WHERE id = ?"),
                                {id});
    if (!q.next())
        return std::nullopt;
    PredefinedText t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    moduleFromName(q.value(2).toString(), &t.module);
    t.body = q.value(3).toString();
    t.createdBy = q.value(4).toLongLong();
    t.updatedAt = q.value(5).toLongLong();
    return t;
}

CommandResult RecordService::listTexts()
{
    QJsonArray texts;
    QSqlQuery q = m_ctx.db.exec(QStringLiteral("SELECT id FROM predefined_texts ORDER BY name"));
    QList<Id> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (Id id : ids) {
        if (std::optional<PredefinedText> t = text(id))
            texts.append(toJson(*t));
    }
    return CommandResult::success({{QStringLiteral("predefined_texts"), texts}});
}

CommandResult RecordService::createText(const Agent &agent, const PredefinedText &input)
{
    const CommandResult refused = refuseViewer(agent);
    if (!refused.ok())
        return refused;
    if (input.name.trimmed().isEmpty() || input.body.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("predefined_text_incomplete"),
                                      QStringLiteral("A predefined text needs a name and a "
                                                     "message."));
    PredefinedText t = input;
    t.createdBy = agent.id;
    t.updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    QSqlQuery q = m_ctx.db.exec(
        QStringLiteral("INSERT INTO predefined_texts (name, module, body, created_by, updated_at)"
                       " VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {t.name.trimmed(), moduleName(t.module), t.body, t.createdBy, t.updatedAt});
    if (!q.isActive() || !q.next())
        return storeFailure();
    t.id = q.value(0).toLongLong();
    q.finish();
    if (!m_ctx.events.append(EventType::PredefinedTextUpdated, toJson(t), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("predefined_text"), toJson(t)}}, 201);
}

CommandResult RecordService::updateText(const Agent &agent, const PredefinedText &input,
                                        bool moduleGiven)
{
    const CommandResult refused = refuseViewer(agent);
    if (!refused.ok())
        return refused;
    std::optional<PredefinedText> t = text(input.id);
    if (!t)
        return notFound(QStringLiteral("predefined text"), input.id);
    if (moduleGiven && input.module != t->module)
        return CommandResult::failure(409, QStringLiteral("predefined_text_module_locked"),
                                      QStringLiteral("The module of a predefined text cannot be "
                                                     "changed; create a new text instead."));
    if (input.name.trimmed().isEmpty() || input.body.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("predefined_text_incomplete"),
                                      QStringLiteral("A predefined text needs a name and a "
                                                     "message."));
    t->name = input.name.trimmed();
    t->body = input.body;
    t->updatedAt = m_ctx.now();
    Transaction transaction(m_ctx.db);
    if (!m_ctx.db
             .exec(QStringLiteral("UPDATE predefined_texts SET name = ?, body = ?, updated_at = ?"
                                  " WHERE id = ?"),
                   {t->name, t->body, t->updatedAt, t->id})
             .isActive() ||
        !m_ctx.events.append(EventType::PredefinedTextUpdated, toJson(*t), m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("predefined_text"), toJson(*t)}});
}

CommandResult RecordService::deleteText(const Agent &agent, Id id)
{
    const CommandResult refused = refuseViewer(agent);
    if (!refused.ok())
        return refused;
    if (!text(id))
        return notFound(QStringLiteral("predefined text"), id);
    Transaction transaction(m_ctx.db);
    if (!m_ctx.db.exec(QStringLiteral("DELETE FROM predefined_texts WHERE id = ?"), {id})
             .isActive() ||
        !m_ctx.events.append(EventType::PredefinedTextDeleted, {{QStringLiteral("id"), id}},
                             m_ctx.now()) ||
        !transaction.commit())
        return storeFailure();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("deleted"), id}});
}

} // namespace parley::hub
