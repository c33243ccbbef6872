#include "ui/models/conversationlistmodel.h"

#include "core/mirror/drafts.h"
#include "core/rules/servicewindow.h"
#include "ui/models/accessibletexts.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace parley::ui {

ConversationListModel::ConversationListModel(QSqlDatabase mirror, QObject *parent)
    : QAbstractListModel(parent), m_db(mirror)
{
    m_drafts = Drafts(m_db).all();
}

QList<Conversation> ConversationListModel::query(const ConversationCursor &after, int limit,
                                                 bool *atEnd)
{
    ConversationPage page;
    if (!fetchConversationPage(m_db, m_filter, m_context, after, limit, &page, &m_error, m_order)) {
        *atEnd = true;
        return {};
    }
    *atEnd = page.atEnd;
    return page.rows;
}

QList<Conversation> ConversationListModel::freshRows(bool *atEnd)
{
    QList<Conversation> fresh = query({}, qMax(pageSize, int(m_rows.size())), atEnd);
    if (m_pinned == 0 || rowOf(m_pinned) < 0)
        return fresh;
    for (const Conversation &c : std::as_const(fresh)) {
        if (c.id == m_pinned)
            return fresh;
    }
    // The open conversation stopped matching (read, replied to, closed): it stays where its
    // activity puts it until the agent opens another one.
    Conversation pinned;
    QString error;
    if (!fetchConversation(m_db, m_pinned, &pinned, &error))
        return fresh;
    int at = 0;
    while (at < fresh.size() && comesBefore(fresh.at(at), pinned, m_order))
        ++at;
    fresh.insert(at, pinned);
    return fresh;
}

void ConversationListModel::setFilter(const ConversationFilter &filter,
                                      const FilterContext &context)
{
    emit reshapeStarted();
    beginResetModel();
    m_filter = filter;
    m_context = context;
    m_rows = query({}, pageSize, &m_atEnd);
    m_rowIndexStale = true;
    loadSearchHits();
    setPending(0, false);
    {
        // Listeners of modelReset (views, QAbstractItemModelTester) may ask for more rows while
        // the reset is still being announced; the next page waits for the view to scroll.
        const QScopedValueRollback<bool> guard(m_fetching, true);
        endResetModel();
    }
    emit reshapeFinished();
}

void ConversationListModel::setOrder(ConversationOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    setFilter(m_filter, m_context);
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

void ConversationListModel::loadSearchHits()
{
    m_hits.clear();
    if (m_filter.search.trimmed().isEmpty() || m_rows.isEmpty())
        return;
    QList<Id> ids;
    ids.reserve(m_rows.size());
    for (const Conversation &c : std::as_const(m_rows))
        ids.append(c.id);
    QString error;
    if (!fetchSearchHits(m_db, m_filter.search, ids, &m_hits, &error))
        m_error = error;
}

void ConversationListModel::setPinned(Id conversationId)
{
    if (conversationId == m_pinned)
        return;
    const Id previous = m_pinned;
    m_pinned = conversationId;
    // The previously open conversation may have stopped matching long ago: now it may go.
    if (previous != 0 && rowOf(previous) >= 0)
        refresh(MirrorChanges{{previous}, {}, false, false});
}

void ConversationListModel::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (!held)
        applyPending();
}

void ConversationListModel::setPending(int newConversations, bool any)
{
    if (newConversations == m_pendingNew && any == m_pending)
        return;
    m_pendingNew = newConversations;
    m_pending = any;
    emit pendingChanged(newConversations, any);
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
    QList<Conversation> more = query({last.lastMessageAt, last.id}, pageSize, &atEnd);
    m_atEnd = atEnd;
    // A pinned row kept out of its place must not come twice.
    more.removeIf([this](const Conversation &c) { return rowOf(c.id) >= 0; });
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    for (int i = 0; i < more.size(); ++i)
        m_rowIndex.insert(more.at(i).id, int(m_rows.size()) + i);
    m_rows.append(more);
    endInsertRows();
    if (!m_filter.search.trimmed().isEmpty()) {
        loadSearchHits();
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {MatchTextRole, MatchMessageIdRole});
    }
}

