#include "core/mirror/hubsavedviews.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace parley {

QList<SavedView> HubSavedViews::list(Id me)
{
    QList<SavedView> views;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, owner_id, name, filter, position, shared FROM hub_saved_views"
        " ORDER BY owner_id <> ?, CASE WHEN owner_id = ? THEN position ELSE 0 END, name, id"));
    query.addBindValue(me);
    query.addBindValue(me);
    if (!query.exec()) {
        sqlFailure(lcMirror(), query);
        return views;
    }
    while (query.next()) {
        SavedView view;
        view.id = query.value(0).toLongLong();
        view.ownerId = query.value(1).toLongLong();
        view.name = query.value(2).toString();
        view.position = query.value(4).toInt();
        view.shared = query.value(5).toInt() != 0;
        const QJsonDocument json = QJsonDocument::fromJson(query.value(3).toByteArray());
        if (!json.isObject() || !fromJson(json.object(), &view.filter, &view.problem)) {
            if (view.problem.isEmpty())
                view.problem = QStringLiteral("unreadable filter");
            view.filter = ConversationFilter();
        }
        views.append(view);
    }
    return views;
}

bool HubSavedViews::apply(const Event &event, QString *error)
{
    QSqlQuery query(m_db);
    if (event.type == EventType::SavedViewDeleted) {
        SavedViewRemoval removal;
        if (!fromJson(event.data, &removal, error)) {
            *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(event.type, *error);
            return false;
        }
        query.prepare(QStringLiteral("DELETE FROM hub_saved_views WHERE id = ?"));
        query.addBindValue(removal.id);
    } else {
        SavedView view;
        if (!fromJson(event.data, &view, error)) {
            *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(event.type, *error);
            return false;
        }
        // The filter as the hub sent it, so a view from a newer Parley keeps what this version
        // cannot read (and says so when listed).
        const QString filter =
            QString::fromUtf8(QJsonDocument(event.data.value(QStringLiteral("filter")).toObject())
                                  .toJson(QJsonDocument::Compact));
        query.prepare(QStringLiteral(
            "INSERT INTO hub_saved_views (id, owner_id, name, filter, position, shared)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET owner_id = "
            "excluded.owner_id,"
            " name = excluded.name, filter = excluded.filter, position = excluded.position,"
            " shared = excluded.shared"));
        for (const QVariant &value : QVariantList{view.id, view.ownerId, view.name, filter,
                                                  view.position, view.shared ? 1 : 0})
            query.addBindValue(value);
    }
    if (query.exec())
        return true;
    *error = sqlFailure(lcMirror(), query);
    return false;
}

} // namespace parley
