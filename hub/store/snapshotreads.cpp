#include "hub/store/snapshotreads.h"

#include "core/protocol/entitycodec.h"
#include "core/storage/entityrows.h"
#include "hub/store/agentrepository.h"
#include "hub/store/channelrepository.h"
#include "hub/store/labelrepository.h"
#include "hub/store/recordrepository.h"
#include "hub/store/savedviewrepository.h"
#include "hub/store/templaterepository.h"

#include <QHash>
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

// Ids as an SQL list, written in rather than bound: they are integers the store itself gave,
// and each slice's list is another statement anyway.
QString snapshotIdList(const QList<Id> &ids)
{
    QString list;
    for (Id id : ids) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    return list;
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
    // Empty only at the end: a slice whose conversations could not be read is skipped, not
    // taken for the end of them all.
    QList<Event> out;
    while (out.isEmpty() && m_conversationAt < m_conversationOrder.size())
        out = conversationSlice(limit);
    return out;
}

QList<Event> SnapshotReads::conversationSlice(int limit)
{
    QList<Event> out;
    const int end = int(qMin<qsizetype>(m_conversationOrder.size(), m_conversationAt + limit));
    const QList<Id> ids = m_conversationOrder.mid(m_conversationAt, end - m_conversationAt);
    m_conversationAt = end;
    // A slice in two statements, not two per conversation (200,000 runs for 100,000
    // conversations, each with its binding). The ids are the store's own integers.
    const QString idList = snapshotIdList(ids);
    QHash<Id, Conversation> conversations;
    QSqlQuery rows =
        m_db.exec(QStringLiteral("SELECT %1, c.customer_user_id, c.marketing_stopped_at"
                                 " FROM conversations c WHERE c.id IN (%2)")
                      .arg(conversationColumns(), idList));
    const int extrasAt = int(conversationColumns().count(QLatin1Char(','))) + 1;
    while (rows.next()) {
        Conversation conversation = readConversation(rows);
        conversation.customerUserId = rows.value(extrasAt).toString();
        conversation.marketingStoppedAt = rows.value(extrasAt + 1).toLongLong();
        conversations.insert(conversation.id, conversation);
    }
    // Each conversation's newest messages, oldest first, and one more than is sent: it tells
    // whether older ones are left for later. The ranking reads only the index
    // (messages_by_conversation holds the id); the rows read are the ones sent.
    QHash<Id, QList<Message>> newest;
    QSqlQuery messages = m_db.exec(
        QStringLiteral("SELECT %1%2 FROM messages WHERE id IN (SELECT id FROM (SELECT id,"
                       " row_number() OVER (PARTITION BY conversation_id ORDER BY id DESC)"
                       " AS newest FROM messages WHERE conversation_id IN (%3)) ranked"
                       " WHERE newest <= %4) ORDER BY conversation_id, id")
            .arg(messageColumns(), messageContentColumns(), idList)
            .arg(m_newestMessages + 1));
    const int contentAt = messageColumnCount();
    while (messages.next()) {
        Message message = readMessage(messages);
        readMessageContent(messages, contentAt, &message);
        newest[message.conversationId].append(message);
    }
    for (Id id : ids) {
        const auto conversation = conversations.constFind(id);
        if (conversation == conversations.cend())
            continue; // deleted before the snapshot's moment
        out.append(entity(EventType::ConversationUpdated, toJson(*conversation)));
        QList<Message> &sent = newest[id];
        if (sent.size() > m_newestMessages) {
            sent.removeFirst();
            m_olderHistory.append(id);
        }
        for (const Message &message : std::as_const(sent))
            out.append(entity(EventType::MessageCreated, toJson(message)));
    }
    return out;
}

QList<Event> SnapshotReads::records(int limit)
{
    QList<Event> out;
    RecordRepository records(m_db);
    const QList<Record> page = records.list(std::nullopt, QString(), limit, m_recordsBefore);
    if (page.isEmpty())
        return out;
    // The slice's activities in one read (one per record took a statement each).
    QList<Id> ids;
    for (const Record &record : page)
        ids.append(record.id);
    QHash<Id, QList<Activity>> activities;
    QSqlQuery rows = m_db.exec(QStringLiteral("SELECT %1 FROM activities WHERE record_id IN (%2)"
                                              " ORDER BY record_id, done, due_at = 0, due_at, id")
                                   .arg(activityColumns(), snapshotIdList(ids)));
    while (rows.next()) {
        const Activity activity = readActivity(rows);
        activities[activity.recordId].append(activity);
    }
    for (const Record &record : page) {
        out.append(entity(EventType::RecordUpdated, toJson(record)));
        for (const Activity &activity : activities.value(record.id))
            out.append(entity(EventType::ActivityUpdated, toJson(activity)));
        m_recordsBefore = record.id;
    }
    return out;
}

} // namespace parley::hub
