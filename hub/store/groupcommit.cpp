#include "hub/store/groupcommit.h"

#include <memory>

namespace parley::hub {

GroupCommit::GroupCommit(HubDatabase &db, QObject *parent) : QObject(parent), m_db(db)
{
    // A zero timer fires once the event loop has handled what was ready: every request read in
    // the same pass of the loop joins the same commit.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &GroupCommit::flush);
    m_db.setCloseGroupHook([this] { flush(); });
}

GroupCommit::~GroupCommit()
{
    flush();
    m_db.setCloseGroupHook({});
}

void GroupCommit::run(const std::function<bool()> &work, std::function<void(bool durable)> done)
{
    if (!m_db.groupOpen()) {
        if (!m_db.openGroup()) {
            done(false);
            return;
        }
        m_timer.start();
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

void GroupCommit::flush()
{
    m_timer.stop();
    if (!m_db.groupOpen())
        return;
    const bool durable = m_db.closeGroup();
    auto waiting = std::make_shared<std::vector<std::function<void(bool)>>>();
    waiting->swap(m_waiting);
    if (waiting->empty())
        return;
    if (durable) {
        ++m_groups;
        m_grouped += qint64(waiting->size());
    }
    // Answered from the event loop, not from here: flush() may run inside another statement
    // of the store (HubDatabase::leaveGroup), and an answer may start the connection's next
    // request.
    QMetaObject::invokeMethod(
        this,
        [this, waiting, durable] {
            for (const auto &done : *waiting)
                done(durable);
            if (durable && m_committed)
                m_committed();
        },
        Qt::QueuedConnection);
}

} // namespace parley::hub
