#include "bench/mirror/applybenchmark.h"

#include "bench/mirror/datagenerator.h"
#include "bench/mirror/measure.h"
#include "bench/mirror/sqlite3cli.h"
#include "bench/mirror/sqltext.h"
#include "bench/mirror/vocabulary.h"
#include "core/filter/filtersql.h"
#include "core/mirror/applierstatements.h"
#include "core/mirror/mirror.h"
#include "core/mirror/searchfold.h"
#include "core/protocol/entitycodec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

namespace parley {
namespace {

QString insertStatement(const char *table, const char *columns, const QVariantList &values)
{
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (")
                      .arg(QLatin1String(table), QLatin1String(columns));
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            sql += QLatin1String(", ");
        sql += sqlLiteral(values.at(i));
    }
    return sql + QLatin1String(");\n");
}

// The columns and values the mirror's EventApplier writes for the same entity.
QString insertStatement(const Message &m)
{
    return insertStatement(
        "messages",
        "id, conversation_id, direction, kind, text, state, failure_code, failure_reason,"
        " author_id, wamid, client_id, media_id, media_mime, media_name, media_size,"
        " media_sha256, media_caption, created_at, search_text",
        {m.id, m.conversationId, directionName(m.direction), messageKindName(m.kind), m.text,
         deliveryStateName(m.state), m.failureCode, m.failureReason, m.authorId, m.wamid,
         m.clientId, m.media.mediaId, m.media.mimeType, m.media.fileName, m.media.size,
         m.media.sha256, m.media.caption, m.createdAt, foldForSearch(m.text)});
}

QString insertStatement(const Conversation &c)
{
    return insertStatement(
        "conversations",
        "id, channel_id, customer_number, customer_name, record_module, record_id, status,"
        " owner_id, department, last_inbound_at, last_outbound_at, last_message_at,"
        " last_message_text, last_replied_by, unread_count",
        {c.id, c.channelId, c.customerNumber, c.customerName, c.recordModule, c.recordId,
         conversationStatusName(c.status), c.ownerId, c.department, c.lastInboundAt,
         c.lastOutboundAt, c.lastMessageAt, c.lastMessageText, c.lastRepliedBy, c.unreadCount});
}

// Collects one sync page's worth of events and the same rows as SQL, then hands both on.
class BatchWriter {
public:
    BatchWriter(Mirror &mirror, QFile &inserts, int batchSize)
        : m_mirror(mirror), m_inserts(inserts), m_batchSize(batchSize)
    {}

    // `indexRows` (the message's full-text row, when the schema has no trigger for it) go after
    // the batch's other rows, as the applier writes them (finishBatch): a statement with a
    // trigger (a conversation's insert, step 18) makes FTS5 flush what is pending, and full-text
    // rows between them would be flushed a conversation at a time.
    bool add(const QString &type, const QJsonObject &data, const QString &insert, QString *error,
             const QString &indexRows = {})
    {
        m_batch.events.append({++m_seq, type, data});
        m_sql += insert;
        m_indexSql += indexRows;
        return m_batch.events.size() < m_batchSize || flush(error);
    }

    bool flush(QString *error)
    {
        if (m_batch.events.isEmpty())
            return true;
        m_batch.next = m_seq;
        const double cpuBefore = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        const bool applied = m_mirror.apply(m_batch);
        m_applyNs += timer.nsecsElapsed();
        m_applyCpuMs += threadCpuMs() - cpuBefore;
        if (!applied) {
            *error = QStringLiteral("Mirror::apply failed: %1").arg(m_mirror.errorString());
            return false;
        }
        // The applier ends each batch by indexing the names and numbers of its new
        // conversations (mirror step 18; the baseline's triggers queue them alike), then the
        // messages' full-text rows.
        const QByteArray sql =
            "BEGIN;\n" + m_sql.toUtf8() + applier::indexWaitingNamesSql().toUtf8() + ";\n" +
            applier::clearWaitingNamesSql().toUtf8() + ";\n" + m_indexSql.toUtf8() + "COMMIT;\n";
        if (m_inserts.write(sql) != sql.size()) {
            *error = QStringLiteral("cannot write %1").arg(m_inserts.fileName());
            return false;
        }
        m_rows += m_batch.events.size();
        m_batch.events.clear();
        m_sql.clear();
        m_indexSql.clear();
        return true;
    }

    qint64 applyNs() const { return m_applyNs; }
    double applyCpuMs() const { return m_applyCpuMs; }
    qint64 rows() const { return m_rows; }

private:
    Mirror &m_mirror;
    QFile &m_inserts;
    int m_batchSize;
    SyncBatch m_batch;
    QString m_sql;
    QString m_indexSql;
    qint64 m_seq = 0;
    qint64 m_applyNs = 0;
    double m_applyCpuMs = 0;
    qint64 m_rows = 0;
};

// Rows of both tables, full-text hits of one word, and the rows of the name index and its
// backlog: equal on both files only if both sides did the same work, the indexes included.
QString countsSql()
{
    return QStringLiteral("SELECT (SELECT count(*) FROM conversations) || ' ' ||"
                          " (SELECT count(*) FROM messages) || ' ' ||"
                          " (SELECT count(*) FROM message_search WHERE message_search MATCH %1"
                          " AND instr(search_text, %2) > 0) || ' ' ||"
                          " (SELECT count(*) FROM conversation_search) || ' ' ||"
                          " (SELECT count(*) FROM conversation_search_backlog)")
        .arg(sqlLiteral(fullTextQuery(foldForSearch(vocabulary::chineseSearchWord))),
             sqlLiteral(foldForSearch(vocabulary::chineseSearchWord)));
}

bool countRows(QSqlDatabase db, QString *counts)
{
    QSqlQuery query(db);
    if (!query.exec(countsSql()) || !query.next())
        return false;
    *counts = query.value(0).toString();
    return true;
}

// Whether the schema fills the full-text index by trigger. If a later schema indexes from code
// instead, the baseline must write the index rows itself to do the same work.
bool indexedByTrigger(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral(
               "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = "
               "'messages' AND sql LIKE '%AFTER INSERT%message_search%'")) &&
           query.next() && query.value(0).toInt() > 0;
}

} // namespace

