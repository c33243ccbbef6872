#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace parley {

// 1 s, 2 s, 4 s … capped, plus up to half again at random so that many desktops coming back
// after a hub restart do not reconnect (or resend) in step.
inline int backoffMs(int failures, int cap)
{
    const qint64 base = qMin<qint64>(cap, 1000LL << qMin(failures, 16));
    return int(base + QRandomGenerator::global()->bounded(int(base / 2) + 1));
}

} // namespace parley
