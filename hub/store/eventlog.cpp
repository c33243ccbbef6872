#include "hub/store/eventlog.h"

#include "hub/store/advisorylocks.h"

#include <QJsonDocument>

namespace parley::hub {

namespace {

QString appendSql(HubDatabase::Dialect dialect)
{
    if (dialect == HubDatabase::Dialect::Sqlite) // one writer at a time: seqs commit in order
        return QStringLiteral("INSERT INTO events (type, data, created_at) VALUES (?, ?, ?) "
                              "RETURNING seq");
    // Several hubs write at once (docs/architecture.md, "The event log under several writers"):
    // the seq is drawn under a transaction lock held until the commit, so events commit in seq
    // order and a reader that has seen seq N never later meets a commit below N. The notice
    // tells the other hubs' streams (CommitNotices); PostgreSQL sends it at the commit, once per
    // transaction however many events it appends.
    return QStringLiteral("WITH turn AS (SELECT pg_advisory_xact_lock(%1),"
                          " pg_notify('%2', CAST(? AS TEXT)))"
                          " INSERT INTO events (type, data, created_at)"
                          " SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT) FROM turn"
                          " RETURNING seq")
        .arg(advisory::eventTurn)
        .arg(QLatin1String(EventLog::noticeChannel));
}

} // namespace

qint64 EventLog::append(const QString &type, const QJsonObject &data, TimestampMs now)
{
    return appendJson(type, QJsonDocument(data).toJson(QJsonDocument::Compact), now);
}

qint64 EventLog::appendJson(const QString &type, const QByteArray &compact, TimestampMs now)
{
    const QString json = QString::fromUtf8(compact);
    const QVariantList values = m_db.dialect() == HubDatabase::Dialect::Postgres
                                    ? QVariantList{m_noticePayload, type, json, now}
                                    : QVariantList{type, json, now};
    QVariant seq;
    if (m_db.first(appendSql(m_db.dialect()), values, &seq) != HubDatabase::Fetched::Row)
        return 0;
    return seq.toLongLong();
}

SyncBatch EventLog::after(qint64 since, int limit)
{
    return after(since, limit, nullptr);
}

SyncBatch EventLog::after(qint64 since, int limit, bool (*wantsData)(const QString &type))
{
    SyncBatch batch;
    batch.next = since;
    m_db.eachRow(QStringLiteral("SELECT seq, type, data FROM events WHERE seq > ? AND seq <= ?"
                                " ORDER BY seq LIMIT ?"),
                 {since, m_readCeiling, limit}, [&batch, wantsData](const auto &row) {
                     Event event;
                     event.seq = row.value(0).toLongLong();
                     event.type = row.value(1).toString();
                     if (!wantsData || wantsData(event.type))
                         event.data =
                             QJsonDocument::fromJson(row.value(2).toString().toUtf8()).object();
                     batch.events.append(event);
                     batch.next = event.seq;
                 });
    return batch;
}

qint64 EventLog::lastSeq()
{
    return m_db.scalar(QStringLiteral("SELECT max(seq) FROM events"), {}, 0).toLongLong();
}

} // namespace parley::hub
