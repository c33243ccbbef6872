#include "core/mirror/recordreads.h"

#include "core/domain/recordlinks.h"
#include "core/storage/entityrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace parley {
namespace {

const QString recordColumns =
    QStringLiteral("id, module, owner_id, fields, created_at, updated_at");

} // namespace

QList<Record> RecordReads::readRecords(QSqlQuery &q)
{
    QList<Record> records;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return records;
    }
    while (q.next()) {
        Record record;
        record.id = q.value(0).toLongLong();
        moduleFromName(q.value(1).toString(), &record.module);
        record.ownerId = q.value(2).toLongLong();
        record.fields = QJsonDocument::fromJson(q.value(3).toByteArray()).object().toVariantMap();
        record.createdAt = q.value(4).toLongLong();
        record.updatedAt = q.value(5).toLongLong();
        records.append(record);
    }
    return records;
}

std::optional<Record> RecordReads::record(Id id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(recordColumns));
    q.addBindValue(id);
    const QList<Record> found = readRecords(q);
    return found.isEmpty() ? std::nullopt : std::optional<Record>(found.first());
}

QList<Record> RecordReads::linkedTo(const Record &target, Module module)
{
    const QString field = linkField(target.module);
    if (field.isEmpty() || target.id == 0)
        return {};
    // The hub writes link values as decimal strings; the path quotes the field's name, which
    // has a space.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE module = ?"
                             " AND json_extract(fields, ?) = ? ORDER BY id DESC")
                  .arg(recordColumns));
    q.addBindValue(moduleName(module));
    q.addBindValue(QStringLiteral("$.\"%1\"").arg(field));
    q.addBindValue(QString::number(target.id));
    return readRecords(q);
}

QList<Record> RecordReads::recordsOf(Module module, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE module = ? ORDER BY id DESC LIMIT ?")
                  .arg(recordColumns));
    q.addBindValue(moduleName(module));
    q.addBindValue(limit);
    return readRecords(q);
}

QList<Activity> RecordReads::activities(Id recordId)
{
    QList<Activity> activities;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, title, due_at, done, record_id, conversation_id,"
                             " owner_id, created_by, created_at, updated_at FROM activities"
                             " WHERE record_id = ? ORDER BY done, due_at = 0, due_at, id"));
    q.addBindValue(recordId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return activities;
    }
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toLongLong();
        activityKindFromName(q.value(1).toString(), &a.kind);
        a.title = q.value(2).toString();
        a.dueAt = q.value(3).toLongLong();
        a.done = q.value(4).toBool();
        a.recordId = q.value(5).toLongLong();
        a.conversationId = q.value(6).toLongLong();
        a.ownerId = q.value(7).toLongLong();
        a.createdBy = q.value(8).toLongLong();
        a.createdAt = q.value(9).toLongLong();
        a.updatedAt = q.value(10).toLongLong();
        activities.append(a);
    }
    return activities;
}

QList<Message> RecordReads::notes(Id conversationId)
{
    QList<Message> notes;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND kind = ?"
                             " ORDER BY created_at DESC, id DESC")
                  .arg(messageColumns()));
    q.addBindValue(conversationId);
    q.addBindValue(messageKindName(MessageKind::Note));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return notes;
    }
    while (q.next())
        notes.append(readMessage(q));
    return notes;
}

} // namespace parley
