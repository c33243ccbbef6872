#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley::ui {

// One conversation's notification as the agent sees it. A conversation has at most one on
// screen; new messages replace it with a higher count (R7.1).
struct Notification {
    Id conversationId = 0;
    QString title; // the customer
    QString body;  // the last message, or "3 new messages"
    int messageCount = 1;
    TimestampMs at = 0;
};

// The action keys of R7.2/R7.3 as the notification server reports them back.
namespace NotificationAction {
inline const QString open = QStringLiteral("open");
inline const QString openDefault = QStringLiteral("default"); // a click on the bubble itself
inline const QString snooze15 = QStringLiteral("snooze-15");
inline const QString snooze60 = QStringLiteral("snooze-60");
inline const QString dismiss = QStringLiteral("dismiss");
} // namespace NotificationAction

} // namespace parley::ui
