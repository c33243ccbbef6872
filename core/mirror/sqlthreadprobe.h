#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace parley {

// Watches which thread runs each SQL statement of the desktop's connections, so that a test or
// the benchmark can prove the GUI thread never waits on SQL while the agent types a search or
// scrolls. It hooks SQLite itself (sqlite3_trace_v2 on the connection's handle), so every
// statement counts, whichever class prepared it. Off unless enabled (tests, bench): installing
// it on a connection opened while it is off does nothing.
namespace SqlThreadProbe {

void setEnabled(bool enabled);
bool isEnabled();

// Hooks `db` (an open QSQLITE connection) when the probe is enabled.
void install(const QSqlDatabase &db);

// Statements run on the application's main thread since the last reset, and the text of the
// last few of them (for a failure message).
qint64 guiThreadStatements();
QStringList lastGuiThreadSql();
// Statements run on any other thread since the last reset.
qint64 otherThreadStatements();
void reset();

} // namespace SqlThreadProbe
} // namespace parley
