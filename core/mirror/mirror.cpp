#include "core/mirror/mirror.h"

#include "core/logging.h"
#include "core/mirror/eventapplier.h"
#include "core/mirror/localstore.h"
#include "core/mirror/mirrorschema.h"
#include "core/mirror/sqlthreadprobe.h"
#include "core/storage/sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace parley {

Mirror::Mirror()
    : m_connection(QStringLiteral("mirror-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Mirror::~Mirror()
{
    close();
}

Mirror::OpenStatus Mirror::fail(OpenStatus status, const QString &error)
{
    m_error = error;
    close();
    return status;
}

Mirror::OpenStatus Mirror::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(OpenStatus::Failed,
                    QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(OpenStatus::Failed, sqlFailure(lcMirror(), m_db.lastError()));
    SqlThreadProbe::install(m_db);

    // The first read of the file: a file that is not a database, or whose schema pages are
    // damaged, fails here (SQLITE_NOTADB / SQLITE_CORRUPT) and is reported for a rebuild.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return fail(OpenStatus::Damaged, sqlFailure(lcMirror(), query));
    query.finish();

    const int version = mirrorVersion(m_db);
    if (version > latestMirrorVersion())
        return fail(
            OpenStatus::TooNew,
            QStringLiteral("the mirror was written by a newer Parley (version %1)").arg(version));

    // WAL lets the UI read while the sync worker writes; NORMAL sync is durable across an app
    // crash and loses at most the last transactions on power loss, which the hub resends. The
    // WAL is copied back into the file (and both synced) every 64 MB instead of every 4 MB: a
    // first sync's batch dirties up to a thousand pages (a conversation touches a page of each
    // of its eight indexes), so SQLite's default checkpointed after nearly every batch, waiting
    // for the disk each time; pages written again between two checkpoints are copied once.
    // The WAL file is cut back to that size after a checkpoint.
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY",
          "PRAGMA cache_size = -32000", "PRAGMA foreign_keys = OFF",
          "PRAGMA wal_autocheckpoint = 16384", "PRAGMA journal_size_limit = 67108864"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(OpenStatus::Failed, sqlFailure(lcMirror(), query));
    }

    // The local store before the migrations: step 7 moves the outbox and its kin into it.
    QString error;
    switch (attachLocalStore(m_db, path, &error)) {
    case LocalStoreStatus::Ok:
        break;
    case LocalStoreStatus::Damaged:
        return fail(OpenStatus::Damaged, error);
    case LocalStoreStatus::Failed:
        return fail(OpenStatus::Failed, error);
    }
    if (!migrateMirror(m_db, &error))
        return fail(OpenStatus::Failed, error);

    // A mirror whose tables the migrations did not make (another program's database at this
    // path, or a dropped table) is as good as damaged.
    for (const char *table : {"sync_state", "conversations", "messages", "message_search"}) {
        if (!m_db.tables(QSql::AllTables).contains(QLatin1String(table)))
            return fail(OpenStatus::Damaged,
                        QStringLiteral("table %1 is missing").arg(QLatin1String(table)));
    }

    m_applier = std::make_unique<EventApplier>(m_db);
    if (!m_applier->prepare(&error))
        return fail(OpenStatus::Damaged, error);
    return OpenStatus::Ok;
}

void Mirror::close()
{
    m_applier.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Mirror::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool Mirror::verify()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        m_error = sqlFailure(lcMirror(), query);
        return false;
    }
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    m_error = problems.join(QLatin1Char('\n'));
    return false;
}

bool Mirror::discard(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            ok = false;
    }
    return ok;
}

qint64 Mirror::lastSeq()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'last_seq'"))) {
        sqlFailure(lcMirror(), query);
        return 0;
    }
    if (!query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool Mirror::apply(const SyncBatch &batch, MirrorChanges *changes)
{
    MirrorChanges local;
    MirrorChanges *out = changes ? changes : &local;
    *out = MirrorChanges();
    if (!m_db.transaction()) {
        m_error = sqlFailure(lcMirror(), m_db.lastError());
        return false;
    }
    const qint64 from = lastSeq();
    qint64 seq = from;
    QString error;
    for (const Event &event : batch.events) {
        if (event.seq <= seq)
            continue;
        if (!m_applier->apply(event, out, &error)) {
            m_error = error;
            m_db.rollback();
            m_applier->discardBatch();
            *out = MirrorChanges();
            return false;
        }
        seq = event.seq;
    }
    if (!m_applier->finishBatch(&error)) {
        m_error = error;
        m_db.rollback();
        *out = MirrorChanges();
        return false;
    }
    seq = qMax(seq, batch.next);
    if (seq != from) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'last_seq'"));
        query.addBindValue(seq);
        if (!query.exec()) {
            m_error = sqlFailure(lcMirror(), query);
            m_db.rollback();
            *out = MirrorChanges();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_error = sqlFailure(lcMirror(), m_db.lastError());
        m_db.rollback();
        *out = MirrorChanges();
        return false;
    }
    return true;
}

bool Mirror::indexSearchBacklog()
{
    if (!m_db.transaction()) {
        m_error = sqlFailure(lcMirror(), m_db.lastError());
        return false;
    }
    QString error;
    if (!m_applier->indexBacklog(&error)) {
        m_error = error;
        m_db.rollback();
        return false;
    }
    if (m_db.commit())
        return true;
    m_error = sqlFailure(lcMirror(), m_db.lastError());
    m_db.rollback();
    return false;
}

bool Mirror::applyEntities(const QList<Event> &events, MirrorChanges *out)
{
    QString error;
    for (const Event &event : events) {
        if (!m_applier->apply(event, out, &error)) {
            m_error = error;
            m_applier->discardBatch();
            return false;
        }
    }
    if (!m_applier->finishBatch(&error)) {
        m_error = error;
        return false;
    }
    return true;
}

bool Mirror::setLastSeq(qint64 seq)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'last_seq'"));
    query.addBindValue(seq);
    if (query.exec())
        return true;
    m_error = sqlFailure(lcMirror(), query);
    return false;
}

