#include "ui/models/conversationlistmodel.h"

// The rows' bookkeeping: the id → row index, and turning an answer into the fewest row moves,
// inserts, removals and changes (or changes only, while the list is held).

namespace parley::ui {

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

void ConversationListModel::reshapeTo(const QList<Conversation> &fresh, const QSet<Id> &changed,
                                      bool allChanged)
{
    emit reshapeStarted();
    QSet<Id> freshIds;
    for (const Conversation &c : fresh)
        freshIds.insert(c.id);

    // 1. Rows that left the view (closed, reassigned, scrolled past the loaded range): each run
    // of neighbours that left is one removal.
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (freshIds.contains(m_rows.at(last).id))
            continue;
        int first = last;
        while (first > 0 && !freshIds.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        m_rowIndexStale = true;
        endRemoveRows();
        last = first;
    }
    // 2. In the new order: keep, move up, or insert each row. Every row still here is in
    // `fresh`, so one that is not at its place comes from below; the new ones that follow each
    // other (a batch of new conversations at the top) are one insertion.
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
            continue;
        }
        int end = row + 1;
        while (end < fresh.size() && rowOf(fresh.at(end).id) < 0)
            ++end;
        beginInsertRows({}, row, end - 1);
        m_rows.insert(row, end - row, Conversation());
        for (int at = row; at < end; ++at)
            m_rows[at] = fresh.at(at);
        reindex(row, int(m_rows.size()) - 1);
        endInsertRows();
        row = end - 1;
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

} // namespace parley::ui
