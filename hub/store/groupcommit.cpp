#include "hub/store/groupcommit.h"

#include "hub/store/eventlog.h"
#include "hub/store/walflusher.h"

namespace parley::hub {

GroupCommit::GroupCommit(HubDatabase &db, EventLog *events, QObject *parent)
    : QObject(parent), m_db(db), m_events(events)
{
    // A zero timer fires once the event loop has handled what was ready: every request read in
    // the same pass of the loop joins the same commit (unless more is held on the way).
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // With the log flushed on its own thread, a group is committed whenever no flush is
        // under way (what arrives during a flush waits for the next one): the disk is kept busy
        // and the connections are answered in turns instead of all together after each flush,
        // so reading, storing and flushing overlap. Without it (PostgreSQL, or NORMAL), the
        // commit waits for the disk itself, and the group waits for the work still being read.
        if (m_flusher ? m_unflushed.empty() : m_held == 0)
            flush();
    });
    m_holdLimit.setSingleShot(true);
    m_holdLimit.setInterval(maxHoldMs);
    connect(&m_holdLimit, &QTimer::timeout, this, &GroupCommit::flush);
    if (!m_db.walFile().isEmpty())
        m_flusher = std::make_unique<WalFlusher>(
            m_db.walFile(), [this](quint64 through, bool ok) { flushed(through, ok); });
    m_db.setCloseGroupHook([this] { flush(); });
}

GroupCommit::~GroupCommit()
{
    flush();
    if (m_flusher && !m_unflushed.empty())
        m_flusher->flushNow(); // unanswered, but on the disk before the hub stops
    m_flusher.reset();
    m_db.setCloseGroupHook({});
}

void GroupCommit::run(const std::function<bool()> &work, std::function<void(bool durable)> done)
{
    if (m_flushFailed) {
        done(false);
        return;
    }
    if (!m_db.groupOpen()) {
        // Read before the group begins: every event the group appends comes after it.
        const qint64 floor = m_flusher && m_events ? m_events->lastSeq() : -1;
        if (!m_db.openGroup(m_flusher != nullptr)) {
            done(false);
            return;
        }
        m_openFloor = floor;
        updateCeiling();
        m_timer.start();
        m_holdLimit.start();
    }
    m_db.setInGroupWork(true);
    const bool ok = work();
    m_db.setInGroupWork(false);
    if (!ok) {
        done(false);
        return;
    }
    m_waiting.push_back(std::move(done));
}

void GroupCommit::release()
{
    if (m_held > 0 && --m_held == 0 && m_db.groupOpen() && !m_flusher)
        m_timer.start();
}

void GroupCommit::flush()
{
    m_timer.stop();
    m_holdLimit.stop();
    if (!m_db.groupOpen())
        return;
    const bool committed = m_db.closeGroup();
    const qint64 floor = m_openFloor;
    m_openFloor = -1;
    auto waiting = std::make_shared<Waiting>();
    waiting->swap(m_waiting);
    if (committed && m_flusher) {
        // Written, not yet on the disk: answered by flushed().
        m_unflushed.push_back({m_flusher->request(), floor, std::move(*waiting)});
        updateCeiling();
        return;
    }
    updateCeiling();
    if (waiting->empty())
        return;
    // Answered from the event loop, not from here: flush() may run inside another statement
    // of the store (HubDatabase::leaveGroup), and an answer may start the connection's next
    // request.
    QMetaObject::invokeMethod(
        this, [this, waiting, committed] { answer(waiting, committed); }, Qt::QueuedConnection);
}

void GroupCommit::flushed(quint64 through, bool ok)
{
    // After a failed flush the kernel may have dropped the log's pages and a later flush can
    // still succeed: nothing written since is known to be on the disk.
    if (!ok)
        m_flushFailed = true;
    bool any = false;
    while (!m_unflushed.empty() && m_unflushed.front().ticket <= through) {
        auto waiting = std::make_shared<Waiting>(std::move(m_unflushed.front().waiting));
        m_unflushed.pop_front();
        any = any || !waiting->empty();
        answer(waiting, !m_flushFailed);
    }
    updateCeiling();
    // What arrived during the flush is committed now, and its flush begins.
    if (m_db.groupOpen())
        flush();
    if (any && !m_flushFailed && m_committed)
        m_committed();
}

void GroupCommit::answer(std::shared_ptr<Waiting> waiting, bool durable)
{
    if (waiting->empty())
        return;
    if (durable) {
        ++m_groups;
        m_grouped += qint64(waiting->size());
    }
    for (const auto &done : *waiting)
        done(durable);
    // flushed() publishes once for all the groups it answers.
    if (durable && m_committed && !m_flusher)
        m_committed();
}

bool GroupCommit::flushToDisk()
{
    if (!m_flusher || m_unflushed.empty())
        return true;
    if (m_flusher->flushNow())
        return true;
    m_flushFailed = true;
    return false;
}

void GroupCommit::updateCeiling()
{
    if (!m_events || !m_flusher)
        return;
    // The oldest group not yet on the disk (or the open one) starts above its floor.
    qint64 ceiling = EventLog::noCeiling;
    if (!m_unflushed.empty())
        ceiling = m_unflushed.front().floor;
    else if (m_openFloor >= 0)
        ceiling = m_openFloor;
    m_events->setReadCeiling(ceiling);
}

} // namespace parley::hub
