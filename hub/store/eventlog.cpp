#include "hub/store/eventlog.h"

#include <QJsonDocument>

namespace parley::hub {

qint64 EventLog::append(const QString &type, const QJsonObject &data, TimestampMs now)
{
    CachedQuery query = m_db.query(
        QStringLiteral("INSERT INTO events (type, data, created_at) VALUES (?, ?, ?) "
                       "RETURNING seq"),
        {type, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), now});
    if (!query.isActive() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

SyncBatch EventLog::after(qint64 since, int limit)
{
    SyncBatch batch;
    batch.next = since;
    CachedQuery query = m_db.query(
        QStringLiteral("SELECT seq, type, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?"),
        {since, limit});
    while (query.next()) {
        Event event;
        event.seq = query.value(0).toLongLong();
        event.type = query.value(1).toString();
        event.data = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        batch.events.append(event);
        batch.next = event.seq;
    }
    return batch;
}

qint64 EventLog::lastSeq()
{
    return m_db.scalar(QStringLiteral("SELECT max(seq) FROM events"), {}, 0).toLongLong();
}

} // namespace parley::hub
