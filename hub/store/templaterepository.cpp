#include "hub/store/templaterepository.h"

namespace parley::hub {
namespace {

const QString columns = QStringLiteral("id, name, language, category, module, body, status,"
                                       " rejection_reason, meta_template_id, updated_at");

MessageTemplate readTemplate(const QSqlQuery &q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.language = q.value(2).toString();
    templateCategoryFromName(q.value(3).toString(), &t.category);
    moduleFromName(q.value(4).toString(), &t.module);
    t.body = q.value(5).toString();
    templateStatusFromName(q.value(6).toString(), &t.status);
    t.rejectionReason = q.value(7).toString();
    t.metaTemplateId = q.value(8).toString();
    t.updatedAt = q.value(9).toLongLong();
    return t;
}

QVariantList values(const MessageTemplate &t)
{
    return {t.name,
            t.language,
            templateCategoryName(t.category),
            moduleName(t.module),
            t.body,
            templateStatusName(t.status),
            t.rejectionReason,
            t.metaTemplateId,
            t.updatedAt};
}

} // namespace

Id TemplateRepository::insert(const MessageTemplate &t)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO templates (name, language, category, module, body, status,"
                       " rejection_reason, meta_template_id, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
        values(t));
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool TemplateRepository::save(const MessageTemplate &t)
{
    QVariantList v = values(t);
    v.append(t.id);
    return m_db
        .exec(QStringLiteral("UPDATE templates SET name = ?, language = ?, category = ?,"
                             " module = ?, body = ?, status = ?, rejection_reason = ?,"
                             " meta_template_id = ?, updated_at = ? WHERE id = ?"),
              v)
        .isActive();
}

std::optional<MessageTemplate> TemplateRepository::byId(Id id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM templates WHERE id = ?").arg(columns), {id});
    if (!q.next())
        return std::nullopt;
    return readTemplate(q);
}

std::optional<MessageTemplate> TemplateRepository::byMetaId(const QString &metaTemplateId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM templates WHERE meta_template_id = ?").arg(columns),
        {metaTemplateId});
    if (!q.next())
        return std::nullopt;
    return readTemplate(q);
}

QList<MessageTemplate> TemplateRepository::all()
{
    QList<MessageTemplate> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM templates ORDER BY id").arg(columns));
    while (q.next())
        out.append(readTemplate(q));
    return out;
}

} // namespace parley::hub
