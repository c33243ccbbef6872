#pragma once

#include "core/domain/ids.h"
#include "core/filter/conversationfilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace parley {

// A user-defined view of R3.3: a name and any combination of filters.
struct SavedView {
    Id id = 0;
    QString name;
    ConversationFilter filter;
    int position = 0;
    // Why the stored filter could not be read (a view saved by a newer Parley); empty when it
    // could. Such a view is listed, so that it can be removed, but never run.
    QString problem;
};

// The saved_views table of the mirror. Views are local to this desktop on purpose: the hub has
// no route for them, they are a personal arrangement of one agent's sidebar rather than team
// data, and keeping them here makes them work offline. The price is that they do not follow
// the agent to another machine, and that a mirror rebuilt from the hub (Mirror::discard)
// loses them.
//
// Use it on the thread that owns the connection, like the Mirror itself.
class SavedViews {
public:
    explicit SavedViews(QSqlDatabase db);

    // In sidebar order (position, then id). Empty on error; see errorString().
    QList<SavedView> list();
    // Appends at the end of the list; returns the new id, or 0 when the name is blank, the
    // filter does not validate, or the database refused.
    Id add(const QString &name, const ConversationFilter &filter);
    bool rename(Id id, const QString &name);
    bool updateFilter(Id id, const ConversationFilter &filter);
    // Both at once, so that a refused name leaves the filter as it was too.
    bool update(Id id, const QString &name, const ConversationFilter &filter);
    bool remove(Id id);
    // Puts the listed views first, in this order; views not listed keep their relative order
    // after them. Unknown ids are ignored. One transaction: a crash leaves the old order.
    bool reorder(const QList<Id> &order);

    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values, int *rowsAffected = nullptr);
    bool checkName(const QString &name);
    bool checkFilter(const ConversationFilter &filter);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace parley
