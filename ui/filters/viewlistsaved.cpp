// ViewListModel's saved views (issue #12): changes go to the hub, the rows follow the mirror's
// copy of what the hub keeps for this agent, read on the store's reader thread; what the hub
// confirmed is written to that copy on the store's writer thread, never on the GUI thread.
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
    // The hub's saved_view.updated follows through the sync and writes the same row again;
    // written now so the sidebar shows the change without waiting for it.
    QPointer<ViewListModel> self(this);
    writeSavedView({0, EventType::SavedViewUpdated, toJson(reply.value())}, [self, id = reply->id] {
        if (self)
            emit self->viewSaved(id);
    });
}

void ViewListModel::writeSavedView(const Event &event, std::function<void()> then)
{
    const Id me = m_me;
    ++m_writesPending;
    m_listAsked = m_store->write<QList<SavedView>>(
        [event, me](QSqlDatabase db) {
            QString error;
            HubSavedViews views(db);
            // Refused (the sync worker's lock outlasted the busy timeout): the hub's event
            // brings the same row through the sync; the list read shows what is there now.
            if (!views.apply(event, &error))
                qWarning("saved view change not kept in the mirror yet: %s", qUtf8Printable(error));
            return views.list(me);
        },
        [self = QPointer<ViewListModel>(this),
         then = std::move(then)](quint64 id, const QList<SavedView> &views) {
            if (!self)
                return;
            --self->m_writesPending;
            if (id == self->m_listAsked) {
                self->m_listAsked = 0;
                self->showSavedViews(views);
            }
            then();
        });
}

void ViewListModel::uploadLocalViews()
{
    if (m_uploading || m_uploaded || !m_hub)
        return;
    m_uploading = true;
    QPointer<ViewListModel> self(this);
    uploadLocalSavedViews(m_store, SavedViewsApi{HubApi(m_hub)},
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
        self->writeSavedView(
            {0, EventType::SavedViewDeleted, toJson(SavedViewRemoval{viewId, 0, false})}, [] {});
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
    const Id me = m_me;
    const auto job = [me](QSqlDatabase db) {
        return HubSavedViews(db).list(me);
    };
    const auto done = [self = QPointer<ViewListModel>(this)](quint64 id,
                                                             const QList<SavedView> &views) {
        if (self && id == self->m_listAsked) {
            self->m_listAsked = 0;
            self->showSavedViews(views);
        }
    };
    // While a change is being written, the list is read after it on the writer thread (the
    // reader could answer first with the list from before it).
    m_listAsked = m_writesPending > 0 ? m_store->write<QList<SavedView>>(job, done)
                                      : m_store->read<QList<SavedView>>(job, done);
}

void ViewListModel::showSavedViews(const QList<SavedView> &views)
{
    const int first = firstSavedRow();
    QList<Row> wanted;
    for (const SavedView &view : views)
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
    const bool firstTime = !std::exchange(m_savedLoaded, true);
    // One count for the rows that came and the counts asked for while they were read.
    // The first list counts only when asked (see the constructor).
    const bool asked = std::exchange(m_countAgain, false);
    if ((recount && !firstTime) || asked)
        refreshCounts();
    if (firstTime)
        emit savedViewsLoaded();
}

} // namespace parley::ui
