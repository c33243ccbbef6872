#pragma once

#include <QStringList>

namespace parley::hub {

// parley-hub's command line: serve, agent add, channel add (each with --help). Returns the
// process exit code; `serve` returns only when the event loop ends.
int runHubCommand(const QStringList &arguments);

} // namespace parley::hub
