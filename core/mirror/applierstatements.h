#pragma once

#include "core/domain/ids.h"
#include "core/logging.h"
#include "core/protocol/events.h"
#include "core/storage/sqlerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <initializer_list>

// What the mirror's event appliers (EventApplier and the ones it hands events to) share: the
// upsert statement they write entities with, binding, decoding and running a statement.
namespace parley::applier {

// "INSERT … ON CONFLICT(id) DO UPDATE": an event carries the entity's whole state, so the
// newest event simply overwrites, and replaying one rewrites the same values.
QString upsertSql(const QString &table, const QStringList &columns);

// Mirror step 18: the names and numbers of the conversations waiting in
// conversation_search_backlog go to their trigram index in one statement (one FTS5 segment), in
// rowid order; then the backlog is emptied. bench-mirror's sqlite3 baseline runs the same two.
QString indexWaitingNamesSql();
QString clearWaitingNamesSql();

// A null QString binds as SQL NULL; the mirror's text columns hold '' for "none".
void bindAll(QSqlQuery &query, const QVariantList &values);

// Runs a prepared statement; false with the logged failure in `error`.
bool exec(QSqlQuery &query, QString *error);

// One statement prepared on `query`, for a table of them prepared together.
struct Statement {
    QSqlQuery *query;
    QString sql;
};
bool prepareAll(QSqlDatabase db, std::initializer_list<Statement> statements, QString *error);

// The event's id field, for events that carry only an id (deletions).
bool readId(const Event &event, const QString &key, Id *id, QString *error);

template <typename Entity> bool decode(const Event &event, Entity *entity, QString *error)
{
    QString problem;
    if (fromJson(event.data, entity, &problem))
        return true;
    *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(event.type, problem);
    return false;
}

} // namespace parley::applier
