#include "core/storage/sqlerror.h"

namespace parley {

QString sqlFailure(const QLoggingCategory &category, const QSqlError &error, const QString &sql)
{
    QString text = error.text();
    if (!sql.isEmpty())
        text += QStringLiteral(" in: ") + sql.simplified().left(120);
    qCWarning(category, "SQL failed: %s", qUtf8Printable(text));
    return text;
}

bool runStatement(const QLoggingCategory &category, QSqlQuery &query, const QString &sql,
                  const QVariantList &values)
{
    if (!query.prepare(sql)) {
        sqlFailure(category, query.lastError(), sql);
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    sqlFailure(category, query);
    return false;
}

} // namespace parley
