#pragma once

#include "core/filter/filtersql.h"
#include "core/mirror/savedviews.h"
#include "ui/filters/viewcounter.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

#include <functional>

namespace parley::ui {

// The Messages module's sidebar (R3.1, R3.3): "All conversations", "My conversations", the
// built-in views, then the views this user saved, each with how many conversations it finds.
//
// Counts run on a background thread (ViewCounter). On 100,000 conversations the rows up to the
// built-in views take about 16 ms together, all indexed; a user's view that combines filters
// no index serves (unread + department + replied in 7 days) took 53 ms on its own
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

    // `me`: the logged-in agent, for "My conversations" and views that say "me".
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

    // Saved views: these write the mirror, then update the rows. Each returns false (0 for
    // saveView) and sets errorString() when the mirror refused.
    Id saveView(Id viewId, const QString &name, const ConversationFilter &filter); // 0: add
    bool renameView(Id viewId, const QString &name);
    bool removeView(Id viewId);
    bool moveView(Id viewId, int savedIndex); // 0 = first saved view
    QString errorString() const { return m_error; }

    // Re-reads the saved views (another window changed them).
    void reloadSavedViews();

public slots:
    // Recounts every row in the background and then signals the rows whose count changed.
    // Call after a sync batch touched conversations, and now and then for the periods that
    // move with the clock ("Sent today" at midnight). Calls while a count runs are folded
    // into one more count after it.
    void refreshCounts();
    // The same, on this thread, before returning.
    void refreshCountsNow();

signals:
    // New counts are in (elapsedMs: how long counting took).
    void countsRefreshed(qint64 elapsedMs);

private:
    struct Row {
        Kind kind = Kind::AllConversations;
        QString key;
        QString title;
        ConversationFilter filter;
        Id savedViewId = 0;
        QString problem;
        qint64 count = -1;
    };

    bool isRow(const QModelIndex &index) const;
    Row savedRow(const SavedView &view) const;
    CountRequest countRequest() const;
    void applyCounts(const CountResult &counts, qint64 elapsedMs);
    int rowOfSavedView(Id id) const;

    QSqlDatabase m_db;
    SavedViews m_store;
    Id m_me = 0;
    QList<Id> m_myTeams;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<TimestampMs()> m_now;
    QList<Row> m_rows;
    QString m_error;
    ViewCounter *m_counter = nullptr; // null for an in-memory database: counted here
    bool m_counting = false;
    bool m_countAgain = false;
    int m_generation = 0; // counts asked for before it changed are stale
};

} // namespace parley::ui
