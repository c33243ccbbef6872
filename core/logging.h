#pragma once

// The log categories of the code the desktop and hub share. Turn one up or down with
// QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="parley.sync.debug=true" (docs/operations.md).

#include <QLoggingCategory>

namespace parley {

Q_DECLARE_LOGGING_CATEGORY(lcSync)   // "parley.sync": the desktop's sync worker and outbox
Q_DECLARE_LOGGING_CATEGORY(lcMirror) // "parley.mirror": the desktop's SQLite mirror

} // namespace parley
