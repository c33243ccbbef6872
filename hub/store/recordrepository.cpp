#include "hub/store/recordrepository.h"

#include "core/domain/recordlinks.h"
#include "core/filter/filtersql.h"
#include "core/rules/channelrules.h"
#include "core/storage/entityrows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::hub {
namespace {

QString fieldsJson(const Record &record)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(record.fields)).toJson(QJsonDocument::Compact));
}

// The number a record is looked up by: E.164 digits when it is a number, else as typed.
QString lookupNumber(const QString &phone)
{
    const QString normalized = normalizedPhoneNumber(phone);
    return normalized.isEmpty() ? phone.trimmed() : normalized;
}

} // namespace

Id RecordRepository::insert(const Record &r, const QString &phone)
{
    // Kept prepared: every first contact makes a record.
    CachedQuery q = m_db.query(
        QStringLiteral("INSERT INTO records (module, owner_id, phone, fields, created_at,"
                       " updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {moduleName(r.module), r.ownerId, lookupNumber(phone), fieldsJson(r), r.createdAt,
         r.updatedAt});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool RecordRepository::save(const Record &r)
{
    // The number the record is looked up by is the one it is reached on (core's rule).
    const QString phone = recordNumber(r.fields);
    return m_db
        .exec(QStringLiteral("UPDATE records SET module = ?, owner_id = ?, fields = ?,"
                             " updated_at = ?, phone = ? WHERE id = ?"),
              {moduleName(r.module), r.ownerId, fieldsJson(r), r.updatedAt, lookupNumber(phone),
               r.id})
        .isActive();
}

std::optional<Record> RecordRepository::byId(Id id)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(recordColumns());
    CachedQuery q = m_db.query(sql, {id});
    if (!q.next())
        return std::nullopt;
    return readRecord(*q);
}

QList<Record> RecordRepository::list(std::optional<Module> module, const QString &search, int limit,
                                     Id beforeId)
{
    QList<Record> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM records WHERE id < ? AND (? = '' OR module = ?)"
                       " AND (? = '' OR fields %2 ? ESCAPE '\\' OR phone %2 ? ESCAPE '\\')"
                       " ORDER BY id DESC LIMIT ?")
            .arg(recordColumns(), m_db.likeInsensitive()),
        {beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(),
         module ? moduleName(*module) : QString(), module ? moduleName(*module) : QString(), search,
         likeContaining(search), likeContaining(search), limit});
    while (q.next())
        out.append(readRecord(q));
    return out;
}

bool RecordRepository::remove(Id id)
{
    return m_db.exec(QStringLiteral("DELETE FROM records WHERE id = ?"), {id}).isActive();
}

Id RecordRepository::customerRecord(const QString &phone, const QString &userId)
{
    const QString number = phone.isEmpty() ? QString() : lookupNumber(phone);
    if (!number.isEmpty()) {
        const Id byNumber =
            m_db.scalar(QStringLiteral("SELECT id FROM records WHERE phone = ? AND"
                                       " module IN ('Leads', 'Contacts') ORDER BY"
                                       " CASE WHEN module = 'Contacts' THEN 0 ELSE 1 END, id"
                                       " LIMIT 1"),
                        {number}, 0)
                .toLongLong();
        if (byNumber != 0)
            return byNumber;
    }
    if (number.isEmpty() && userId.isEmpty())
        return 0;
    // A customer merged into another record, or known only by user id, is found through the
    // conversations already attached to a record.
    return m_db
        .scalar(QStringLiteral("SELECT c.record_id FROM conversations c JOIN records r"
                               " ON r.id = c.record_id WHERE r.module IN ('Leads', 'Contacts')"
                               " AND ((? <> '' AND c.customer_number = ?) OR"
                               " (? <> '' AND c.customer_user_id = ?)) ORDER BY c.id LIMIT 1"),
                {number, number, userId, userId}, 0)
        .toLongLong();
}

QList<Record> RecordRepository::linkingTo(Module target, Id id)
{
    QList<Record> out;
    const QString field = linkField(target);
    if (field.isEmpty())
        return out;
    // The JSON text narrows the scan; linkedId() decides.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM records WHERE fields LIKE ? ESCAPE"
                                           " '\\' ORDER BY id")
                                .arg(recordColumns()),
                            {likeContaining(QString::number(id))});
    while (q.next()) {
        const Record record = readRecord(q);
        if (linkedId(record, target) == id)
            out.append(record);
    }
    return out;
}

std::optional<QList<Activity>> RecordRepository::moveActivities(Id from, Id to)
{
    QList<Activity> moved = activitiesOf(from);
    if (!m_db.exec(QStringLiteral("UPDATE activities SET record_id = ? WHERE record_id = ?"),
                   {to, from})
             .isActive())
        return std::nullopt;
    for (Activity &activity : moved)
        activity.recordId = to;
    return moved;
}

Id RecordRepository::insertActivity(const Activity &a)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("INSERT INTO activities (kind, title, due_at, done, record_id,"
                                 " conversation_id, owner_id, created_by, created_at, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {activityKindName(a.kind), a.title, a.dueAt, a.done ? 1 : 0, a.recordId,
                   a.conversationId, a.ownerId, a.createdBy, a.createdAt, a.updatedAt});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool RecordRepository::saveActivity(const Activity &a)
{
    return m_db
        .exec(QStringLiteral("UPDATE activities SET title = ?, due_at = ?, done = ?, owner_id = ?,"
                             " updated_at = ? WHERE id = ?"),
              {a.title, a.dueAt, a.done ? 1 : 0, a.ownerId, a.updatedAt, a.id})
        .isActive();
}

std::optional<Activity> RecordRepository::activityById(Id id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM activities WHERE id = ?").arg(activityColumns()), {id});
    if (!q.next())
        return std::nullopt;
    return readActivity(q);
}

QList<Activity> RecordRepository::activitiesOf(Id recordId)
{
    QList<Activity> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM activities WHERE record_id = ?"
                                           " ORDER BY done, due_at = 0, due_at, id")
                                .arg(activityColumns()),
                            {recordId});
    while (q.next())
        out.append(readActivity(q));
    return out;
}

} // namespace parley::hub
