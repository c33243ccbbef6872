#pragma once

#include "ui/notify/notification.h"

#include <QAbstractListModel>
#include <QList>

namespace parley::ui {

// What the toolbar bell lists (R7.4): the latest notifications, newest first, each unread
// until the agent opens its conversation or the bell.
class RecentNotificationsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole,
        TimeRole, // TimestampMs
        UnreadRole
    };
    Q_ENUM(Role)

    static constexpr int capacity = 50;

    explicit RecentNotificationsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A conversation's newer notification replaces its unread one at the top, as on screen.
    void add(const Notification &notification);
    void markRead(Id conversationId);
    void markAllRead();
    int unreadCount() const { return m_unread; }

signals:
    void unreadCountChanged(int count);

private:
    struct Entry {
        Notification notification;
        bool unread = true;
    };
    void setRead(int row);
    void recount();

    QList<Entry> m_entries;
    int m_unread = 0;
};

} // namespace parley::ui
