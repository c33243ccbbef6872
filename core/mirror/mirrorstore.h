#pragma once

#include "core/domain/message.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/notificationreads.h"
#include "core/mirror/outbox.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace parley {

// A page of the conversation list, asked of the reader thread.
struct ConversationPageRequest {
    ConversationFilter filter;
    FilterContext context;
    ConversationOrder order = ConversationOrder::NewestActivity;
    ConversationCursor after; // start: the list from its top
    int limit = 100;
    // The open conversation, kept in its place when it no longer matches (only read when the
    // request starts at the top and `keepPinned` is set).
    Id pinned = 0;
    bool keepPinned = false;
    // Conversations to read even when they no longer match: shown rows the sync changed, whose
    // badge and last message must tell the truth until they leave.
    QList<Id> alsoRead;
    // A new filter or search: an older request of this kind is obsolete once this one is asked,
    // and a search still running for it is interrupted.
    bool supersedes = false;
};

struct ConversationPageReply {
    quint64 requestId = 0;
    ConversationPage page;
    QHash<Id, SearchHit> hits;        // while searching: the newest match of each row
    QHash<Id, Conversation> alsoRead; // of the request's alsoRead not in page.rows
    bool ok = true;
    bool cancelled = false; // superseded before it finished: nobody waits for it
    QString error;
};

// What the conversation pane asks: a window of one conversation's messages (the newest, the page
// before the oldest shown, or back to one message), or single messages by id (the rows an event
// changed), with what their bubbles need beside them.
struct MessageWindowRequest {
    enum class Kind {
        Newest, // the newest `limit`
        Older,  // the `limit` before (beforeCreatedAt, beforeId)
        Until,  // from message `untilId` up to (beforeCreatedAt, beforeId), excluded
        ById,   // `ids` alone (none: only what the flags below ask)
    };
    Id conversationId = 0;
    Kind kind = Kind::Newest;
    int limit = 50;
    TimestampMs beforeCreatedAt = 0;
    Id beforeId = 0;
    Id untilId = 0;
    QList<Id> ids;
    bool withOutbox = false; // the conversation's replies still in the outbox
    bool withAgents = false; // every agent's name (authors of outgoing messages)
};

struct MessageWindowReply {
    quint64 requestId = 0;
    QList<Message> messages; // oldest first
    // Newest, Older, Until: the mirror holds messages older than the first of `messages`.
    bool hasOlder = false;
    // The hub has older messages of this conversation that the mirror lacks (older_history).
    bool olderOnHub = false;
    bool hasOutbox = false; // `outbox` was read (withOutbox)
    QList<OutboxItem> outbox;
    bool hasAgents = false; // `agentNames` was read (withAgents)
    QHash<Id, QString> agentNames;
    // Messages quoted by `messages` or the outbox's replies that are not among `messages`.
    QList<Message> quoted;
    bool ok = true;
    QString error;
};

// A conversation's file messages, newest first, with every agent's name (the Attachments tab).
struct AttachmentListReply {
    quint64 requestId = 0;
    QList<Message> messages;
    QHash<Id, QString> agentNames;
    bool ok = true;
    QString error;
};

class DraftBook;
class SnoozeBook;

// The desktop's one door to the mirror for what may be slow: conversation list pages, searches,
// counts, message windows, a conversation's files and what a screen reads in one go (read())
// are read on a reader thread with its own connection (ThreadConnection; WAL lets it read while
// the sync worker, the one writer, writes), so the GUI thread never waits on SQL; drafts are
// kept in memory and written on a thread of their own (DraftBook), and the GUI's other writes
// (snoozes, saved views) on the store's writer thread (write()). The GUI thread asks with a
// queued call and gets a request id; the answer comes back as a queued call on the GUI thread
// with that id, and the asker drops an answer older than its newest question. A new search
// supersedes the one before: queued obsolete requests are skipped and a running one is
// interrupted (SQLite's progress handler), so typing on never waits for the search of the
// previous letter.
class MirrorStore : public QObject {
    Q_OBJECT
public:
    // `mirrorPath`: the mirror file the sync worker has opened and migrated.
    explicit MirrorStore(const QString &mirrorPath, QObject *parent = nullptr);
    ~MirrorStore() override;
    MirrorStore(const MirrorStore &) = delete;
    MirrorStore &operator=(const MirrorStore &) = delete;

    QString path() const { return m_path; }

