#pragma once

#include "core/domain/ids.h"
#include "core/filter/conversationfilter.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace parley {

// A saved view (R3.3, issue #12): a name and any combination of filters, kept by the hub per
// agent so that every desktop of the agent shows the same views and a rebuilt mirror gets them
// back (docs/api.md "Saved views"). An admin may share one with the team: it then reaches every
// agent, read-only for those who are not admins.
struct SavedView {
    Id id = 0;
    Id ownerId = 0;
    QString name;
    ConversationFilter filter;
    int position = 0; // the owner's order; shared views of others follow by name
    bool shared = false;
    // Why the filter could not be read (written by a newer Parley); empty when it could. Such
    // a view is kept and listed, so that it can be removed, but never run.
    QString problem;
};

QJsonObject toJson(const SavedView &view);
// A filter this version cannot read does not fail the decoding: it lands in `problem`, so an
// event from a newer hub never stops a sync.
bool fromJson(const QJsonObject &json, SavedView *view, QString *error);

// The body of POST /saved-views (all of name and filter) and POST /saved-views/{id} (any part).
struct SavedViewChange {
    std::optional<QString> name;
    std::optional<ConversationFilter> filter;
    QString filterProblem; // the filter object given could not be read
    std::optional<int> position;
    std::optional<bool> shared;
    // Creation only: the desktop's key for a view it uploads from its own older store, so a
    // repeated upload (a crash before it noted the answer) finds the first one.
    QString clientKey;

    bool isEmpty() const
    {
        return !name && !filter && filterProblem.isEmpty() && !position && !shared;
    }
};

QJsonObject toJson(const SavedViewChange &change);
bool fromJson(const QJsonObject &json, SavedViewChange *change, QString *error);

// The body of saved_view.deleted: the view and who could see it, for the hub's feed.
struct SavedViewRemoval {
    Id id = 0;
    Id ownerId = 0;
    bool shared = false;
    // Unshared, not deleted: it leaves the other agents' desktops only (the owner keeps it).
    bool unshared = false;
};
QJsonObject toJson(const SavedViewRemoval &removal);
bool fromJson(const QJsonObject &json, SavedViewRemoval *removal, QString *error);

} // namespace parley
