#pragma once

#include <QSystemTrayIcon>

namespace parley::ui {

// Parley's tray icon; its tooltip tells how many notifications the agent has not looked at.
// Create it only where QSystemTrayIcon::isSystemTrayAvailable().
class UnreadTrayIcon : public QSystemTrayIcon {
    Q_OBJECT
public:
    explicit UnreadTrayIcon(QObject *parent = nullptr);

    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }

private:
    int m_unread = 0;
};

} // namespace parley::ui
