#pragma once

#include <QList>

#include <sys/resource.h>
#include <time.h>

#include <numeric>

namespace parley {

// Query figures are means, not medians: the sqlite3 shell's .timer reads its wall clock in
// whole milliseconds, so a 0.2 ms query shows as 0 or 1. The phase of those millisecond ticks
// is random from run to run, so the mean over many runs is still the true time, where the median
// would be 0. Parley's side uses the same statistic so that the two compare like for like.
// (The shell's user and sys columns look finer but are not: on this kernel getrusage() can
// stand still for a whole scheduler tick.)
inline double mean(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

// CPU time spent so far by the calling thread, in milliseconds, to the nanosecond. Long runs are
// also reported in CPU time because wall time on a shared machine counts other people's builds.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time (user + system) of the child processes that have ended, in milliseconds. Only
// good for runs of seconds: getrusage() may lag by a scheduler tick.
inline double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace parley