QStringList mirrorPragmas()
{
    return {QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
            QStringLiteral("PRAGMA cache_size = -32000"),
            QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral("PRAGMA wal_autocheckpoint = 16384"),
            QStringLiteral("PRAGMA journal_size_limit = 67108864")};
}

bool runApplyBenchmark(DataGenerator &generator, Mirror &mirror, const QString &baselinePath,
                       const QString &insertsPath, const Sqlite3Cli &cli, int batchSize,
                       ApplyFigures *figures, QString *error)
{
    // Mirror::open lays out the baseline so that schema, triggers and FTS match to the byte.
    bool baselineNeedsIndexRows = false;
    {
        Mirror baseline;
        if (baseline.open(baselinePath) != Mirror::OpenStatus::Ok) {
            *error =
                QStringLiteral("cannot create %1: %2").arg(baselinePath, baseline.errorString());
            return false;
        }
        baselineNeedsIndexRows = !indexedByTrigger(baseline.database());
    }

    QFile inserts(insertsPath);
    if (!inserts.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(insertsPath, inserts.errorString());
        return false;
    }
    for (const QString &pragma : mirrorPragmas())
        inserts.write(pragma.toUtf8() + ";\n");

    BatchWriter writer(mirror, inserts, batchSize);
    GeneratedConversation generated;
    while (generator.next(&generated)) {
        for (const Message &message : std::as_const(generated.messages)) {
            const QString indexRows =
                baselineNeedsIndexRows ? insertStatement("message_search", "rowid, search_text",
                                                         {message.id, foldForSearch(message.text)})
                                       : QString();
            if (!writer.add(EventType::MessageCreated, toJson(message), insertStatement(message),
                            error, indexRows))
                return false;
        }
        if (!writer.add(EventType::ConversationUpdated, toJson(generated.conversation),
                        insertStatement(generated.conversation), error))
            return false;
    }
    if (!writer.flush(error))
        return false;
    inserts.close();
    // The index is complete only once the backlog is indexed: timed on its own, so that both
    // the rate the rows arrive at and the rate to a fully indexed mirror can be given.
    {
        QSqlQuery waiting(mirror.database());
        if (!waiting.exec(QStringLiteral("SELECT count(*) FROM search_backlog")) ||
            !waiting.next()) {
            *error = QStringLiteral("cannot count the search backlog");
            return false;
        }
        figures->backlog = waiting.value(0).toLongLong();
    }
    const double backlogCpuBefore = threadCpuMs();
    QElapsedTimer backlogTimer;
    backlogTimer.start();
    if (!mirror.indexSearchBacklog()) {
        *error = QStringLiteral("indexing the backlog failed: %1").arg(mirror.errorString());
        return false;
    }
    figures->backlogNs = backlogTimer.nsecsElapsed();
    figures->backlogCpuMs = threadCpuMs() - backlogCpuBefore;

    figures->rows = writer.rows();
    figures->parleyNs = writer.applyNs();
    figures->parleyCpuMs = writer.applyCpuMs();
    Sqlite3Cli::Cost baselineCost;
    if (!cli.runScript(baselinePath, insertsPath, nullptr, error, &baselineCost))
        return false;
    figures->sqlite3Ns = baselineCost.wallNs;
    figures->sqlite3CpuMs = baselineCost.cpuMs;

    // Both files must now hold the same rows, or the two timings measured different work.
    const QString countsPath = insertsPath + QStringLiteral(".count.sql");
    QFile countScript(countsPath);
    if (!countScript.open(QIODevice::WriteOnly) ||
        countScript.write(countsSql().toUtf8() + ";\n") < 0) {
        *error = QStringLiteral("cannot write %1").arg(countsPath);
        return false;
    }
    countScript.close();
    QString mirrorCounts;
    QByteArray baselineCounts;
    if (!countRows(mirror.database(), &mirrorCounts) ||
        !cli.runScript(baselinePath, countsPath, &baselineCounts, error))
        return false;
    if (QString::fromUtf8(baselineCounts).trimmed() != mirrorCounts) {
        *error = QStringLiteral("MISMATCH: conversations, messages, full-text hits, indexed and"
                                " waiting names are %1 in the mirror but %2 in the sqlite3"
                                " baseline")
                     .arg(mirrorCounts, QString::fromUtf8(baselineCounts).trimmed());
        return false;
    }
    return true;
}

} // namespace parley
