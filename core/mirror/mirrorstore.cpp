#include "core/mirror/mirrorstore.h"

#include "core/logging.h"
#include "core/mirror/attachmentqueries.h"
#include "core/mirror/draftbook.h"
#include "core/mirror/localstore.h"
#include "core/mirror/messagereads.h"
#include "core/mirror/mirrorreads.h"
#include "core/mirror/sqlthreadprobe.h"
#include "core/protocol/commands.h"
#include "core/storage/sqlerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <limits>

namespace parley {

// Lives on the reader thread; its connection is opened, used and closed there only (Qt 6.4
// cannot move a connection between threads).
class MirrorStore::Reader : public QObject {
public:
    Reader(const QString &path, std::shared_ptr<std::atomic<quint64>> obsoleteBelow)
        : m_path(path), m_connection(QStringLiteral("mirror-reader-") +
                                     QUuid::createUuid().toString(QUuid::WithoutBraces)),
          m_obsoleteBelow(std::move(obsoleteBelow))
    {}
    ~Reader() override
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    ConversationPageReply page(quint64 id, const ConversationPageRequest &request);
    bool count(const ConversationFilter &filter, const FilterContext &context, qint64 *count);
    MessageWindowReply window(quint64 id, const MessageWindowRequest &request);
    bool conversation(Id id, Conversation *conversation);
    AttachmentListReply attachments(quint64 id, Id conversationId);
    NotificationBatchReply notifications(quint64 id, const QList<Id> &messageIds,
                                         const QList<Id> &noteIds, TimestampMs notBefore);

private:
    QSqlDatabase database();
    bool obsolete(quint64 id) const { return id < m_obsoleteBelow->load(); }
    static int progress(void *self)
    {
        const auto *reader = static_cast<const Reader *>(self);
        return reader->m_running != 0 && reader->obsolete(reader->m_running) ? 1 : 0;
    }

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::shared_ptr<std::atomic<quint64>> m_obsoleteBelow;
    quint64 m_running = 0; // the superseding request being read, 0 when none
};

QSqlDatabase MirrorStore::Reader::database()
{
    if (m_db.isValid() && m_db.isOpen())
        return m_db;
    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open()) {
        sqlFailure(lcMirror(), m_db.lastError());
        return m_db;
    }
    // This desktop's own tables (outbox, drafts) live in the local file beside the mirror; the
    // writer has created and migrated it already.
    QSqlQuery attach(m_db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS local"));
    attach.addBindValue(localStorePath(m_path));
    if (!attach.exec())
        sqlFailure(lcMirror(), attach);
    // A reader: it never writes, whatever a query asks. WAL (set by Mirror::open on the file)
    // lets it read a consistent snapshot while the sync worker writes.
    QSqlQuery pragma(m_db);
    for (const char *text :
         {"PRAGMA query_only = ON", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000"}) {
        if (!pragma.exec(QString::fromLatin1(text)))
            sqlFailure(lcMirror(), pragma);
    }
    SqlThreadProbe::install(m_db);
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
        // Every 1,000 virtual-machine steps (well under a millisecond) a superseded search
        // looks whether it is still wanted.
        if (connection != nullptr)
            sqlite3_progress_handler(connection, 1000, &Reader::progress, this);
    }
    return m_db;
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

MirrorStore::MirrorStore(const QString &mirrorPath, QObject *parent)
    : QObject(parent), m_path(mirrorPath),
      m_obsoleteBelow(std::make_shared<std::atomic<quint64>>(0))
{
    m_reader = new Reader(mirrorPath, m_obsoleteBelow);
    m_thread.setObjectName(QStringLiteral("mirror reader"));
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
}

MirrorStore::~MirrorStore()
{
    // Whatever still runs is of no use now: interrupt it, then join the thread. Answers posted
    // to this object meanwhile are discarded with it.
    m_obsoleteBelow->store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

void MirrorStore::answered()
{
    if (--m_inFlight == 0)
        emit idle();
}

quint64 MirrorStore::conversationPage(const ConversationPageRequest &request,
                                      std::function<void(const ConversationPageReply &)> done)
{
    const quint64 id = nextId();
    if (request.supersedes)
        m_obsoleteBelow->store(id);
    ++m_inFlight;
    Reader *reader = m_reader;
    MirrorStore *self = this; // outlives the job: the destructor joins the thread first
    QMetaObject::invokeMethod(
        m_reader,
        [reader, self, id, request, done = std::move(done)] {
            const ConversationPageReply reply = reader->page(id, request);
            QMetaObject::invokeMethod(self, [self, done, reply] {
                done(reply);
                self->answered();
            });
        },
        Qt::QueuedConnection);
    return id;
}

quint64 MirrorStore::conversationCount(const ConversationFilter &filter,
                                       const FilterContext &context,
                                       std::function<void(quint64, qint64, bool)> done)
{
    const quint64 id = nextId();
    ++m_inFlight;
    Reader *reader = m_reader;
    MirrorStore *self = this;
    QMetaObject::invokeMethod(
        m_reader,
        [reader, self, id, filter, context, done = std::move(done)] {
            qint64 count = -1;
            const bool ok = reader->count(filter, context, &count);
            QMetaObject::invokeMethod(self, [self, done, id, count, ok] {
                done(id, count, ok);
                self->answered();
            });
        },
        Qt::QueuedConnection);
    return id;
}

quint64 MirrorStore::messages(const MessageWindowRequest &request,
                              std::function<void(const MessageWindowReply &)> done)
{
    const quint64 id = nextId();
    ++m_inFlight;
    Reader *reader = m_reader;
    MirrorStore *self = this;
    QMetaObject::invokeMethod(
        m_reader,
        [reader, self, id, request, done = std::move(done)] {
            const MessageWindowReply reply = reader->window(id, request);
            QMetaObject::invokeMethod(self, [self, done, reply] {
                done(reply);
                self->answered();
            });
        },
        Qt::QueuedConnection);
    return id;
}

quint64 MirrorStore::conversation(Id conversationId,
                                  std::function<void(quint64, const Conversation &, bool)> done)
{
    const quint64 id = nextId();
    ++m_inFlight;
    Reader *reader = m_reader;
    MirrorStore *self = this;
    QMetaObject::invokeMethod(
        m_reader,
        [reader, self, id, conversationId, done = std::move(done)] {
            Conversation conversation;
            const bool ok = reader->conversation(conversationId, &conversation);
            QMetaObject::invokeMethod(self, [self, done, id, conversation, ok] {
                done(id, conversation, ok);
                self->answered();
            });
        },
        Qt::QueuedConnection);
    return id;
}

quint64 MirrorStore::attachments(Id conversationId,
                                 std::function<void(const AttachmentListReply &)> done)
{
    const quint64 id = nextId();
    ++m_inFlight;
    Reader *reader = m_reader;
    MirrorStore *self = this;
    QMetaObject::invokeMethod(
        m_reader,
        [reader, self, id, conversationId, done = std::move(done)] {
            const AttachmentListReply reply = reader->attachments(id, conversationId);
            QMetaObject::invokeMethod(self, [self, done, reply] {
                done(reply);
                self->answered();
            });
        },
        Qt::QueuedConnection);
    return id;
}

DraftBook *MirrorStore::drafts()
{
    if (m_drafts == nullptr)
        m_drafts = new DraftBook(m_path, this);
    return m_drafts;
}

quint64 MirrorStore::notificationBatch(const QList<Id> &messageIds, const QList<Id> &noteIds,
                                       TimestampMs notBefore,
                                       std::function<void(const NotificationBatchReply &)> done)
{
    const quint64 id = nextId();
    ++m_inFlight;
    Reader *reader = m_reader;
    MirrorStore *self = this;
    QMetaObject::invokeMethod(
        m_reader,
        [=, done = std::move(done)] {
            const NotificationBatchReply reply =
                reader->notifications(id, messageIds, noteIds, notBefore);
            QMetaObject::invokeMethod(self, [self, done, reply] {
                done(reply);
                self->answered();
            });
        },
        Qt::QueuedConnection);
    return id;
}

} // namespace parley
