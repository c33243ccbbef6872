#include "core/mirror/mirrorstore.h"

#include "core/mirror/draftbook.h"
#include "core/mirror/mirrorstorereader.h"
#include "core/mirror/snoozebook.h"
#include "core/mirror/threadconnection.h"

#include <limits>

namespace parley {

// Lives on the writer thread; its connection is opened, used and closed there only.
class MirrorStore::Writer : public QObject {
public:
    explicit Writer(const QString &path)
        : m_connection(path, ThreadConnection::Role::MirrorWriter, QStringLiteral("mirror-writer"))
    {}
    QSqlDatabase database() { return m_connection.database(); }

private:
    ThreadConnection m_connection;
};

MirrorStore::MirrorStore(const QString &mirrorPath, QObject *parent)
    : QObject(parent), m_path(mirrorPath),
      m_obsoleteBelow(std::make_shared<std::atomic<quint64>>(0))
{
    m_reader = new Reader(mirrorPath, m_obsoleteBelow);
    m_thread.setObjectName(QStringLiteral("mirror reader"));
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
    m_writer = new Writer(mirrorPath);
    m_writerThread.setObjectName(QStringLiteral("mirror writer"));
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.start();
}

MirrorStore::~MirrorStore()
{
    // Whatever still runs is of no use now: interrupt it, then join the thread. Answers posted
    // to this object meanwhile are discarded with it.
    m_obsoleteBelow->store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
    // What the agent changed is written before the store goes (its answers are not needed).
    flushWrites();
    m_writerThread.quit();
    m_writerThread.wait();
}

void MirrorStore::flushWrites()
{
    if (!m_writerThread.isRunning())
        return;
    // The writer runs its jobs in the order asked: an empty one done means all before it are.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void MirrorStore::postWrite(std::function<void(QSqlDatabase)> work, std::function<void()> then)
{
    ++m_writesInFlight;
    Writer *writer = m_writer;
    MirrorStore *self = this; // outlives the job: the destructor waits for it
    QMetaObject::invokeMethod(
        m_writer,
        [writer, self, work = std::move(work), then = std::move(then)] {
            work(writer->database());
            QMetaObject::invokeMethod(self, [self, then] {
                --self->m_writesInFlight;
                then();
            });
        },
        Qt::QueuedConnection);
}

void MirrorStore::answered()
{
    if (--m_inFlight == 0)
        emit idle();
}

void MirrorStore::onReader(std::function<void(Reader &)> work, std::function<void()> then)
{
    ++m_inFlight;
    Reader *reader = m_reader;
    MirrorStore *self = this; // outlives the job: the destructor joins the thread first
    QMetaObject::invokeMethod(
        m_reader,
        [reader, self, work = std::move(work), then = std::move(then)] {
            work(*reader);
            QMetaObject::invokeMethod(self, [self, then] {
                then();
                self->answered();
            });
        },
        Qt::QueuedConnection);
}

void MirrorStore::post(std::function<void(QSqlDatabase)> work, std::function<void()> then)
{
    onReader([work = std::move(work)](Reader &reader) { work(reader.database()); },
             std::move(then));
}

quint64 MirrorStore::conversationPage(const ConversationPageRequest &request,
                                      std::function<void(const ConversationPageReply &)> done)
{
    const quint64 id = nextId();
    if (request.supersedes)
        m_obsoleteBelow->store(id);
    auto reply = std::make_shared<ConversationPageReply>();
    onReader([reply, id, request](Reader &reader) { *reply = reader.page(id, request); },
             [reply, done = std::move(done)] { done(*reply); });
    return id;
}

quint64 MirrorStore::conversationCount(const ConversationFilter &filter,
                                       const FilterContext &context,
                                       std::function<void(quint64, qint64, bool)> done)
{
    const quint64 id = nextId();
    auto count = std::make_shared<qint64>(-1);
    auto ok = std::make_shared<bool>(false);
    onReader([count, ok, filter,
              context](Reader &reader) { *ok = reader.count(filter, context, count.get()); },
             [id, count, ok, done = std::move(done)] { done(id, *count, *ok); });
    return id;
}

quint64 MirrorStore::messages(const MessageWindowRequest &request,
                              std::function<void(const MessageWindowReply &)> done)
{
    const quint64 id = nextId();
    auto reply = std::make_shared<MessageWindowReply>();
    onReader([reply, id, request](Reader &reader) { *reply = reader.window(id, request); },
             [reply, done = std::move(done)] { done(*reply); });
    return id;
}

quint64 MirrorStore::conversation(Id conversationId,
                                  std::function<void(quint64, const Conversation &, bool)> done)
{
    const quint64 id = nextId();
    auto conversation = std::make_shared<Conversation>();
    auto ok = std::make_shared<bool>(false);
    onReader([conversation, ok, conversationId](
                 Reader &reader) { *ok = reader.conversation(conversationId, conversation.get()); },
             [id, conversation, ok, done = std::move(done)] { done(id, *conversation, *ok); });
    return id;
}

quint64 MirrorStore::attachments(Id conversationId,
                                 std::function<void(const AttachmentListReply &)> done)
{
    const quint64 id = nextId();
    auto reply = std::make_shared<AttachmentListReply>();
    onReader([reply, id,
              conversationId](Reader &reader) { *reply = reader.attachments(id, conversationId); },
             [reply, done = std::move(done)] { done(*reply); });
    return id;
}

DraftBook *MirrorStore::drafts()
{
    if (m_drafts == nullptr)
        m_drafts = new DraftBook(m_path, this);
    return m_drafts;
}

SnoozeBook *MirrorStore::snoozes()
{
    if (m_snoozes == nullptr)
        m_snoozes = new SnoozeBook(this, this);
    return m_snoozes;
}

quint64 MirrorStore::notificationBatch(const QList<Id> &messageIds, const QList<Id> &noteIds,
                                       TimestampMs notBefore,
                                       std::function<void(const NotificationBatchReply &)> done)
{
    const quint64 id = nextId();
    auto reply = std::make_shared<NotificationBatchReply>();
    onReader(
        [reply, id, messageIds, noteIds, notBefore](Reader &reader) {
            *reply = reader.notifications(id, messageIds, noteIds, notBefore);
        },
        [reply, done = std::move(done)] { done(*reply); });
    return id;
}

} // namespace parley
