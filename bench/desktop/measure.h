#pragma once

#include <QFile>
#include <QList>

#include <algorithm>
#include <chrono>

namespace parley::bench {

// One clock for every process of a run: std::chrono::steady_clock is CLOCK_MONOTONIC on Linux,
// so a time printed by a child compares with one read here (see ui/main/firstpaintreport.h).
inline qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Nearest-rank percentile of milliseconds; p = 50 is the median, p = 100 the worst.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(p / 100.0 * double(values.size()) + 0.999999) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

struct Memory {
    double rssMb = 0; // VmRSS: resident now
    double hwmMb = 0; // VmHWM: the most resident so far
};

// From /proc/<pid>/status (Linux); zeros when the process is gone.
inline Memory memoryOf(qint64 pid)
{
    Memory memory;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const double mb = line.simplified().split(' ').value(1).toDouble() / 1024.0;
        if (line.startsWith("VmRSS:"))
            memory.rssMb = mb;
        else if (line.startsWith("VmHWM:"))
            memory.hwmMb = mb;
    }
    return memory;
}

} // namespace parley::bench
