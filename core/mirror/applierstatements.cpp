#include "core/mirror/applierstatements.h"

#include "core/protocol/jsonreader.h"

namespace parley::applier {

QString upsertSql(const QString &table, const QStringList &columns)
{
    QStringList marks;
    QStringList updates;
    for (const QString &column : columns) {
        marks.append(QStringLiteral("?"));
        if (column != QLatin1String("id"))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

QString indexWaitingNamesSql()
{
    // CROSS JOIN keeps the backlog the outer loop, never a scan of every conversation.
    return QStringLiteral("INSERT INTO conversation_search (rowid, customer_name, customer_number)"
                          " SELECT c.id, c.customer_name, c.customer_number"
                          " FROM conversation_search_backlog b CROSS JOIN conversations c"
                          " ON c.id = b.id ORDER BY b.id");
}

QString clearWaitingNamesSql()
{
    return QStringLiteral("DELETE FROM conversation_search_backlog");
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = sqlFailure(lcMirror(), query);
    return false;
}

bool prepareAll(QSqlDatabase db, std::initializer_list<Statement> statements, QString *error)
{
    for (const Statement &statement : statements) {
        *statement.query = QSqlQuery(db);
        if (!statement.query->prepare(statement.sql)) {
            *error = sqlFailure(lcMirror(), *statement.query);
            return false;
        }
    }
    return true;
}

bool readId(const Event &event, const QString &key, Id *id, QString *error)
{
    JsonReader reader(event.data);
    *id = reader.id(key, true);
    if (reader.ok())
        return true;
    *error = QStringLiteral("event %1 (%2): %3").arg(event.seq).arg(event.type, reader.error());
    return false;
}

} // namespace parley::applier
