#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace parley {

// A value as SQLite reads it in SQL text: integers bare, text single-quoted with quotes doubled.
// A null QString becomes '' because that is what the mirror binds for it.
QString sqlLiteral(const QVariant &value);

// The statement with each `?` placeholder replaced by its value's literal, so that the sqlite3
// command-line tool runs what Parley binds. False when placeholders and values do not pair up.
bool inlineValues(const QString &sql, const QVariantList &values, QString *out, QString *error);

} // namespace parley