int ConversationListModel::rowOf(Id conversationId) const
{
    if (m_rowIndexStale) {
        m_rowIndex.clear();
        m_rowIndex.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowIndex.insert(m_rows.at(row).id, row);
        m_rowIndexStale = false;
    }
    return m_rowIndex.value(conversationId, -1);
}

void ConversationListModel::reindex(int first, int last)
{
    if (m_rowIndexStale)
        return; // rebuilt whole at the next lookup
    for (int row = first; row <= last; ++row)
        m_rowIndex.insert(m_rows.at(row).id, row);
}

void ConversationListModel::refresh(const MirrorChanges &changes)
{
    if (changes.conversations.isEmpty() && !changes.channels)
        return;
    m_context.now = QDateTime::currentMSecsSinceEpoch();
    bool atEnd = true;
    const QList<Conversation> fresh = freshRows(&atEnd);
    if (!m_held) {
        reshapeTo(fresh, changes.conversations, changes.channels);
        m_atEnd = atEnd;
        return;
    }
    updateInPlace(fresh, changes.conversations);
    QSet<Id> shown;
    for (const Conversation &c : std::as_const(m_rows))
        shown.insert(c.id);
    int arriving = 0;
    bool differs = fresh.size() != m_rows.size();
    for (int row = 0; row < fresh.size(); ++row) {
        if (!shown.contains(fresh.at(row).id))
            ++arriving;
        if (row < m_rows.size() && m_rows.at(row).id != fresh.at(row).id)
            differs = true;
    }
    setPending(arriving, differs || m_pending);
}

void ConversationListModel::applyPending()
{
    if (!m_pending)
        return;
    bool atEnd = true;
    const QList<Conversation> fresh = freshRows(&atEnd);
    reshapeTo(fresh, {}, true);
    m_atEnd = atEnd;
    setPending(0, false);
}

void ConversationListModel::updateInPlace(const QList<Conversation> &fresh, const QSet<Id> &changed)
{
    QHash<Id, int> freshRow;
    for (int row = 0; row < fresh.size(); ++row)
        freshRow.insert(fresh.at(row).id, row);
    for (int row = 0; row < m_rows.size(); ++row) {
        const Id id = m_rows.at(row).id;
        if (!changed.contains(id))
            continue;
        if (freshRow.contains(id)) {
            m_rows[row] = fresh.at(freshRow.value(id));
        } else {
            // On its way out, but the badge and the last message still tell the truth.
            Conversation current;
            QString error;
            if (!fetchConversation(m_db, id, &current, &error))
                continue;
            m_rows[row] = current;
        }
        emit dataChanged(index(row), index(row));
    }
}

void ConversationListModel::reshapeTo(const QList<Conversation> &fresh, const QSet<Id> &changed,
                                      bool allChanged)
{
    emit reshapeStarted();
    QSet<Id> freshIds;
    for (const Conversation &c : fresh)
        freshIds.insert(c.id);

    // 1. Rows that left the view (closed, reassigned, scrolled past the loaded range).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_rowIndexStale = true;
            endRemoveRows();
        }
    }
    // 2. In the new order: keep, move up, or insert each row.
    for (int row = 0; row < fresh.size(); ++row) {
        const Conversation &wanted = fresh.at(row);
        if (row < m_rows.size() && m_rows.at(row).id == wanted.id) {
            if (allChanged || changed.contains(wanted.id)) {
                m_rows[row] = wanted;
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        const int from = rowOf(wanted.id);
        if (from > row) {
            beginMoveRows({}, from, from, {}, row);
            m_rows.move(from, row);
            reindex(row, from);
            endMoveRows();
            m_rows[row] = wanted;
            emit dataChanged(index(row), index(row));
        } else {
            beginInsertRows({}, row, row);
            m_rows.insert(row, wanted);
            reindex(row, int(m_rows.size()) - 1);
            endInsertRows();
        }
    }
    // 3. Anything left beyond the fresh range (cannot normally happen: fresh covers it).
    if (m_rows.size() > fresh.size()) {
        beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
        m_rows.resize(fresh.size());
        m_rowIndexStale = true;
        endRemoveRows();
    }
    if (!m_filter.search.trimmed().isEmpty() && !m_rows.isEmpty()) {
        loadSearchHits();
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {MatchTextRole, MatchMessageIdRole});
    }
    emit reshapeFinished();
}

} // namespace parley::ui
