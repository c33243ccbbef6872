#include "core/mirror/draftbook.h"

#include "core/logging.h"
#include "core/mirror/drafts.h"
#include "core/mirror/threadconnection.h"

#include <QSqlDatabase>

#include <numeric>

namespace parley {

// Lives on the book's thread, where its connection to the local store is opened, used and
// closed. The drafts table is the local file's own, so this connection never touches the
// mirror: a draft waits at most for the outbox's short writes, and only this thread waits.
class DraftBook::Writer : public QObject {
public:
    explicit Writer(const QString &mirrorPath)
        : m_connection(mirrorPath, ThreadConnection::Role::LocalWriter, QStringLiteral("drafts"))
    {}
    QSqlDatabase database() { return m_connection.database(); }

private:
    ThreadConnection m_connection;
};

DraftBook::DraftBook(const QString &mirrorPath, QObject *parent)
    : QObject(parent), m_writer(new Writer(mirrorPath))
{
    m_thread.setObjectName(QStringLiteral("drafts"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread.start();
    reload();
}

DraftBook::~DraftBook()
{
    flush();
    m_thread.quit();
    m_thread.wait();
}

void DraftBook::save(Id conversationId, const QString &text)
{
    if (conversationId == 0)
        return;
    const QString kept = text.trimmed().isEmpty() ? QString() : text;
    set(conversationId, kept);
    ++m_unwritten[conversationId];
    Writer *writer = m_writer;
    DraftBook *self = this; // outlives the job: the destructor waits for it
    QMetaObject::invokeMethod(
        m_writer,
        [writer, self, conversationId, kept] {
            if (!Drafts(writer->database()).save(conversationId, kept))
                qCWarning(lcMirror, "the draft of conversation %lld was not saved",
                          qlonglong(conversationId));
            QMetaObject::invokeMethod(self,
                                      [self, conversationId] { self->written(conversationId); });
        },
        Qt::QueuedConnection);
}

void DraftBook::reload()
{
    Writer *writer = m_writer;
    DraftBook *self = this;
    QMetaObject::invokeMethod(
        m_writer,
        [writer, self] {
            const QHash<Id, QString> stored = Drafts(writer->database()).all();
            QMetaObject::invokeMethod(self, [self, stored] { self->storedArrived(stored); });
        },
        Qt::QueuedConnection);
}

void DraftBook::flush()
{
    if (!m_thread.isRunning())
        return;
    // The writer runs its jobs in the order asked: an empty one done means all before it are.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void DraftBook::set(Id conversationId, const QString &text)
{
    if (m_texts.value(conversationId) == text)
        return;
    if (text.isEmpty())
        m_texts.remove(conversationId);
    else
        m_texts.insert(conversationId, text);
    emit changed(conversationId);
}

void DraftBook::storedArrived(const QHash<Id, QString> &stored)
{
    // Answers come back in the order the jobs ran: the writes asked before this read have been
    // answered, so m_unwritten holds only those asked after it, which the read could not see.
    QList<Id> ids = m_texts.keys();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!m_texts.contains(it.key()))
            ids.append(it.key());
    }
    for (const Id id : std::as_const(ids)) {
        if (!m_unwritten.contains(id))
            set(id, stored.value(id));
    }
    m_loaded = true;
    emit loaded();
}

int DraftBook::unwritten() const
{
    return std::accumulate(m_unwritten.cbegin(), m_unwritten.cend(), 0);
}

void DraftBook::written(Id conversationId)
{
    auto it = m_unwritten.find(conversationId);
    if (it != m_unwritten.end() && --*it <= 0)
        m_unwritten.erase(it);
}

} // namespace parley
