#include "ui/models/conversationlistmodel.h"

#include "core/mirror/draftbook.h"

#include <QDateTime>
#include <QScopedValueRollback>

// Asking the reader and applying its answers: a filter or order (the list anew), the next page,
// and refreshes after sync batches. What the rows become is conversationlistrows.cpp; what a row
// shows, conversationlistroles.cpp.

namespace parley::ui {

ConversationListModel::ConversationListModel(MirrorStore *store, QSqlDatabase mirror,
                                             QObject *parent)
    : QAbstractListModel(parent),
      m_store(store != nullptr ? store : new MirrorStore(mirror.databaseName(), this)),
      m_drafts(m_store->drafts())
{
    connect(m_drafts, &DraftBook::changed, this, &ConversationListModel::draftChanged);
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

} // namespace parley::ui
