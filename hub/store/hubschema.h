#pragma once

#include <QStringList>

namespace parley::hub {

// The hub store's schema steps, as DDL for SQLite; each step is applied in one transaction with
// its version recorded in schema_version. New steps are appended here, in SQLite's words.
QList<QStringList> sqliteSchemaSteps();

// The same steps for PostgreSQL: each SQLite statement translated (postgresStatement) except
// the steps whose triggers PostgreSQL writes differently, which have their own text.
QList<QStringList> postgresSchemaSteps();

// One SQLite DDL statement in PostgreSQL's words: rowid keys become identity columns, every
// integer 64 bits (SQLite's INTEGER is), BLOB is BYTEA.
QString postgresStatement(const QString &sqlite);

} // namespace parley::hub
