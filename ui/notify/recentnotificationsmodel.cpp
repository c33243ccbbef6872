#include "ui/notify/recentnotificationsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace parley::ui {

RecentNotificationsModel::RecentNotificationsModel(QObject *parent) : QAbstractListModel(parent) {}

int RecentNotificationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentNotificationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const Notification &n = entry.notification;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(n.title, n.body);
    case Qt::ToolTipRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.at), QLocale::ShortFormat);
    case ConversationIdRole:
        return n.conversationId;
    case TitleRole:
        return n.title;
    case BodyRole:
        return n.body;
    case TimeRole:
        return n.at;
    case UnreadRole:
        return entry.unread;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentNotificationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(TitleRole, "title");
    names.insert(BodyRole, "body");
    names.insert(TimeRole, "time");
    names.insert(UnreadRole, "unread");
    return names;
}

void RecentNotificationsModel::add(const Notification &notification)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).unread &&
            m_entries.at(row).notification.conversationId == notification.conversationId) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
            break;
        }
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend({notification, true});
    endInsertRows();
    if (m_entries.size() > capacity) {
        beginRemoveRows({}, capacity, int(m_entries.size()) - 1);
        m_entries.erase(m_entries.begin() + capacity, m_entries.end());
        endRemoveRows();
    }
    recount();
}

void RecentNotificationsModel::markRead(Id conversationId)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).notification.conversationId == conversationId)
            setRead(row);
    }
    recount();
}

void RecentNotificationsModel::markAllRead()
{
    for (int row = 0; row < m_entries.size(); ++row)
        setRead(row);
    recount();
}

void RecentNotificationsModel::setRead(int row)
{
    if (!m_entries.at(row).unread)
        return;
    m_entries[row].unread = false;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {UnreadRole});
}

void RecentNotificationsModel::recount()
{
    int unread = 0;
    for (const Entry &entry : std::as_const(m_entries))
        unread += entry.unread ? 1 : 0;
    if (unread == m_unread)
        return;
    m_unread = unread;
    emit unreadCountChanged(unread);
}

} // namespace parley::ui
