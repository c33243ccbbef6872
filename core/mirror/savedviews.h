#pragma once

#include "core/domain/ids.h"
#include "core/filter/conversationfilter.h"
#include "core/protocol/savedviewtypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace parley {

// A view kept in this desktop's local store, as it goes to the hub once, with its key.
struct LocalViewUpload {
    Id localId = 0;
    QString name;
    ConversationFilter filter;
    QString problem; // unreadable: it cannot be uploaded and stays here
    QString key;
};

// The saved_views table of the local store: where views were kept before the hub kept them
// (issue #12). They were local to one desktop and did not follow the agent to another machine;
// now the hub keeps them (core/mirror/hubsavedviews.h) and this table only holds the views of
// an earlier version until the desktop uploads them once (core/sync/savedviewupload.h).
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
    // The views still to upload to the hub, in sidebar order.
    QList<LocalViewUpload> uploads();

    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values, int *rowsAffected = nullptr);
    bool checkName(const QString &name);
    bool checkFilter(const ConversationFilter &filter);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace parley
