#include "hub/store/templaterepository.h"

#include "core/protocol/templatecomponentcodec.h"
#include "core/storage/entityrows.h"

namespace parley::hub {
namespace {

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
            t.updatedAt,
            templateComponentsText(t),
            t.channelId};
}

} // namespace

Id TemplateRepository::insert(const MessageTemplate &t)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "INSERT INTO templates (name, language, category, module, body, status,"
            " rejection_reason, meta_template_id, updated_at, components, channel_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
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
                             " meta_template_id = ?, updated_at = ?, components = ?,"
                             " channel_id = ? WHERE id = ?"),
              v)
        .isActive();
}

std::optional<MessageTemplate> TemplateRepository::byId(Id id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM templates WHERE id = ?").arg(templateColumns()), {id});
    if (!q.next())
        return std::nullopt;
    return readTemplate(q);
}

std::optional<MessageTemplate> TemplateRepository::byMetaId(const QString &metaTemplateId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM templates WHERE meta_template_id = ?")
                                .arg(templateColumns()),
                            {metaTemplateId});
    if (!q.next())
        return std::nullopt;
    return readTemplate(q);
}

bool TemplateRepository::remove(Id id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("DELETE FROM templates WHERE id = ?"), {id});
    return q.isActive() && q.numRowsAffected() == 1;
}

QList<MessageTemplate> TemplateRepository::all()
{
    QList<MessageTemplate> out;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM templates ORDER BY id").arg(templateColumns()));
    while (q.next())
        out.append(readTemplate(q));
    return out;
}

} // namespace parley::hub
