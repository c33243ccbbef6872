#include "hub/store/recordrepository.h"

#include "core/filter/filtersql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::hub {
namespace {

QString fieldsJson(const Record &record)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(record.fields)).toJson(QJsonDocument::Compact));
}

Record readRecord(const QSqlQuery &q)
{
    Record r;
    r.id = q.value(0).toLongLong();
    moduleFromName(q.value(1).toString(), &r.module);
    r.ownerId = q.value(2).toLongLong();
    r.fields = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().toVariantMap();
    r.createdAt = q.value(4).toLongLong();
    r.updatedAt = q.value(5).toLongLong();
    return r;
}

} // namespace

Id RecordRepository::insert(const Record &r, const QString &phone)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO records (module, owner_id, phone, fields, created_at,"
                       " updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {moduleName(r.module), r.ownerId, phone, fieldsJson(r), r.createdAt, r.updatedAt});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool RecordRepository::save(const Record &r)
{
    const QString phone = r.field(QStringLiteral("Mobile")).isEmpty()
                              ? r.field(QStringLiteral("Phone"))
                              : r.field(QStringLiteral("Mobile"));
    return m_db
        .exec(QStringLiteral("UPDATE records SET module = ?, owner_id = ?, fields = ?,"
                             " updated_at = ?, phone = ? WHERE id = ?"),
              {moduleName(r.module), r.ownerId, fieldsJson(r), r.updatedAt, phone, r.id})
        .isActive();
}

std::optional<Record> RecordRepository::byId(Id id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, module, owner_id, fields, created_at,"
                                           " updated_at FROM records WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}

QList<Record> RecordRepository::list(std::optional<Module> module, const QString &search, int limit,
                                     Id beforeId)
{
    QList<Record> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, module, owner_id, fields, created_at, updated_at FROM records"
                       " WHERE id < ? AND (? = '' OR module = ?)"
                       " AND (? = '' OR fields LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\')"
                       " ORDER BY id DESC LIMIT ?"),
        {beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(),
         module ? moduleName(*module) : QString(), module ? moduleName(*module) : QString(), search,
         likeContaining(search), likeContaining(search), limit});
    while (q.next())
        out.append(readRecord(q));
    return out;
}

} // namespace parley::hub
