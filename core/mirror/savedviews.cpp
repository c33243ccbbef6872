#include "core/mirror/savedviews.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parley {
namespace {

QString filterText(const ConversationFilter &filter)
{
    return QString::fromUtf8(QJsonDocument(toJson(filter)).toJson(QJsonDocument::Compact));
}

} // namespace

SavedViews::SavedViews(QSqlDatabase db) : m_db(std::move(db)) {}

bool SavedViews::exec(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        m_error = sqlFailure(lcMirror(), query);
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        m_error = sqlFailure(lcMirror(), query);
        return false;
    }
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    return true;
}

bool SavedViews::checkName(const QString &name)
{
    if (!name.trimmed().isEmpty())
        return true;
    m_error = QStringLiteral("a saved view needs a name");
    return false;
}

bool SavedViews::checkFilter(const ConversationFilter &filter)
{
    // A view that cannot run would only fail later, every time the sidebar counts it.
    const RuleErrors errors = validate(filter);
    if (errors.isEmpty())
        return true;
    m_error = errors.first().message();
    return false;
}

QList<SavedView> SavedViews::list()
{
    QList<SavedView> views;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, filter, position FROM saved_views ORDER BY position, id"))) {
        m_error = sqlFailure(lcMirror(), query);
        return views;
    }
    while (query.next()) {
        SavedView view;
        view.id = query.value(0).toLongLong();
        view.name = query.value(1).toString();
        view.position = query.value(3).toInt();
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(query.value(2).toByteArray(), &parse);
        if (!json.isObject())
            view.problem = parse.error != QJsonParseError::NoError
                               ? parse.errorString()
                               : QStringLiteral("not an object");
        else if (!fromJson(json.object(), &view.filter, &view.problem) && view.problem.isEmpty())
            view.problem = QStringLiteral("unreadable filter");
        if (!view.problem.isEmpty())
            view.filter = ConversationFilter();
        views.append(view);
    }
    return views;
}

Id SavedViews::add(const QString &name, const ConversationFilter &filter)
{
    if (!checkName(name) || !checkFilter(filter))
        return 0;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO saved_views (name, filter, position, upload_key)"
                       " VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM saved_views),"
                       " lower(hex(randomblob(16))))"));
    query.addBindValue(name.trimmed());
    query.addBindValue(filterText(filter));
    if (!query.exec()) {
        m_error = sqlFailure(lcMirror(), query);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool SavedViews::rename(Id id, const QString &name)
{
    int changed = 0;
    if (!checkName(name) || !exec(QStringLiteral("UPDATE saved_views SET name = ? WHERE id = ?"),
                                  {name.trimmed(), id}, &changed))
        return false;
    if (changed == 0)
        m_error = QStringLiteral("no saved view %1").arg(id);
    return changed > 0;
}

bool SavedViews::updateFilter(Id id, const ConversationFilter &filter)
{
    int changed = 0;
    if (!checkFilter(filter) ||
        !exec(QStringLiteral("UPDATE saved_views SET filter = ? WHERE id = ?"),
              {filterText(filter), id}, &changed))
        return false;
    if (changed == 0)
        m_error = QStringLiteral("no saved view %1").arg(id);
    return changed > 0;
}

bool SavedViews::update(Id id, const QString &name, const ConversationFilter &filter)
{
    int changed = 0;
    if (!checkName(name) || !checkFilter(filter) ||
        !exec(QStringLiteral("UPDATE saved_views SET name = ?, filter = ? WHERE id = ?"),
              {name.trimmed(), filterText(filter), id}, &changed))
        return false;
    if (changed == 0)
        m_error = QStringLiteral("no saved view %1").arg(id);
    return changed > 0;
}

bool SavedViews::remove(Id id)
{
    int changed = 0;
    if (!exec(QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id}, &changed))
        return false;
    if (changed == 0)
        m_error = QStringLiteral("no saved view %1").arg(id);
    return changed > 0;
}

QList<LocalViewUpload> SavedViews::uploads()
{
    QList<LocalViewUpload> out;
    QHash<Id, QString> keys;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, upload_key FROM saved_views"))) {
        m_error = sqlFailure(lcMirror(), query);
        return out;
    }
    while (query.next())
        keys.insert(query.value(0).toLongLong(), query.value(1).toString());
    for (const SavedView &view : list())
        out.append({view.id, view.name, view.filter, view.problem, keys.value(view.id)});
    return out;
}

bool SavedViews::reorder(const QList<Id> &order)
{
    m_error.clear();
    const QList<SavedView> current = list();
    if (!m_error.isEmpty())
        return false;
    QList<Id> ids;
    for (Id id : order) {
        const bool known = std::any_of(current.cbegin(), current.cend(),
                                       [id](const SavedView &view) { return view.id == id; });
        if (known && !ids.contains(id))
            ids.append(id);
    }
    for (const SavedView &view : current) {
        if (!ids.contains(view.id))
            ids.append(view.id);
    }
    if (!m_db.transaction()) {
        m_error = sqlFailure(lcMirror(), m_db.lastError());
        return false;
    }
    for (int position = 0; position < ids.size(); ++position) {
        if (!exec(QStringLiteral("UPDATE saved_views SET position = ? WHERE id = ?"),
                  {position, ids.at(position)})) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_error = sqlFailure(lcMirror(), m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace parley