bool Mirror::commitOrRollback(MirrorChanges *out)
{
    if (m_db.commit())
        return true;
    m_error = sqlFailure(lcMirror(), m_db.lastError());
    m_db.rollback();
    *out = MirrorChanges();
    return false;
}

bool Mirror::applySnapshot(const SnapshotFrame &frame, MirrorChanges *changes)
{
    MirrorChanges local;
    MirrorChanges *out = changes ? changes : &local;
    *out = MirrorChanges();
    if (!m_db.transaction()) {
        m_error = sqlFailure(lcMirror(), m_db.lastError());
        return false;
    }
    bool ok = applyEntities(frame.events, out);
    QSqlQuery older(m_db);
    if (ok && !frame.olderHistory.isEmpty()) {
        older.prepare(QStringLiteral("INSERT INTO older_history (conversation_id) VALUES (?)"
                                     " ON CONFLICT DO NOTHING"));
        for (int i = 0; ok && i < frame.olderHistory.size(); ++i) {
            older.bindValue(0, frame.olderHistory.at(i));
            ok = older.exec();
        }
        if (!ok)
            m_error = sqlFailure(lcMirror(), older);
    }
    // Only forward: a snapshot never takes the position back.
    if (ok && frame.isLast() && frame.seq > lastSeq())
        ok = setLastSeq(frame.seq);
    if (!ok) {
        m_db.rollback();
        *out = MirrorChanges();
        return false;
    }
    return commitOrRollback(out);
}

bool Mirror::applyOlderHistory(const OlderHistoryPage &page, MirrorChanges *changes)
{
    MirrorChanges local;
    MirrorChanges *out = changes ? changes : &local;
    *out = MirrorChanges();
    if (!m_db.transaction()) {
        m_error = sqlFailure(lcMirror(), m_db.lastError());
        return false;
    }
    QList<Event> messages;
    for (const OlderHistoryPart &part : page.conversations) {
        for (const QJsonObject &message : part.messages)
            messages.append({0, EventType::MessageCreated, message});
    }
    bool ok = applyEntities(messages, out);
    if (ok) {
        QSqlQuery done(m_db);
        ok = done.prepare(QStringLiteral("DELETE FROM older_history WHERE conversation_id = ?"));
        for (int i = 0; ok && i < page.conversations.size(); ++i) {
            if (!page.conversations.at(i).complete)
                continue;
            done.bindValue(0, page.conversations.at(i).conversationId);
            ok = done.exec();
        }
        if (!ok)
            m_error = sqlFailure(lcMirror(), done);
    }
    if (!ok) {
        m_db.rollback();
        *out = MirrorChanges();
        return false;
    }
    return commitOrRollback(out);
}

QList<Id> Mirror::olderHistory(int limit)
{
    QList<Id> ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT o.conversation_id FROM older_history o LEFT JOIN conversations c"
        " ON c.id = o.conversation_id ORDER BY c.last_message_at DESC, o.conversation_id DESC"
        " LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = sqlFailure(lcMirror(), query);
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<OlderHistoryCursor> Mirror::olderHistoryCursors(int limit)
{
    QList<OlderHistoryCursor> cursors;
    QSqlQuery query(m_db);
    // The oldest message is looked up for the conversations picked only: in the select list of
    // the sorted query it was looked up for every listed one (10,000 at 1 M messages) per page.
    query.prepare(QStringLiteral(
        "SELECT p.conversation_id, COALESCE((SELECT min(m.id) FROM messages m"
        " WHERE m.conversation_id = p.conversation_id), 0) FROM (SELECT o.conversation_id,"
        " c.last_message_at AS at FROM older_history o LEFT JOIN conversations c"
        " ON c.id = o.conversation_id ORDER BY c.last_message_at DESC, o.conversation_id DESC"
        " LIMIT ?) p ORDER BY p.at DESC, p.conversation_id DESC"));
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = sqlFailure(lcMirror(), query);
        return cursors;
    }
    while (query.next())
        cursors.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return cursors;
}

Id Mirror::oldestMessageId(Id conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT min(id) FROM messages WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool Mirror::forgetOlderHistory(Id conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM older_history WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    if (query.exec())
        return true;
    m_error = sqlFailure(lcMirror(), query);
    return false;
}

} // namespace parley
