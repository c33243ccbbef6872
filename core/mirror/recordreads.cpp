#include "core/mirror/recordreads.h"

#include "core/domain/recordlinks.h"
#include "core/logging.h"
#include "core/storage/entityrows.h"
#include "core/storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parley {

QList<Record> RecordReads::readRecords(QSqlQuery &q)
{
    QList<Record> records;
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return records;
    }
    while (q.next())
        records.append(readRecord(q));
    return records;
}

std::optional<Record> RecordReads::record(Id id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(recordColumns()));
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
                  .arg(recordColumns()));
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
                  .arg(recordColumns()));
    q.addBindValue(moduleName(module));
    q.addBindValue(limit);
    return readRecords(q);
}

QList<Record> RecordReads::browse(const RecordQuery &query)
{
    // The fields are one JSON object per record: matching its text finds a value in any field
    // (and a field's name, which only widens a search). LIKE folds ASCII case; the pattern's own
    // wildcards are escaped so that "50%" means "50%".
    QString where = QStringLiteral("module = ?");
    QVariantList values{moduleName(query.module)};
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        QString pattern = search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where += QStringLiteral(" AND fields LIKE ? ESCAPE '\\'");
        values << QStringLiteral("%") + pattern + QStringLiteral("%");
    }
    if (query.ownerId > 0) {
        where += QStringLiteral(" AND owner_id = ?");
        values << query.ownerId;
    }
    if (query.beforeId > 0) {
        where += QStringLiteral(" AND id < ?");
        values << query.beforeId;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE %2 ORDER BY id DESC LIMIT ?")
                  .arg(recordColumns(), where));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(qBound(1, query.limit, 500));
    return readRecords(q);
}

QList<Conversation> RecordReads::conversationsOf(Id recordId)
{
    QList<Conversation> conversations;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations c WHERE c.record_id = ?"
                             " ORDER BY c.last_message_at DESC, c.id DESC")
                  .arg(conversationColumns()));
    q.addBindValue(recordId);
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return conversations;
    }
    while (q.next())
        conversations.append(readConversation(q));
    return conversations;
}

QList<Activity> RecordReads::activities(Id recordId)
{
    QList<Activity> activities;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM activities WHERE record_id = ?"
                             " ORDER BY done, due_at = 0, due_at, id")
                  .arg(activityColumns()));
    q.addBindValue(recordId);
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return activities;
    }
    while (q.next())
        activities.append(readActivity(q));
    return activities;
}

QList<Message> RecordReads::notes(Id conversationId)
{
    QList<Message> notes;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Owner and status lines are notes on the wire (core/domain/teamline.h), not the team's.
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND kind = ?"
                             " AND json_extract(details, '$.team_line') IS NULL"
                             " ORDER BY created_at DESC, id DESC")
                  .arg(messageColumns()));
    q.addBindValue(conversationId);
    q.addBindValue(messageKindName(MessageKind::Note));
    if (!q.exec()) {
        m_error = sqlFailure(lcMirror(), q);
        return notes;
    }
    while (q.next())
        notes.append(readMessage(q));
    return notes;
}

} // namespace parley
