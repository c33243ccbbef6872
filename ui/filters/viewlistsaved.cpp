// ViewListModel's saved views (issue #12): changes go to the hub, the rows follow the mirror's
// copy of what the hub keeps for this agent.
#include "ui/filters/viewlistmodel.h"

#include "core/sync/savedviewsapi.h"
#include "core/sync/savedviewupload.h"

#include <algorithm>

namespace parley::ui {

void ViewListModel::setHub(HubClient *hub)
{
    m_hub = hub;
}

void ViewListModel::setMayChangeShared(bool admin)
{
    if (admin == m_mayChangeShared)
        return;
    m_mayChangeShared = admin;
    reloadSavedViews();
}

bool ViewListModel::isChangeable(const QModelIndex &index) const
{
    return isRow(index) && m_rows.at(index.row()).kind == Kind::Saved &&
           !m_rows.at(index.row()).readOnly;
}

void ViewListModel::send(Id viewId, const SavedViewChange &change)
{
    const SavedViewsApi api{HubApi(m_hub)};
    QPointer<ViewListModel> self(this);
    const auto done = [self](const HubResult<SavedView> &reply) {
        if (self)
            self->settle(reply);
    };
    if (viewId == 0)
        api.create(change, done);
    else
        api.update(viewId, change, done);
}

void ViewListModel::settle(const HubResult<SavedView> &reply)
{
    if (!reply.ok()) {
        reloadSavedViews(); // what moved or was renamed on screen goes back
        emit changeRefused(reply.error().text());
        return;
    }
    // The hub's saved_view.updated follows through the sync and writes the same row again.
    QString error;
    if (!HubSavedViews(m_db).apply({0, EventType::SavedViewUpdated, toJson(reply.value())}, &error))
        qWarning("saved view %lld not kept in the mirror yet: %s", reply->id,
                 qUtf8Printable(error));
    reloadSavedViews();
    emit viewSaved(reply->id);
}

void ViewListModel::uploadLocalViews()
{
    if (m_uploading || m_uploaded || !m_hub)
        return;
    m_uploading = true;
    QPointer<ViewListModel> self(this);
    uploadLocalSavedViews(m_db, SavedViewsApi{HubApi(m_hub)},
                          [self](const SavedViewUploadResult &result) {
                              if (!self)
                                  return;
                              self->m_uploading = false;
                              self->m_uploaded = !result.interrupted;
                              // Their saved_view.updated events bring them into the sidebar.
                          });
}

void ViewListModel::saveView(Id viewId, const QString &name, const ConversationFilter &filter)
{
    SavedViewChange change;
    change.name = name;
    change.filter = filter;
    send(viewId, change);
}

void ViewListModel::renameView(Id viewId, const QString &name)
{
    SavedViewChange change;
    change.name = name;
    send(viewId, change);
}

void ViewListModel::removeView(Id viewId)
{
    QPointer<ViewListModel> self(this);
    SavedViewsApi{HubApi(m_hub)}.remove(viewId, [self, viewId](const HubResult<Done> &reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            emit self->changeRefused(reply.error().text());
            return;
        }
        QString error;
        HubSavedViews(self->m_db)
            .apply({0, EventType::SavedViewDeleted, toJson(SavedViewRemoval{viewId, 0, false})},
                   &error);
        self->reloadSavedViews();
    });
}

bool ViewListModel::moveView(Id viewId, int savedIndex)
{
    const int from = rowOfSavedView(viewId);
    const int to = firstSavedRow() + savedIndex;
    if (from < 0 || to < firstSavedRow() || to >= m_rows.size())
        return false;
    if (from == to)
        return true;
    // moveRows counts the destination before the move: moving down means "before row to + 1".
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

void ViewListModel::reloadSavedViews()
{
    const int first = firstSavedRow();
    QList<Row> wanted;
    for (const SavedView &view : HubSavedViews(m_db).list(m_me))
        wanted.append(savedRow(view));
    // Rows gone from the mirror leave; the others are changed in place and moved to their
    // place, new ones inserted there: a view chosen in the sidebar stays chosen.
    for (int row = int(m_rows.size()) - 1; row >= first; --row) {
        const Id id = m_rows.at(row).savedViewId;
        const bool stays = std::any_of(wanted.cbegin(), wanted.cend(),
                                       [id](const Row &each) { return each.savedViewId == id; });
        if (!stays) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    bool recount = false;
    for (int i = 0; i < wanted.size(); ++i) {
        const int target = first + i;
        const int at = rowOfSavedView(wanted.at(i).savedViewId);
        if (at < 0) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, wanted.at(i));
            endInsertRows();
            recount = true;
            continue;
        }
        if (at != target) {
            beginMoveRows({}, at, at, {}, target);
            m_rows.move(at, target);
            endMoveRows();
        }
        Row &row = m_rows[target];
        const Row &now = wanted.at(i);
        if (row.title != now.title || !(row.filter == now.filter) || row.problem != now.problem ||
            row.readOnly != now.readOnly) {
            recount = recount || !(row.filter == now.filter);
            const qint64 count = row.count;
            row = now;
            row.count = count;
            emit dataChanged(index(target), index(target));
        }
    }
    if (recount)
        refreshCounts();
}

} // namespace parley::ui
