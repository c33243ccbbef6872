#include "hub/store/agentviews.h"

#include <QStringList>

#include <optional>

namespace parley::hub {
namespace {

// "?, ?, ?" for `count` values; the ids themselves are bound, never spliced.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Bounded lists of bound values per statement: a page of events names at most a few hundred.
constexpr qsizetype chunkSize = 200;
// The stream reads the views once per agent and new page, and a page at the log's head names a
// conversation or two: those statements stay prepared (HubDatabase::query). Unprepared, one costs
// three round trips on PostgreSQL (QPSQL's PREPARE, EXECUTE and DEALLOCATE) instead of one.
// Longer lists are rare (a replay) and would each add a kept statement, so they are not kept.
constexpr qsizetype keptPreparedUpTo = 4;

template <typename Visit> bool forChunks(const QSet<Id> &ids, Visit visit)
{
    QList<Id> all(ids.begin(), ids.end());
    for (qsizetype from = 0; from < all.size(); from += chunkSize) {
        const QList<Id> chunk = all.mid(from, chunkSize);
        QVariantList values;
        for (Id id : chunk)
            values.append(id);
        if (!visit(placeholders(chunk.size()), values))
            return false;
    }
    return true;
}

// The unread count of an agent whose mark is `readThrough` (none: the shared count).
int unreadSinceMark(qint64 shared, qint64 customerMessages, std::optional<qint64> readThrough)
{
    if (!readThrough)
        return int(shared);
    return int(qBound<qint64>(0, customerMessages - *readThrough, shared));
}

} // namespace

AgentViews::ConversationView AgentViews::viewOf(const SharedConversation &conversation, Id agentId)
{
    const auto mark = conversation.readThrough.constFind(agentId);
    return {conversation.department, conversation.ownerId,
            unreadSinceMark(conversation.unread, conversation.customerMessages,
                            mark == conversation.readThrough.cend() ? std::nullopt
                                                                    : std::optional(*mark))};
}

QHash<Id, AgentViews::SharedConversation> AgentViews::conversationsForAll(const QSet<Id> &ids)
{
    // One row per conversation and reading agent (agent_reads_by_conversation): a team's marks
    // on a conversation are at most one per agent.
    QHash<Id, SharedConversation> out;
    forChunks(ids, [&](const QString &marks, const QVariantList &values) {
        const QString sql = QStringLiteral("SELECT c.id, c.department, c.owner_id, c.unread_count,"
                                           " c.customer_messages, r.agent_id, r.read_through FROM"
                                           " conversations c LEFT JOIN agent_reads r ON"
                                           " r.conversation_id = c.id WHERE c.id IN (%1)")
                                .arg(marks);
        CachedQuery q = values.size() <= keptPreparedUpTo ? m_db.query(sql, values)
                                                          : CachedQuery(m_db.exec(sql, values));
        while (q.next()) {
            const Id id = q.value(0).toLongLong();
            auto found = out.find(id);
            if (found == out.end()) {
                found = out.insert(id, {});
                found->department = q.value(1).toString();
                found->ownerId = q.value(2).toLongLong();
                found->unread = q.value(3).toLongLong();
                found->customerMessages = q.value(4).toLongLong();
            }
            if (!q.value(5).isNull())
                found->readThrough.insert(q.value(5).toLongLong(), q.value(6).toLongLong());
        }
        return q.isActive();
    });
    return out;
}

QHash<Id, AgentViews::ConversationView> AgentViews::conversations(Id agentId, const QSet<Id> &ids)
{
    // One agent's view is the shared read filtered to its mark: one statement for both uses.
    QHash<Id, ConversationView> out;
    const QHash<Id, SharedConversation> shared = conversationsForAll(ids);
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        out.insert(it.key(), viewOf(*it, agentId));
    return out;
}

QHash<Id, AgentViews::RecordView> AgentViews::records(const QSet<Id> &ids)
{
    QHash<Id, RecordView> out;
    forChunks(ids, [&](const QString &marks, const QVariantList &values) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT r.id, r.owner_id, c.department, c.owner_id"
                                               " FROM records r LEFT JOIN conversations c ON"
                                               " c.record_id = r.id WHERE r.id IN (%1)")
                                    .arg(marks),
                                values);
        while (q.next()) {
            RecordView &view = out[q.value(0).toLongLong()];
            view.ownerId = q.value(1).toLongLong();
            if (!q.value(2).isNull()) {
                view.departments.append(q.value(2).toString());
                view.owners.append(q.value(3).toLongLong());
            }
        }
        return q.isActive();
    });
    return out;
}

bool AgentViews::markRead(Id agentId, Id conversationId)
{
    return m_db.run(QStringLiteral("INSERT INTO agent_reads (agent_id, conversation_id,"
                                   " read_through) SELECT ?, id, customer_messages FROM"
                                   " conversations WHERE id = ? ON CONFLICT (agent_id,"
                                   " conversation_id) DO UPDATE SET read_through ="
                                   " excluded.read_through"),
                    {agentId, conversationId});
}

} // namespace parley::hub
