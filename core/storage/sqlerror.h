#pragma once

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace parley {

// The one place a failed SQL statement is reported: logged once, as a warning of `category`, with
// the start of its SQL text (never the bound values, which hold customers' messages and
// secrets), and returned as the text callers keep in their errorString(). Call it where the
// statement failed, and only there, so each failure is logged exactly once.
QString sqlFailure(const QLoggingCategory &category, const QSqlError &error,
                   const QString &sql = QString());
inline QString sqlFailure(const QLoggingCategory &category, const QSqlQuery &query)
{
    return sqlFailure(category, query.lastError(), query.lastQuery());
}

// Prepares `sql` on `query`, binds `values` by position and runs it; a failure is reported
// through sqlFailure as a warning of `category`.
bool runStatement(const QLoggingCategory &category, QSqlQuery &query, const QString &sql,
                  const QVariantList &values);

} // namespace parley
