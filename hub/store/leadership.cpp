#include "hub/store/leadership.h"

#include "hub/hublogging.h"
#include "hub/store/advisorylocks.h"

#include <QRandomGenerator>

#include <limits>

namespace parley::hub {

namespace {

qint64 newInstanceKey()
{
    // Any positive int4: the second key of PostgreSQL's two-key advisory locks.
    return qint64(QRandomGenerator::global()->bounded(1, std::numeric_limits<qint32>::max()));
}

} // namespace

Leadership::Leadership(HubDatabase &db, QObject *parent)
    : QObject(parent), m_db(db), m_instanceKey(newInstanceKey())
{
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("PARLEY_HUB_LEADER_POLL_MS", &ok);
    m_timer.setInterval(ok && interval > 0 ? interval : 1000);
    connect(&m_timer, &QTimer::timeout, this, &Leadership::poll);
}

Leadership::~Leadership() = default;

void Leadership::start()
{
    if (m_db.dialect() != HubDatabase::Dialect::Postgres) {
        m_leader = true;
        return;
    }
    m_link = std::make_unique<SideConnection>(m_db, QStringLiteral("leadership"));
    poll();
    m_timer.start();
}

QString Leadership::liveInstancesSql() const
{
    if (m_db.dialect() != HubDatabase::Dialect::Postgres)
        return QString::number(m_instanceKey);
    return QStringLiteral("SELECT objid::bigint FROM pg_locks WHERE locktype = 'advisory'"
                          " AND classid = %1 AND objsubid = 2 AND granted")
        .arg(advisory::instanceClass);
}

void Leadership::stepDown()
{
    m_instanceHeld = false;
    if (!m_leader)
        return;
    m_leader = false;
    qCWarning(lcHubStore, "lost the store connection that held the leader lock: no longer the "
                          "hub that runs the timers");
    emit leadershipChanged(false);
}

void Leadership::poll()
{
    bool reopened = false;
    if (!m_link->alive(&reopened)) {
        stepDown();
        return;
    }
    if (reopened)
        stepDown(); // a new connection holds none of the old one's locks
    while (!m_instanceHeld) {
        const QString take = QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)")
                                 .arg(advisory::instanceClass)
                                 .arg(m_instanceKey);
        if (m_link->ask(take)) {
            m_instanceHeld = true;
            break;
        }
        if (!m_link->alive(&reopened) || reopened)
            return;                       // the next poll tries again
        m_instanceKey = newInstanceKey(); // held by another hub: draw again
    }
    if (m_leader)
        return;
    if (m_link->ask(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(advisory::leader))) {
        m_leader = true;
        qCInfo(lcHubStore, "this hub now runs the timers (instance %lld)", m_instanceKey);
        emit leadershipChanged(true);
    }
}

} // namespace parley::hub
