#pragma once

#include <QStringList>

namespace parley::hub {

// The hub store's schema steps, as DDL for SQLite; each step is applied in one transaction with
// its version recorded in schema_version.
QList<QStringList> sqliteSchemaSteps();

} // namespace parley::hub
