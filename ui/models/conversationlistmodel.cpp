#include "ui/models/conversationlistmodel.h"

#include "core/rules/servicewindow.h"
#include "ui/models/accessibletexts.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace parley::ui {

ConversationListModel::ConversationListModel(QSqlDatabase mirror, QObject *parent)
    : QAbstractListModel(parent), m_db(mirror)
{}

QList<Conversation> ConversationListModel::query(const ConversationCursor &after, int limit,
                                                 bool *atEnd)
{
    ConversationPage page;
    if (!fetchConversationPage(m_db, m_filter, m_context, after, limit, &page, &m_error)) {
        *atEnd = true;
        return {};
    }
    *atEnd = page.atEnd;
    return page.rows;
}

void ConversationListModel::setFilter(const ConversationFilter &filter,
                                      const FilterContext &context)
{
    beginResetModel();
    m_filter = filter;
    m_context = context;
    m_rows = query({}, pageSize, &m_atEnd);
    // Listeners of modelReset (views, QAbstractItemModelTester) may ask for more rows while the
    // reset is still being announced; the next page waits for the view to scroll.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    endResetModel();
}

void ConversationListModel::setChannelNames(const QHash<Id, QString> &names)
{
    m_channelNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {ChannelNameRole});
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.customerName.isEmpty() ? c.customerNumber : c.customerName;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n+%2").arg(c.customerName, c.customerNumber);
    case Qt::AccessibleTextRole: {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return accessibleConversationText(c, m_channelNames.value(c.channelId),
                                          serviceWindowAt(c.lastInboundAt, now).open, now);
    }
    case ConversationRole:
        return QVariant::fromValue(c);
    case IdRole:
        return c.id;
    case LastMessageRole:
        return c.lastMessageText;
    case LastMessageAtRole:
        return c.lastMessageAt;
    case UnreadRole:
        return c.unreadCount;
    case WindowOpenRole:
        return serviceWindowAt(c.lastInboundAt, QDateTime::currentMSecsSinceEpoch()).open;
    case ChannelNameRole:
        return m_channelNames.value(c.channelId);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(NameRole, "name");
    names.insert(LastMessageRole, "lastMessage");
    names.insert(UnreadRole, "unread");
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask again from inside the insert's signals.
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_fetching)
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const Conversation &last = m_rows.last();
    bool atEnd = true;
    const QList<Conversation> more = query({last.lastMessageAt, last.id}, pageSize, &atEnd);
    m_atEnd = atEnd;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

int ConversationListModel::rowOf(Id conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == conversationId)
            return row;
    }
    return -1;
}

void ConversationListModel::refresh(const MirrorChanges &changes)
{
    if (changes.conversations.isEmpty() && !changes.channels)
        return;
    m_context.now = QDateTime::currentMSecsSinceEpoch();
    bool atEnd = true;
    const QList<Conversation> fresh = query({}, qMax(pageSize, int(m_rows.size())), &atEnd);
    QSet<Id> freshIds;
    for (const Conversation &c : fresh)
        freshIds.insert(c.id);

    // 1. Rows that left the view (closed, reassigned, scrolled past the loaded range).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // 2. In the new order: keep, move up, or insert each row.
    for (int row = 0; row < fresh.size(); ++row) {
        const Conversation &wanted = fresh.at(row);
        if (row < m_rows.size() && m_rows.at(row).id == wanted.id) {
            if (changes.conversations.contains(wanted.id) || changes.channels) {
                m_rows[row] = wanted;
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        const int from = rowOf(wanted.id);
        if (from > row) {
            beginMoveRows({}, from, from, {}, row);
            m_rows.move(from, row);
            endMoveRows();
            m_rows[row] = wanted;
            emit dataChanged(index(row), index(row));
        } else {
            beginInsertRows({}, row, row);
            m_rows.insert(row, wanted);
            endInsertRows();
        }
    }
    // 3. Anything left beyond the fresh range (cannot normally happen: fresh covers it).
    if (m_rows.size() > fresh.size()) {
        beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
        m_rows.resize(fresh.size());
        endRemoveRows();
    }
    m_atEnd = atEnd;
}

} // namespace parley::ui
