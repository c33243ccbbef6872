#pragma once

#include <QStringList>

namespace parley::sim {

// parley-cloudsim's command line: parses `arguments` (the program name first), starts the sim
// and runs the event loop. Returns the exit code: 2 for bad arguments, 1 when it cannot start.
int runCloudSim(const QStringList &arguments);

} // namespace parley::sim
