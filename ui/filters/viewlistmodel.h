#pragma once

#include "core/filter/filtersql.h"
#include "core/mirror/hubsavedviews.h"
#include "core/mirror/mirrorstore.h"
#include "core/sync/hubapi.h"
#include "ui/filters/viewcounter.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>

namespace parley::ui {

// The Messages module's sidebar (R3.1, R3.3): "All conversations", "My conversations", the
// built-in views, then the views this user saved, each with how many conversations it finds.
//
// Nothing here runs SQL on the GUI thread: the saved views are read on the store's reader thread
// (the rows arrive with savedViewsLoaded), what the hub confirmed is written on the store's
// writer thread, and counts run on a background thread (ViewCounter). On 100,000 conversations the
// rows up to the built-in views take about 16 ms together, all indexed; a user's view that combines
// filters no index serves (unread + department + replied in 7 days) took 53 ms on its own
// (tests/ui/tst_savedviews.cpp prints the figures), and a sidebar holds any number of them.
class ViewListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { AllConversations, MyConversations, Builtin, Saved };
    enum Roles {
        FilterRole = Qt::UserRole + 1, // ConversationFilter; invalid for an unreadable view
        CountRole,                     // qint64; -1 when it could not be counted
        KindRole,                      // int(Kind)
        KeyRole,         // stable, for remembering the chosen view: "all", "mine", "unreplied",
                         // …, "saved:<id>"
        SavedViewIdRole, // Id, 0 unless Kind::Saved
        ProblemRole,     // why a saved view cannot be read; empty when it can
    };

    // `me`: the logged-in agent, for "My conversations" and views that say "me". `store`: the
    // window's door to the mirror.
    ViewListModel(MirrorStore *store, Id me, QObject *parent = nullptr);
    // Makes its own store over the mirror's file (tests).
    ViewListModel(QSqlDatabase db, Id me, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Only saved views move, and only among themselves.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    void setMe(Id me);
    // The agent groups "me" belongs to, for the "My team" view (issue #12).
    void setMyTeams(const QList<Id> &teams);
    // For tests and for a zone the user picked; the system zone and clock by default.
    void setTimeZone(const QTimeZone &zone);
    void setClock(std::function<TimestampMs()> now);
    FilterContext context() const;

    ConversationFilter filterAt(int row) const;
    QModelIndex indexForKey(const QString &key) const;
    QModelIndex indexForSavedView(Id id) const;
    int firstSavedRow() const;

    // Saved views live on the hub (issue #12): these send the change and return at once. The
    // hub's answer is written to the mirror's copy on the store's writer thread and the rows
    // follow when it is written (viewSaved); a refusal,
    // or no hub (offline: not queued, see SavedViewsApi), is changeRefused with the words to
    // show, and the rows go back to the mirror's copy.
    void setHub(HubClient *hub);
    // Admins change the views shared with the team; everyone else only uses them.
    void setMayChangeShared(bool admin);
    void saveView(Id viewId, const QString &name, const ConversationFilter &filter); // 0: add
    void renameView(Id viewId, const QString &name);
    void removeView(Id viewId);
    bool moveView(Id viewId, int savedIndex); // 0 = first saved view; false: not a move
    // Whether the row's saved view may be renamed, refiltered or removed by this agent.
    bool isChangeable(const QModelIndex &index) const;

    // The views an earlier version kept on this desktop go to the hub, once per session while
    // any are left (core/sync/savedviewupload.h); call when the hub is reached.
    void uploadLocalViews();

    // Re-reads the saved views from the mirror on the store's reader thread (a saved_view.*
    // event arrived): rows that stay are changed in place, so the chosen view stays chosen.
    void reloadSavedViews();
    // The saved views have been read at least once (the sidebar is complete).
    bool isLoaded() const { return m_savedLoaded; }
    // A read or a write of the saved views is on its way; the rows follow its answer.
    bool isLoading() const { return m_listAsked != 0; }

public slots:
    // Recounts every row in the background and then signals the rows whose count changed; the
    // model counts nothing until this is first called.
    // Call after a sync batch touched conversations, and now and then for the periods that
    // move with the clock ("Sent today" at midnight). Calls while a count runs are folded
    // into one more count after it.
    void refreshCounts();
    // The same, waiting for the counting thread before returning (tests and benchmarks).
    void refreshCountsNow();

signals:
    // New counts are in (elapsedMs: how long counting took).
    void countsRefreshed(qint64 elapsedMs);
    // The hub saved the view (made, renamed, refiltered or moved) and the mirror's copy has it.
    void viewSaved(Id id);
    // The saved views read from the mirror are in the rows.
    void savedViewsLoaded();
    // The hub refused a change, or could not be reached: `text` says so in the user's words.
    void changeRefused(const QString &text);

private:
    struct Row {
        Kind kind = Kind::AllConversations;
        QString key;
        QString title;
        ConversationFilter filter;
        Id savedViewId = 0;
        QString problem;
        bool readOnly = false; // a view another agent shared, for a non-admin
        qint64 count = -1;
    };

    bool isRow(const QModelIndex &index) const;
    Row savedRow(const SavedView &view) const;
    CountRequest countRequest() const;
    void applyCounts(const CountResult &counts, qint64 elapsedMs);
    int rowOfSavedView(Id id) const;
    void send(Id viewId, const SavedViewChange &change);
    void settle(const HubResult<SavedView> &reply);
    // Writes the hub's change to the mirror's copy on the writer thread, then shows the list
    // as written; `then` runs after the rows follow.
    void writeSavedView(const Event &event, std::function<void()> then);
    void showSavedViews(const QList<SavedView> &views);

    MirrorStore *m_store = nullptr;
    quint64 m_listAsked = 0; // the newest read or write of the list; older answers are dropped
    bool m_savedLoaded = false;
    int m_writesPending = 0; // changes the hub confirmed, being written to the mirror's copy
    QPointer<HubClient> m_hub;
    bool m_mayChangeShared = false;
    bool m_uploading = false;
    bool m_uploaded = false;
    Id m_me = 0;
    QList<Id> m_myTeams;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<TimestampMs()> m_now;
    QList<Row> m_rows;
    ViewCounter *m_counter = nullptr;
    bool m_counting = false;
    bool m_countAgain = false;
    int m_generation = 0; // counts asked for before it changed are stale
};

} // namespace parley::ui
