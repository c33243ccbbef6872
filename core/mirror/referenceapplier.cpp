#include "core/mirror/referenceapplier.h"

#include "core/mirror/applierstatements.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/templatecomponentcodec.h"

#include <QJsonDocument>

namespace parley {

using namespace applier;

bool ReferenceApplier::prepare(QString *error)
{
    // Records come by the hundred thousand in a big team's snapshot: theirs is bound through
    // SQLite's own API, as messages and conversations are (EventApplier).
    return m_upsertRecord.prepare(
               m_db,
               upsertSql(QStringLiteral("records"),
                         {"id", "module", "owner_id", "fields", "created_at", "updated_at"}),
               error) &&
           prepareAll(
               m_db,
               {{&m_upsertAgent, upsertSql(QStringLiteral("agents"), {"id", "login", "name", "role",
                                                                      "department", "active"})},
                {&m_upsertChannel, upsertSql(QStringLiteral("channels"),
                                             {"id", "kind", "name", "department", "waba_id",
                                              "phone_number_id", "display_number", "status",
                                              "new_customers_as", "auto_close_after_minutes"})},
                {&m_deleteRecord, QStringLiteral("DELETE FROM records WHERE id = ?")},
                {&m_upsertPredefinedText,
                 upsertSql(QStringLiteral("predefined_texts"),
                           {"id", "name", "module", "body", "created_by", "updated_at"})},
                {&m_deletePredefinedText,
                 QStringLiteral("DELETE FROM predefined_texts WHERE id = ?")},
                {&m_upsertTemplate,
                 upsertSql(QStringLiteral("templates"),
                           {"id", "name", "language", "category", "module", "body", "status",
                            "rejection_reason", "meta_template_id", "updated_at", "components",
                            "channel_id"})},
                {&m_deleteTemplate, QStringLiteral("DELETE FROM templates WHERE id = ?")},
                {&m_upsertActivity,
                 upsertSql(QStringLiteral("activities"),
                           {"id", "kind", "title", "due_at", "done", "record_id", "conversation_id",
                            "owner_id", "created_by", "created_at", "updated_at"})}},
               error);
}

bool ReferenceApplier::handles(const QString &type)
{
    return type == EventType::AgentUpdated || type == EventType::ChannelUpdated ||
           type == EventType::RecordUpdated || type == EventType::RecordDeleted ||
           type == EventType::PredefinedTextUpdated || type == EventType::PredefinedTextDeleted ||
           type == EventType::TemplateUpdated || type == EventType::TemplateDeleted ||
           type == EventType::ActivityUpdated;
}

bool ReferenceApplier::apply(const Event &event, MirrorChanges *changes, QString *error)
{
    const QString &type = event.type;
    if (type == EventType::AgentUpdated) {
        Agent a;
        if (!decode(event, &a, error))
            return false;
        bindAll(m_upsertAgent,
                {a.id, a.login, a.name, roleName(a.role), a.department, a.active ? 1 : 0});
        changes->agents = true;
        return exec(m_upsertAgent, error);
    }
    if (type == EventType::ChannelUpdated) {
        Channel c;
        if (!decode(event, &c, error))
            return false;
        const QJsonObject json = toJson(c);
        bindAll(m_upsertChannel,
                {c.id, json.value(QStringLiteral("kind")).toString(), c.name, c.department,
                 c.wabaId, c.phoneNumberId, c.displayNumber, channelStatusName(c.status),
                 json.value(QStringLiteral("new_customers_as")).toString(),
                 c.autoCloseAfterMinutes});
        changes->channels = true;
        return exec(m_upsertChannel, error);
    }
    if (type == EventType::RecordUpdated) {
        Record r;
        if (!decode(event, &r, error))
            return false;
        const QString module = moduleName(r.module);
        const QString fields = QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(r.fields)).toJson(QJsonDocument::Compact));
        m_upsertRecord.bind(1, r.id);
        m_upsertRecord.bind(2, module);
        m_upsertRecord.bind(3, r.ownerId);
        m_upsertRecord.bind(4, fields);
        m_upsertRecord.bind(5, r.createdAt);
        m_upsertRecord.bind(6, r.updatedAt);
        changes->records = true;
        return m_upsertRecord.run(error);
    }
    if (type == EventType::PredefinedTextUpdated) {
        PredefinedText t;
        if (!decode(event, &t, error))
            return false;
        bindAll(m_upsertPredefinedText,
                {t.id, t.name, moduleName(t.module), t.body, t.createdBy, t.updatedAt});
        changes->predefinedTexts = true;
        return exec(m_upsertPredefinedText, error);
    }
    if (type == EventType::TemplateUpdated) {
        MessageTemplate t;
        if (!decode(event, &t, error))
            return false;
        bindAll(m_upsertTemplate,
                {t.id, t.name, t.language, templateCategoryName(t.category), moduleName(t.module),
                 t.body, templateStatusName(t.status), t.rejectionReason, t.metaTemplateId,
                 t.updatedAt, templateComponentsText(t), t.channelId});
        changes->templates = true;
        return exec(m_upsertTemplate, error);
    }
    if (type == EventType::TemplateDeleted) {
        Id id = 0;
        if (!readId(event, QStringLiteral("id"), &id, error))
            return false;
        m_deleteTemplate.bindValue(0, id);
        changes->templates = true;
        return exec(m_deleteTemplate, error);
    }
    if (type == EventType::ActivityUpdated) {
        Activity a;
        if (!decode(event, &a, error))
            return false;
        bindAll(m_upsertActivity,
                {a.id, activityKindName(a.kind), a.title, a.dueAt, a.done ? 1 : 0, a.recordId,
                 a.conversationId, a.ownerId, a.createdBy, a.createdAt, a.updatedAt});
        changes->activities = true;
        return exec(m_upsertActivity, error);
    }
    // RecordDeleted, PredefinedTextDeleted
    Id id = 0;
    if (!readId(event, QStringLiteral("id"), &id, error))
        return false;
    const bool isRecord = type == EventType::RecordDeleted;
    QSqlQuery &query = isRecord ? m_deleteRecord : m_deletePredefinedText;
    query.bindValue(0, id);
    (isRecord ? changes->records : changes->predefinedTexts) = true;
    return exec(query, error);
}

} // namespace parley
