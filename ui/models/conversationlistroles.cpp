#include "ui/models/conversationlistmodel.h"

#include "core/mirror/drafts.h"
#include "core/rules/servicewindow.h"
#include "ui/models/accessibletexts.h"

#include <QDateTime>

// What a row shows: its roles, and what comes from beside the page (channel names, snoozes,
// drafts).

namespace parley::ui {

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
    case DraftRole:
        return m_drafts.value(c.id);
    case SnoozedRole:
        return m_snoozed.contains(c.id);
    case MatchTextRole:
        return m_hits.value(c.id).text;
    case MatchMessageIdRole:
        return m_hits.value(c.id).messageId;
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
    names.insert(DraftRole, "draft");
    return names;
}

void ConversationListModel::setChannelNames(const QHash<Id, QString> &names)
{
    m_channelNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {ChannelNameRole});
}

void ConversationListModel::setSnoozed(const QSet<Id> &conversationIds)
{
    if (conversationIds == m_snoozed)
        return;
    m_snoozed = conversationIds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {SnoozedRole});
}

void ConversationListModel::reloadDrafts()
{
    const QHash<Id, QString> drafts = Drafts(m_db).all();
    if (drafts == m_drafts)
        return;
    m_drafts = drafts;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {DraftRole});
}

} // namespace parley::ui
