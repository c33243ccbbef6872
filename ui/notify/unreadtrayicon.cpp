#include "ui/notify/unreadtrayicon.h"

#include <QApplication>
#include <QStyle>

namespace parley::ui {

UnreadTrayIcon::UnreadTrayIcon(QObject *parent) : QSystemTrayIcon(parent)
{
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon =
            QIcon::fromTheme(QStringLiteral("parley"),
                             QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation));
    setIcon(icon);
    setUnreadCount(0);
}

void UnreadTrayIcon::setUnreadCount(int count)
{
    m_unread = count;
    setToolTip(count == 0 ? tr("Parley")
                          : tr("Parley — %n unread notification(s)", nullptr, count));
}

} // namespace parley::ui
