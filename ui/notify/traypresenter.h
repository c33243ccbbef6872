#pragma once

#include "ui/notify/notificationpresenter.h"

class QSystemTrayIcon;

namespace parley::ui {

// The fallback where no notification server runs: a balloon from the tray icon. Balloons have
// no buttons, so a click opens the conversation and snoozing goes through the app's menu.
class TrayPresenter : public NotificationPresenter {
    Q_OBJECT
public:
    explicit TrayPresenter(QSystemTrayIcon *icon, QObject *parent = nullptr);

    void present(const Notification &notification) override;
    void withdraw(Id conversationId) override;

private:
    QSystemTrayIcon *m_icon;
    Id m_lastShown = 0; // the balloon a click refers to
};

} // namespace parley::ui
