#pragma once

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace parley::bench {

// A benchmark that crashes or is killed must not leave its servers listening: the child gets
// SIGTERM when this process dies, whatever the way (Linux).
inline void stopWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace parley::bench
