#pragma once

#include "ui/notify/notification.h"

#include <QObject>

namespace parley::ui {

// Somewhere notifications can be shown: the desktop's notification server, the tray, or a
// recorder in tests. The NotificationCenter decides what to show; a presenter only shows it.
class NotificationPresenter : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows the conversation's notification, replacing the one already shown for it.
    virtual void present(const Notification &notification) = 0;
    // Takes the conversation's notification off the screen, if it is there.
    virtual void withdraw(Id conversationId) = 0;

signals:
    // `action` is one of NotificationAction.
    void actionInvoked(qint64 conversationId, const QString &action);
    // Gone from the screen: dismissed by the agent, expired, or withdrawn.
    void closed(qint64 conversationId);
    // Could not be shown here (the server went away): the center shows it elsewhere.
    void failed(const parley::ui::Notification &notification);
};

} // namespace parley::ui
