#include "hub/store/savedviewrepository.h"

#include <QJsonDocument>

namespace parley::hub {
namespace {

const QString columns =
    QStringLiteral("SELECT id, owner_id, name, filter, position, shared FROM saved_views");

QString filterText(const ConversationFilter &filter)
{
    return QString::fromUtf8(QJsonDocument(toJson(filter)).toJson(QJsonDocument::Compact));
}

SavedView readView(const QSqlQuery &q)
{
    SavedView view;
    view.id = q.value(0).toLongLong();
    view.ownerId = q.value(1).toLongLong();
    view.name = q.value(2).toString();
    view.position = q.value(4).toInt();
    view.shared = q.value(5).toInt() != 0;
    // Stored only after the service parsed and validated it; a problem here means a newer
    // hub wrote it, and the view is still listed.
    const QJsonDocument json = QJsonDocument::fromJson(q.value(3).toByteArray());
    if (!json.isObject() || !fromJson(json.object(), &view.filter, &view.problem)) {
        if (view.problem.isEmpty())
            view.problem = QStringLiteral("unreadable filter");
        view.filter = ConversationFilter();
    }
    return view;
}

} // namespace

QList<SavedView> SavedViewRepository::read(QSqlQuery &query)
{
    QList<SavedView> out;
    while (query.next())
        out.append(readView(query));
    return out;
}

QList<SavedView> SavedViewRepository::visibleTo(Id agentId)
{
    QSqlQuery q = m_db.exec(columns + QStringLiteral(" WHERE owner_id = ? OR shared = 1"
                                                     " ORDER BY CASE WHEN owner_id = ? THEN 0"
                                                     " ELSE 1 END, CASE WHEN owner_id = ? THEN"
                                                     " position ELSE 0 END, name, id"),
                            {agentId, agentId, agentId});
    return read(q);
}

QList<SavedView> SavedViewRepository::all()
{
    QSqlQuery q = m_db.exec(columns + QStringLiteral(" ORDER BY owner_id, position, id"));
    return read(q);
}

QList<SavedView> SavedViewRepository::ownedBy(Id ownerId)
{
    QSqlQuery q =
        m_db.exec(columns + QStringLiteral(" WHERE owner_id = ? ORDER BY position, id"), {ownerId});
    return read(q);
}

int SavedViewRepository::countOwnedBy(Id ownerId)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT count(*) FROM saved_views WHERE owner_id = ?"), {ownerId});
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<SavedView> SavedViewRepository::byId(Id id)
{
    QSqlQuery q = m_db.exec(columns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readView(q);
}

std::optional<SavedView> SavedViewRepository::byClientKey(Id ownerId, const QString &clientKey)
{
    QSqlQuery q = m_db.exec(columns + QStringLiteral(" WHERE owner_id = ? AND client_key = ?"),
                            {ownerId, clientKey});
    if (!q.next())
        return std::nullopt;
    return readView(q);
}

Id SavedViewRepository::add(const SavedView &view, const QString &clientKey, TimestampMs now)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO saved_views (owner_id, name, filter, position, shared,"
                       " client_key, created_at) VALUES (?, ?, ?, (SELECT coalesce(max(position),"
                       " -1) + 1 FROM saved_views WHERE owner_id = ?), ?, ?, ?) RETURNING id"),
        {view.ownerId, view.name, filterText(view.filter), view.ownerId, view.shared ? 1 : 0,
         clientKey, now});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool SavedViewRepository::save(const SavedView &view)
{
    // A filter this hub could not read stays as it was written.
    if (!view.problem.isEmpty())
        return m_db.run(
            QStringLiteral(
                "UPDATE saved_views SET name = ?, position = ?, shared = ? WHERE id = ?"),
            {view.name, view.position, view.shared ? 1 : 0, view.id});
    return m_db.run(
        QStringLiteral("UPDATE saved_views SET name = ?, filter = ?, position = ?,"
                       " shared = ? WHERE id = ?"),
        {view.name, filterText(view.filter), view.position, view.shared ? 1 : 0, view.id});
}

bool SavedViewRepository::remove(Id id)
{
    return m_db.run(QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id});
}

} // namespace parley::hub