    // Each answers once, on the thread that owns this object, unless the store is destroyed
    // first. The returned id is what the answer carries.
    quint64 conversationPage(const ConversationPageRequest &request,
                             std::function<void(const ConversationPageReply &)> done);
    quint64 conversationCount(const ConversationFilter &filter, const FilterContext &context,
                              std::function<void(quint64 id, qint64 count, bool ok)> done);
    // A window of one conversation's messages (MessageWindowRequest).
    quint64 messages(const MessageWindowRequest &request,
                     std::function<void(const MessageWindowReply &)> done);
    // One conversation as the mirror has it now (ok false when it is not there).
    quint64 conversation(Id conversationId,
                         std::function<void(quint64 id, const Conversation &, bool ok)> done);
    // A conversation's file messages (AttachmentListReply).
    quint64 attachments(Id conversationId, std::function<void(const AttachmentListReply &)> done);
    // The drafts of every conversation, in memory, written on a thread of their own: one book
    // for everything that uses this store (the pane saves, the list shows "Draft:").
    DraftBook *drafts();
    // The snoozes of every conversation, in memory, written on the store's writer thread: one
    // book for everything that uses this store (the notification center, the list's marks).
    SnoozeBook *snoozes();

    // The inbound messages among `messageIds` and the notes among `noteIds` written at or after
    // `notBefore`, for the notification center.
    quint64 notificationBatch(const QList<Id> &messageIds, const QList<Id> &noteIds,
                              TimestampMs notBefore,
                              std::function<void(const NotificationBatchReply &)> done);

    // Whatever else a screen reads from the mirror in one go (core/mirror/screenreads.h: a
    // ticket, the record beside a chat, a dialog's choices…), run on the reader thread with its
    // connection. `job` runs there: it takes its inputs by value and never touches a widget;
    // `done` gets its result on this object's thread, with the id returned here.
    template <typename Result>
    quint64 read(std::function<Result(QSqlDatabase)> job,
                 std::function<void(quint64 id, const Result &)> done)
    {
        const quint64 id = nextId();
        auto result = std::make_shared<Result>();
        post([job = std::move(job), result](QSqlDatabase db) { *result = job(db); },
             [id, result, done = std::move(done)] { done(id, *result); });
        return id;
    }

    // What the GUI writes to the mirror or its local store (a snooze, a saved view the hub
    // confirmed), run on a writer thread of its own with its own connection
    // (ThreadConnection::Role::MirrorWriter), so only that thread waits for the sync worker's
    // lock. Jobs run in the order asked (a read asked here sees every write asked before it);
    // `done` gets the result on this object's thread. The destructor waits for the jobs
    // already asked: what was written on quit is on disk.
    template <typename Result>
    quint64 write(std::function<Result(QSqlDatabase)> job,
                  std::function<void(quint64 id, const Result &)> done)
    {
        const quint64 id = nextId();
        auto result = std::make_shared<Result>();
        postWrite([job = std::move(job), result](QSqlDatabase db) { *result = job(db); },
                  [id, result, done = std::move(done)] { done(id, *result); });
        return id;
    }
    // Returns once every write asked so far has run (or failed); blocks this thread.
    void flushWrites();

    // Requests asked and not yet answered (for tests and the benchmark).
    int inFlight() const { return m_inFlight; }
    // Writes asked whose answer has not come back yet.
    int writesInFlight() const { return m_writesInFlight; }

signals:
    // Every answer has been delivered and nothing is asked: the list is as the mirror is.
    void idle();

private:
    class Reader;
    class Writer;
    quint64 nextId() { return ++m_lastId; }
    // Runs `work` on the reader thread, then `then` on this object's thread (answered()).
    void onReader(std::function<void(Reader &)> work, std::function<void()> then);
    void post(std::function<void(QSqlDatabase)> work, std::function<void()> then);
    void postWrite(std::function<void(QSqlDatabase)> work, std::function<void()> then);
    void answered();

    QString m_path;
    QThread m_thread;
    Reader *m_reader = nullptr;
    QThread m_writerThread;
    Writer *m_writer = nullptr;
    int m_writesInFlight = 0;
    DraftBook *m_drafts = nullptr;   // made when first asked for
    SnoozeBook *m_snoozes = nullptr; // made when first asked for
    quint64 m_lastId = 0;
    int m_inFlight = 0;
    // Requests that supersede (new filter or search) below this id are obsolete; read on the
    // reader thread, written on the GUI thread.
    std::shared_ptr<std::atomic<quint64>> m_obsoleteBelow;
};

} // namespace parley
