// HubDatabase's group commit (GroupCommit): one transaction shared by the webhooks stored
// together, and on SQLite the level of its commit.
#include "hub/store/hubdatabase.h"

#include "core/storage/sqlerror.h"
#include "hub/hublogging.h"

#include <QSqlError>

namespace parley::hub {

bool HubDatabase::openGroup(bool flushLater)
{
    leaveGroup();
    ensureConnected();
    // SQLite takes the level outside a transaction only; the group's commit is then written
    // without its flush, and FULL is back for everything else as soon as it is (closeGroup).
    // (exec(), never a kept statement: SQLite applies a PRAGMA when it prepares it.)
    m_groupFlushesLater = flushLater && !m_walFile.isEmpty();
    if (m_groupFlushesLater && !exec(QStringLiteral("PRAGMA synchronous = NORMAL")).isActive()) {
        m_groupFlushesLater = false;
        return false;
    }
    if (!m_db.transaction()) {
        m_error = sqlFailure(lcHubStore(), m_db.lastError());
        suspectConnection();
        restoreSynchronous();
        return false;
    }
    setInTransaction(true);
    if (!takeWriteTurn()) {
        setInTransaction(false);
        m_db.rollback();
        restoreSynchronous();
        return false;
    }
    m_groupOpen = true;
    return true;
}

bool HubDatabase::closeGroup()
{
    if (!m_groupOpen)
        return true;
    m_groupOpen = false;
    m_savepoints = 0;
    setInTransaction(false);
    const bool committed = m_db.commit();
    if (!committed) {
        m_error = sqlFailure(lcHubStore(), m_db.lastError());
        suspectConnection();
        invalidate();
        m_db.rollback();
    }
    // A commit whose level cannot be set back would leave later API writes unflushed: the
    // group counts as failed then (its webhooks are answered 500 and retried).
    return restoreSynchronous() && committed;
}

bool HubDatabase::restoreSynchronous()
{
    if (!m_groupFlushesLater)
        return true;
    m_groupFlushesLater = false;
    return exec(QStringLiteral("PRAGMA synchronous = FULL")).isActive();
}

} // namespace parley::hub
