#include "hub/store/labelrepository.h"

namespace parley::hub {
namespace {

Label readLabel(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace

QList<Label> LabelRepository::all()
{
    QList<Label> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, color FROM labels ORDER BY name"));
    while (q.next())
        out.append(readLabel(q));
    return out;
}

std::optional<Label> LabelRepository::byId(Id id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id, name, color FROM labels WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readLabel(q);
}

std::optional<Label> LabelRepository::byName(const QString &name)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id, name, color FROM labels WHERE name = ?"), {name});
    if (!q.next())
        return std::nullopt;
    return readLabel(q);
}

Id LabelRepository::add(const Label &label)
{
    QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO labels (name, color) VALUES (?, ?)"
                                           " ON CONFLICT DO NOTHING RETURNING id"),
                            {label.name, label.color});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool LabelRepository::save(const Label &label)
{
    return m_db.run(QStringLiteral("UPDATE labels SET name = ?, color = ? WHERE id = ?"),
                    {label.name, label.color, label.id});
}

bool LabelRepository::remove(Id id)
{
    return m_db.run(QStringLiteral("DELETE FROM labels WHERE id = ?"), {id});
}

QList<Id> LabelRepository::conversationsWith(Id id)
{
    QList<Id> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM conversations WHERE labels LIKE ?"),
                            {QStringLiteral("%,%1,%").arg(id)});
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace parley::hub
