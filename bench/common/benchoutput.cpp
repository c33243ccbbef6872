#include "bench/common/benchoutput.h"

#include <QFile>
#include <QSysInfo>

#include <cstdio>

namespace parley::bench {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void progress(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

QString loadAverage()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    return loadavg.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).simplified();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace parley::bench
