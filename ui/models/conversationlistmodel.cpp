#include "ui/models/conversationlistmodel.h"

#include "core/mirror/drafts.h"
#include "core/rules/servicewindow.h"
#include "ui/models/accessibletexts.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace parley::ui {

ConversationListModel::ConversationListModel(MirrorStore *store, QSqlDatabase mirror,
                                             QObject *parent)
    : QAbstractListModel(parent),
      m_store(store != nullptr ? store : new MirrorStore(mirror.databaseName(), this)), m_db(mirror)
{
    m_drafts = Drafts(m_db).all();
}

ConversationListModel::ConversationListModel(QSqlDatabase mirror, QObject *parent)
    : ConversationListModel(nullptr, mirror, parent)
{}

void ConversationListModel::setFilter(const ConversationFilter &filter,
                                      const FilterContext &context)
{
    m_filter = filter;
    m_context = context;
    ConversationPageRequest request;
    request.filter = m_filter;
    request.context = m_context;
    request.order = m_order;
    request.limit = pageSize;
    request.supersedes = true;
    // A new view shows the view as it is: the pinned conversation is not kept into it.
    m_moreAsked = 0;
    m_changed.clear();
    m_allChanged = false;
    m_refreshWanted = false;
    m_reshapeAsked = m_store->conversationPage(
        request, [this](const ConversationPageReply &reply) { filterArrived(reply); });
}

void ConversationListModel::filterArrived(const ConversationPageReply &reply)
{
    if (reply.requestId != m_reshapeAsked)
        return; // a newer question is on its way
    m_reshapeAsked = 0;
    if (reply.cancelled)
        return;
    if (!reply.ok)
        m_error = reply.error;
    emit reshapeStarted();
    beginResetModel();
    m_rows = reply.ok ? reply.page.rows : QList<Conversation>();
    m_atEnd = !reply.ok || reply.page.atEnd;
    m_rowIndexStale = true;
    m_hits = reply.hits;
    setPending(0, false);
    {
        // Listeners of modelReset (views, QAbstractItemModelTester) may ask for more rows while
        // the reset is still being announced; the next page waits for the view to scroll.
        const QScopedValueRollback<bool> guard(m_fetching, true);
        endResetModel();
    }
    emit reshapeFinished();
    if (m_refreshWanted)
        askRefresh();
    emit loaded();
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

void ConversationListModel::takeHits(const QHash<Id, SearchHit> &hits, bool replaceAll)
{
    if (hits.isEmpty() && (m_hits.isEmpty() || !replaceAll))
        return;
    QHash<Id, SearchHit> next = replaceAll ? hits : m_hits;
    if (!replaceAll) {
        for (auto it = hits.cbegin(); it != hits.cend(); ++it)
            next.insert(it.key(), it.value());
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const Id id = m_rows.at(row).id;
        const SearchHit before = m_hits.value(id);
        const SearchHit after = next.value(id);
        if (before.messageId != after.messageId || before.text != after.text)
            emit dataChanged(index(row), index(row), {MatchTextRole, MatchMessageIdRole});
        // (a row's match is announced alone: an unchanged row is not repainted)
    }
    m_hits = next;
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
    // Views (and QAbstractItemModelTester) may ask again from inside the insert's signals; a
    // page waits for the filter or refresh on its way, whose answer changes the last row.
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_fetching || m_moreAsked != 0 ||
        m_reshapeAsked != 0)
        return;
    const Conversation &last = m_rows.last();
    ConversationPageRequest request;
    request.filter = m_filter;
    request.context = m_context;
    request.order = m_order;
    request.after = {last.lastMessageAt, last.id};
    request.limit = pageSize;
    m_moreAsked = m_store->conversationPage(
        request, [this](const ConversationPageReply &reply) { moreArrived(reply); });
}

void ConversationListModel::moreArrived(const ConversationPageReply &reply)
{
    if (reply.requestId != m_moreAsked)
        return;
    m_moreAsked = 0;
    if (!reply.ok) {
        m_error = reply.error;
        m_atEnd = true;
        emit loaded();
        return;
    }
    const QScopedValueRollback<bool> guard(m_fetching, true);
    m_atEnd = reply.page.atEnd;
    QList<Conversation> more = reply.page.rows;
    // A pinned row kept out of its place must not come twice.
    more.removeIf([this](const Conversation &c) { return rowOf(c.id) >= 0; });
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        for (int i = 0; i < more.size(); ++i)
            m_rowIndex.insert(more.at(i).id, int(m_rows.size()) + i);
        m_rows.append(more);
        endInsertRows();
        takeHits(reply.hits, false);
    }
    emit loaded();
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
    m_changed.unite(changes.conversations);
    m_allChanged = m_allChanged || changes.channels;
    m_refreshWanted = true;
    if (m_reshapeAsked == 0)
        askRefresh();
    // else: asked when the answer on its way has been applied, all changes in one question
}

void ConversationListModel::applyPending()
{
    if (!m_pending)
        return;
    m_allChanged = true;
    m_askedApplyPending = true;
    m_refreshWanted = true;
    if (m_reshapeAsked == 0)
        askRefresh();
}

void ConversationListModel::askRefresh()
{
    m_context.now = QDateTime::currentMSecsSinceEpoch();
    ConversationPageRequest request;
    request.filter = m_filter;
    request.context = m_context;
    request.order = m_order;
    request.limit = qMax(pageSize, int(m_rows.size()));
    request.pinned = m_pinned;
    request.keepPinned = m_pinned != 0 && rowOf(m_pinned) >= 0;
    if (m_held) {
        for (const Id id : std::as_const(m_changed)) {
            if (rowOf(id) >= 0)
                request.alsoRead.append(id);
        }
    }
    m_asked = m_changed;
    m_askedAll = m_allChanged;
    m_changed.clear();
    m_allChanged = false;
    m_refreshWanted = false;
    m_moreAsked = 0; // its last row may move: the view asks again after the refresh
    m_reshapeAsked = m_store->conversationPage(
        request, [this](const ConversationPageReply &reply) { refreshArrived(reply); });
}

void ConversationListModel::refreshArrived(const ConversationPageReply &reply)
{
    if (reply.requestId != m_reshapeAsked)
        return;
    m_reshapeAsked = 0;
    if (!reply.ok) {
        m_error = reply.error;
    } else if (!m_held || m_askedApplyPending) {
        reshapeTo(reply.page.rows, m_asked, m_askedAll);
        takeHits(reply.hits, true);
        m_atEnd = reply.page.atEnd;
        m_askedApplyPending = false;
        setPending(0, false);
    } else {
        const QList<Conversation> &fresh = reply.page.rows;
        updateInPlace(fresh, reply.alsoRead, m_asked);
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
    m_asked.clear();
    m_askedAll = false;
    if (m_refreshWanted)
        askRefresh();
    emit loaded();
}

void ConversationListModel::updateInPlace(const QList<Conversation> &fresh,
                                          const QHash<Id, Conversation> &leaving,
                                          const QSet<Id> &changed)
{
    QHash<Id, int> freshRow;
    for (int row = 0; row < fresh.size(); ++row)
        freshRow.insert(fresh.at(row).id, row);
    for (const Id id : changed) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (freshRow.contains(id))
            m_rows[row] = fresh.at(freshRow.value(id));
        else if (leaving.contains(id))
            m_rows[row] = leaving.value(id); // on its way out, but its badge tells the truth
        else
            continue;
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
    emit reshapeFinished();
}

} // namespace parley::ui
