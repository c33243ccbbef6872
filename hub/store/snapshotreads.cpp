#include "hub/store/snapshotreads.h"

#include "core/protocol/entitycodec.h"
#include "hub/store/agentrepository.h"
#include "hub/store/channelrepository.h"
#include "hub/store/conversationrepository.h"
#include "hub/store/labelrepository.h"
#include "hub/store/recordrepository.h"
#include "hub/store/savedviewrepository.h"
#include "hub/store/templaterepository.h"

#include <QSqlError>

namespace parley::hub {
namespace {

Event entity(const QString &type, const QJsonObject &data)
{
    Event event;
    event.type = type;
    event.data = data;
    return event;
}

} // namespace

std::unique_ptr<SnapshotReads> SnapshotReads::open(const QString &dataDir,
                                                   const QString &databaseUrl, int newestMessages,
                                                   QString *error)
{
    std::unique_ptr<SnapshotReads> reads(new SnapshotReads(newestMessages));
    if (!reads->m_db.open(dataDir, databaseUrl)) {
        *error = reads->m_db.errorString();
        return nullptr;
    }
    if (!reads->begin(error))
        return nullptr;
    return reads;
}

SnapshotReads::~SnapshotReads()
{
    // Read only: nothing to keep. Ends the snapshot, so SQLite may checkpoint past it again.
    m_db.db().rollback();
}

bool SnapshotReads::begin(QString *error)
{
    if (!m_db.db().transaction()) {
        *error = m_db.db().lastError().text();
        return false;
    }
    // SQLite's BEGIN is deferred: the first read below fixes the snapshot. PostgreSQL needs
    // the isolation level said before the transaction's first query.
    if (m_db.dialect() == HubDatabase::Dialect::Postgres &&
        !m_db.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
             .isActive()) {
        *error = m_db.errorString();
        return false;
    }
    QSqlQuery seq = m_db.exec(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM events"));
    if (!seq.next()) {
        *error = m_db.errorString();
        return false;
    }
    m_seq = seq.value(0).toLongLong();
    QSqlQuery order = m_db.exec(
        QStringLiteral("SELECT id FROM conversations ORDER BY last_message_at DESC, id DESC"));
    if (!order.isActive()) {
        *error = m_db.errorString();
        return false;
    }
    while (order.next())
        m_conversationOrder.append(order.value(0).toLongLong());
    return true;
}

QList<Event> SnapshotReads::next(int limit)
{
    for (;;) {
        QList<Event> slice;
        switch (m_phase) {
        case Phase::SmallTables:
            slice = smallTables();
            m_phase = Phase::Conversations;
            break;
        case Phase::Conversations:
            slice = conversations(limit);
            if (slice.isEmpty())
                m_phase = Phase::Records;
            break;
        case Phase::Records:
            slice = records(limit);
            if (slice.isEmpty())
                m_phase = Phase::Done;
            break;
        case Phase::Done:
            return {};
        }
        if (!slice.isEmpty())
            return slice;
    }
}

QList<Event> SnapshotReads::smallTables()
{
    QList<Event> out;
    for (const Agent &agent : AgentRepository(m_db).all())
        out.append(entity(EventType::AgentUpdated, toJson(agent)));
    for (const ChannelConfig &config : ChannelRepository(m_db).all())
        out.append(entity(EventType::ChannelUpdated, toJson(config.channel)));
    for (const MessageTemplate &t : TemplateRepository(m_db).all())
        out.append(entity(EventType::TemplateUpdated, toJson(t)));
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, module, body, created_by, updated_at"
                                           " FROM predefined_texts ORDER BY id"));
    while (q.next()) {
        PredefinedText t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        moduleFromName(q.value(2).toString(), &t.module);
        t.body = q.value(3).toString();
        t.createdBy = q.value(4).toLongLong();
        t.updatedAt = q.value(5).toLongLong();
        out.append(entity(EventType::PredefinedTextUpdated, toJson(t)));
    }
    // Issue #12: labels, and saved views (each agent's own and the shared ones: AgentFeed).
    for (const Label &label : LabelRepository(m_db).all())
        out.append(entity(EventType::LabelUpdated, toJson(label)));
    for (const SavedView &view : SavedViewRepository(m_db).all())
        out.append(entity(EventType::SavedViewUpdated, toJson(view)));
    return out;
}

QList<Event> SnapshotReads::conversations(int limit)
{
    QList<Event> out;
    ConversationRepository conversations(m_db);
    const int end = int(qMin<qsizetype>(m_conversationOrder.size(), m_conversationAt + limit));
    for (; m_conversationAt < end; ++m_conversationAt) {
        const Id id = m_conversationOrder.at(m_conversationAt);
        const std::optional<Conversation> conversation = conversations.byId(id);
        if (!conversation)
            continue;
        out.append(entity(EventType::ConversationUpdated, toJson(*conversation)));
        // One more than is sent tells whether older ones are left for later.
        QList<Message> messages = conversations.messagesBeforeId(id, m_newestMessages + 1, 0);
        if (messages.size() > m_newestMessages) {
            messages.removeFirst();
            m_olderHistory.append(id);
        }
        for (const Message &message : messages)
            out.append(entity(EventType::MessageCreated, toJson(message)));
    }
    return out;
}

QList<Event> SnapshotReads::records(int limit)
{
    QList<Event> out;
    RecordRepository records(m_db);
    const QList<Record> page = records.list(std::nullopt, QString(), limit, m_recordsBefore);
    for (const Record &record : page) {
        out.append(entity(EventType::RecordUpdated, toJson(record)));
        for (const Activity &activity : records.activitiesOf(record.id))
            out.append(entity(EventType::ActivityUpdated, toJson(activity)));
        m_recordsBefore = record.id;
    }
    return out;
}

} // namespace parley::hub
