#pragma once

#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorstore.h"

#include <QAbstractListModel>
#include <QSet>

namespace parley {
class DraftBook;
}

namespace parley::ui {

// The Messages module's list: conversations matching a filter, in the chosen order, read from
// the mirror one page at a time (canFetchMore/fetchMore) so a large inbox costs what its visible
// part does. The sync worker's change signals update rows in place: a changed row is re-read,
// and a row whose activity moved is moved, so selection and scroll survive.
//
// It never reads SQL on its own thread: every page, refresh and search is asked of the
// MirrorStore's reader thread and applied when the answer comes back (loaded()). An answer older
// than the newest question of its kind is dropped; a new filter or search supersedes the one
// before (the store interrupts it). Refreshes asked while one is on its way are folded into one.
//
// Two things keep the list from moving under the agent:
// - the pinned conversation (the one open in the pane) stays in the list even when it stops
//   matching the filter (read, replied to), until another one is pinned;
// - while held (the pointer or the keyboard focus is in the list), rows are updated in place
//   but none is inserted, removed or moved: the changes wait, counted by pendingChanged(), until
//   applyPending() or setHeld(false).
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        ConversationRole = Qt::UserRole + 1, // the whole Conversation
        IdRole,
        NameRole,
        LastMessageRole,
        LastMessageAtRole,
        UnreadRole,
        WindowOpenRole,
        ChannelNameRole,
        DraftRole,          // the reply being written here, "" when none
        SnoozedRole,        // its notifications are snoozed
        MatchTextRole,      // while searching: the newest message that matches
        MatchMessageIdRole, // …and its id
    };

    static constexpr int pageSize = 100;

    // `store` reads the list and keeps the drafts (MirrorStore::drafts()). Without a store, the
    // model makes one of its own over the mirror's file (`mirror` names it; no SQL runs here).
    ConversationListModel(MirrorStore *store, QSqlDatabase mirror, QObject *parent = nullptr);
    explicit ConversationListModel(QSqlDatabase mirror, QObject *parent = nullptr);

    void setFilter(const ConversationFilter &filter, const FilterContext &context);
    ConversationFilter filter() const { return m_filter; }
    void setOrder(ConversationOrder order);
    ConversationOrder order() const { return m_order; }
    void setChannelNames(const QHash<Id, QString> &names);
    void setSnoozed(const QSet<Id> &conversationIds);
    // Reads the stored drafts again (written by another program); a draft saved through the
    // store's DraftBook shows on its row at once without this.
    void reloadDrafts();

    // The open conversation: kept in the list until another is pinned (0: none).
    void setPinned(Id conversationId);
    Id pinned() const { return m_pinned; }
    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    // Conversations waiting to come into the list while it is held.
    int pendingNew() const { return m_pendingNew; }
    bool hasPending() const { return m_pending; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A question to the reader is on its way (or waits to be asked): the rows may change soon.
    bool isLoading() const { return m_reshapeAsked != 0 || m_moreAsked != 0 || m_refreshWanted; }

    int rowOf(Id conversationId) const;
    Conversation conversationAt(int row) const { return m_rows.value(row); }
    QString lastError() const { return m_error; }

public slots:
    // Re-reads the loaded range and turns the difference into row moves, inserts, removals and
    // changes.
    void refresh(const parley::MirrorChanges &changes);
    // Applies what waited while the list was held.
    void applyPending();

signals:
    // Around every insert, removal, move or reset this model makes by itself: a view's current
    // row may move during it, which is the model's doing, not the agent's.
    void reshapeStarted();
    void reshapeFinished();
    void pendingChanged(int newConversations, bool anyChange);
    // An answer of the reader was applied (a filter, a refresh or a further page).
    void loaded();

private:
    // Asks the reader for the loaded range again (with the pinned conversation) to apply the
    // changes gathered in m_changed.
    void askRefresh();
    void filterArrived(const ConversationPageReply &reply);
    void refreshArrived(const ConversationPageReply &reply);
    void moreArrived(const ConversationPageReply &reply);
    void reshapeTo(const QList<Conversation> &fresh, const QSet<Id> &changed, bool allChanged);
    void updateInPlace(const QList<Conversation> &fresh, const QHash<Id, Conversation> &leaving,
                       const QSet<Id> &changed);
    // Takes the search hits of an answer; rows whose match changed are announced.
    void takeHits(const QHash<Id, SearchHit> &hits, bool replaceAll);
    // After rows first…last changed places: their entries in m_rowIndex follow.
    void reindex(int first, int last);
    void setPending(int newConversations, bool any);
    void draftChanged(Id conversationId);

    MirrorStore *m_store;
    DraftBook *m_drafts;
    ConversationFilter m_filter;
    FilterContext m_context;
    ConversationOrder m_order = ConversationOrder::NewestActivity;
    QList<Conversation> m_rows;
    // id → row of m_rows: moves and inserts update the rows that shifted, removals mark it for
    // a rebuild at the next rowOf(). A lookup is O(1), so a refresh or a page costs the rows it
    // moves rather than rows × changes.
    mutable QHash<Id, int> m_rowIndex;
    mutable bool m_rowIndexStale = true;
    QHash<Id, QString> m_channelNames;
    QSet<Id> m_snoozed;
    QHash<Id, SearchHit> m_hits;
    Id m_pinned = 0;
    bool m_held = false;
    bool m_pending = false;
    int m_pendingNew = 0;
    bool m_atEnd = true;
    bool m_fetching = false;
    QString m_error;
    // The questions on their way: the newest filter or refresh (only its answer is applied) and
    // the next page (dropped when a filter or refresh was asked after it).
    quint64 m_reshapeAsked = 0;
    quint64 m_moreAsked = 0;
    // Changes not yet asked about, and those the refresh on its way was asked for.
    QSet<Id> m_changed;
    bool m_allChanged = false;
    bool m_refreshWanted = false;
    QSet<Id> m_asked;
    bool m_askedAll = false;
    bool m_askedApplyPending = false;
};

} // namespace parley::ui
