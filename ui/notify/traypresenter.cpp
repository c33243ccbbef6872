#include "ui/notify/traypresenter.h"

#include <QSystemTrayIcon>

namespace parley::ui {

namespace {
constexpr int balloonMs = 10000;
}

TrayPresenter::TrayPresenter(QSystemTrayIcon *icon, QObject *parent)
    : NotificationPresenter(parent), m_icon(icon)
{
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastShown != 0)
            emit actionInvoked(m_lastShown, NotificationAction::open);
    });
}

void TrayPresenter::present(const Notification &notification)
{
    m_lastShown = notification.conversationId;
    m_icon->showMessage(notification.title, notification.body, QSystemTrayIcon::Information,
                        balloonMs);
}

void TrayPresenter::withdraw(Id conversationId)
{
    // A balloon cannot be taken back; it only stops leading anywhere.
    if (m_lastShown == conversationId)
        m_lastShown = 0;
}

} // namespace parley::ui
