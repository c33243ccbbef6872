#include "hub/store/commitnotices.h"

#include "hub/hublogging.h"
#include "hub/store/eventlog.h"

#include <QSqlDriver>

namespace parley::hub {

CommitNotices::CommitNotices(HubDatabase &db, QString ownPayload, QObject *parent)
    : QObject(parent), m_db(db), m_ownPayload(std::move(ownPayload))
{
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("PARLEY_HUB_LEADER_POLL_MS", &ok);
    m_timer.setInterval(ok && interval > 0 ? interval : 1000);
    connect(&m_timer, &QTimer::timeout, this, &CommitNotices::check);
}

CommitNotices::~CommitNotices() = default;

void CommitNotices::start()
{
    if (m_db.dialect() != HubDatabase::Dialect::Postgres)
        return;
    m_link = std::make_unique<SideConnection>(m_db, QStringLiteral("notices"));
    check();
    m_timer.start();
}

void CommitNotices::check()
{
    bool reopened = false;
    if (!m_link->alive(&reopened)) {
        m_listening = false;
        return;
    }
    if (m_listening && !reopened)
        return;
    QSqlDriver *driver = m_link->db().driver();
    // The driver of a connection opened again is the same object: connected once.
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (payload.toString() != m_ownPayload)
                    emit committedElsewhere();
            });
    const QString channel = QLatin1String(EventLog::noticeChannel);
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    m_listening = driver->subscribeToNotification(channel);
    if (!m_listening) {
        qCWarning(lcHubStore, "cannot listen for other hubs' commits; retrying");
        return;
    }
    // Whatever was committed while this connection was away was not announced to it.
    if (reopened)
        emit committedElsewhere();
}

} // namespace parley::hub
