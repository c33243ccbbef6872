// What MirrorStore's reader thread reads for the store's typed requests: list pages and
// searches (interrupted when superseded), counts, message windows, one conversation, a
// conversation's files and the notification center's batches.
#include "core/mirror/mirrorstorereader.h"

#include "core/mirror/attachmentqueries.h"
#include "core/mirror/messagereads.h"
#include "core/mirror/mirrorreads.h"
#include "core/protocol/commands.h"

#include <sqlite3.h>

namespace parley {

MirrorStore::Reader::Reader(const QString &path,
                            std::shared_ptr<std::atomic<quint64>> obsoleteBelow)
    : m_connection(path, ThreadConnection::Role::MirrorReader, QStringLiteral("mirror-reader")),
      m_obsoleteBelow(std::move(obsoleteBelow))
{
    // Every 1,000 virtual-machine steps (well under a millisecond) a superseded search looks
    // whether it is still wanted.
    m_connection.setOpened([this](sqlite3 *connection) {
        sqlite3_progress_handler(connection, 1000, &Reader::progress, this);
    });
}

QSqlDatabase MirrorStore::Reader::database()
{
    return m_connection.database();
}

int MirrorStore::Reader::progress(void *self)
{
    const auto *reader = static_cast<const Reader *>(self);
    return reader->m_running != 0 && reader->obsolete(reader->m_running) ? 1 : 0;
}

ConversationPageReply MirrorStore::Reader::page(quint64 id, const ConversationPageRequest &request)
{
    ConversationPageReply reply;
    reply.requestId = id;
    if (request.supersedes && obsolete(id)) {
        reply.cancelled = true;
        return reply;
    }
    QSqlDatabase db = database();
    m_running = request.supersedes ? id : 0;
    const auto finish = [this] {
        m_running = 0;
    };
    if (!fetchConversationPage(db, request.filter, request.context, request.after, request.limit,
                               &reply.page, &reply.error, request.order)) {
        finish();
        reply.ok = false;
        reply.cancelled = request.supersedes && obsolete(id);
        return reply;
    }
    QSet<Id> inPage;
    for (const Conversation &c : std::as_const(reply.page.rows))
        inPage.insert(c.id);
    QString error;
    if (request.after.isStart() && request.keepPinned && request.pinned != 0 &&
        !inPage.contains(request.pinned)) {
        // The open conversation stopped matching (read, replied to, closed): it stays where its
        // activity puts it until the agent opens another one.
        Conversation pinned;
        if (fetchConversation(db, request.pinned, &pinned, &error)) {
            int at = 0;
            while (at < reply.page.rows.size() &&
                   comesBefore(reply.page.rows.at(at), pinned, request.order))
                ++at;
            reply.page.rows.insert(at, pinned);
            inPage.insert(pinned.id);
        }
    }
    for (const Id other : request.alsoRead) {
        Conversation current;
        if (!inPage.contains(other) && fetchConversation(db, other, &current, &error))
            reply.alsoRead.insert(other, current);
    }
    if (!request.filter.search.trimmed().isEmpty() && !reply.page.rows.isEmpty()) {
        QList<Id> ids;
        ids.reserve(reply.page.rows.size());
        for (const Conversation &c : std::as_const(reply.page.rows))
            ids.append(c.id);
        if (!fetchSearchHits(db, request.filter.search, ids, &reply.hits, &error)) {
            reply.cancelled = request.supersedes && obsolete(id);
            reply.error = error;
        }
    }
    finish();
    return reply;
}

bool MirrorStore::Reader::count(const ConversationFilter &filter, const FilterContext &context,
                                qint64 *count)
{
    QString error;
    return countConversations(database(), filter, context, count, &error);
}

MessageWindowReply MirrorStore::Reader::window(quint64 id, const MessageWindowRequest &request)
{
    using Kind = MessageWindowRequest::Kind;
    MessageWindowReply reply;
    reply.requestId = id;
    QSqlDatabase db = database();
    const Id conversationId = request.conversationId;
    switch (request.kind) {
    case Kind::Newest:
    case Kind::Older: {
        const bool older = request.kind == Kind::Older;
        // One more than asked tells whether anything older is left.
        reply.ok = fetchNewestMessages(db, conversationId, request.limit + 1, &reply.messages,
                                       &reply.error, older ? request.beforeCreatedAt : 0,
                                       older ? request.beforeId : 0);
        reply.hasOlder = reply.messages.size() > request.limit;
        if (reply.hasOlder)
            reply.messages.removeFirst();
        break;
    }
    case Kind::Until: {
        reply.ok = fetchMessagesFrom(db, conversationId, request.untilId, request.beforeCreatedAt,
                                     request.beforeId, &reply.messages, &reply.error);
        if (reply.ok && !reply.messages.isEmpty()) {
            QList<Message> before;
            const Message &first = reply.messages.constFirst();
            reply.ok = fetchNewestMessages(db, conversationId, 1, &before, &reply.error,
                                           first.createdAt, first.id);
            reply.hasOlder = !before.isEmpty();
        }
        break;
    }
    case Kind::ById:
        reply.ok =
            fetchMessagesById(db, conversationId, request.ids, &reply.messages, &reply.error);
        break;
    }
    if (!reply.ok)
        return reply;
    reply.olderOnHub = hasOlderOnHub(db, conversationId);
    if (request.withOutbox) {
        reply.hasOutbox = true;
        reply.outbox = Outbox(db).forConversation(conversationId);
    }
    if (request.withAgents) {
        reply.hasAgents = true;
        for (const Agent &agent : MirrorReads(db).agents(true))
            reply.agentNames.insert(agent.id, agent.name);
    }
    reply.quoted = fetchQuotedMessages(db, conversationId, reply.messages, reply.outbox);
    return reply;
}

AttachmentListReply MirrorStore::Reader::attachments(quint64 id, Id conversationId)
{
    AttachmentListReply reply;
    reply.requestId = id;
    QSqlDatabase db = database();
    reply.ok = fetchAttachments(db, conversationId, AttachmentOrder::NewestFirst, &reply.messages,
                                &reply.error);
    if (reply.ok) {
        for (const Agent &agent : MirrorReads(db).agents(true))
            reply.agentNames.insert(agent.id, agent.name);
    }
    return reply;
}

bool MirrorStore::Reader::conversation(Id id, Conversation *conversation)
{
    QString error;
    return fetchConversation(database(), id, conversation, &error);
}

NotificationBatchReply MirrorStore::Reader::notifications(quint64 id, const QList<Id> &messageIds,
                                                          const QList<Id> &noteIds,
                                                          TimestampMs notBefore)
{
    NotificationBatchReply reply =
        fetchNotificationBatch(database(), messageIds, noteIds, notBefore);
    reply.requestId = id;
    return reply;
}

} // namespace parley
