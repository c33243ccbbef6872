#include "ui/models/conversationlistmodel.h"

#include "core/mirror/draftbook.h"
#include "core/rules/servicewindow.h"
#include "ui/models/accessibletexts.h"
#include "ui/models/bubblecontent.h"

#include <QDateTime>

#include <utility>

// What a row shows: its roles, and what comes from beside the page (channel names, snoozes,
// drafts), each change announced on the rows it touches.

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
        return BubbleTexts::previewOf(c);
    case LastMessageAtRole:
        return c.lastMessageAt;
    case UnreadRole:
        return c.unreadCount;
    case WindowOpenRole:
        return serviceWindowAt(c.lastInboundAt, QDateTime::currentMSecsSinceEpoch()).open;
    case ChannelNameRole:
        return m_channelNames.value(c.channelId);
    case DraftRole:
        return m_drafts->text(c.id);
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
    const QHash<Id, QString> before = std::exchange(m_channelNames, names);
    for (int row = 0; row < m_rows.size(); ++row) {
        const Id channel = m_rows.at(row).channelId;
        if (before.value(channel) != names.value(channel))
            emit dataChanged(index(row), index(row), {ChannelNameRole, Qt::AccessibleTextRole});
    }
}

void ConversationListModel::setSnoozed(const QSet<Id> &conversationIds)
{
    if (conversationIds == m_snoozed)
        return;
    // Only the rows that were snoozed or are now, and not both.
    QSet<Id> flipped = m_snoozed;
    flipped.unite(conversationIds);
    flipped.subtract(QSet<Id>(m_snoozed).intersect(conversationIds));
    m_snoozed = conversationIds;
    for (const Id id : std::as_const(flipped)) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row), {SnoozedRole});
    }
}

void ConversationListModel::reloadDrafts()
{
    m_drafts->reload(); // draftChanged() for each that differs
}

void ConversationListModel::draftChanged(Id conversationId)
{
    const int row = rowOf(conversationId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {DraftRole});
}

} // namespace parley::ui
