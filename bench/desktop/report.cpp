#include "bench/desktop/report.h"

#include <QFile>
#include <QFileInfo>
#include <QPair>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace parley::bench {

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

QList<double> samples(const QStringList &lines, const QString &prefix, int field)
{
    QList<double> values;
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            values.append(
                line.mid(prefix.size()).section(QLatin1Char(' '), field, field).toDouble());
    }
    return values;
}

QString phases(const LaunchResult &result)
{
    QList<QPair<double, QString>> parts;
    for (const QString &line : result.lines) {
        if (line.startsWith(QLatin1String("phase ")))
            parts.append(
                {double(line.section(QLatin1Char(' '), 2, 2).toLongLong() - result.startNs) / 1e6,
                 line.section(QLatin1Char(' '), 1, 1)});
    }
    parts.append({result.firstPaintMs, QStringLiteral("painted")});
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList text;
    for (const auto &[at, name] : std::as_const(parts))
        text.append(QStringLiteral("%1 %2").arg(name, ms(at)));
    return text.join(QLatin1String(", "));
}

QString lineAfter(const QStringList &lines, const QString &prefix)
{
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return QStringLiteral("?");
}

QString ratio(double parley, double baseline)
{
    return baseline > 0 ? QString::number(parley / baseline, 'f', 2) : QStringLiteral("?");
}

void printMirrorHeader(const CachedMirror &mirror, const QString &loadAtStart)
{
    print(QStringLiteral("# bench-desktop: %1 messages, %2 conversations; mirror %3 MB (%4 %5)")
              .arg(mirror.messages)
              .arg(mirror.conversations)
              .arg(double(QFileInfo(mirror.path).size()) / 1e6, 0, 'f', 0)
              .arg(mirror.reused ? QStringLiteral("reused from") : QStringLiteral("built in"),
                   mirror.folder));
    print(QStringLiteral("# %1, %2 cores, %3; Qt %4; load average %5 at start, %6 at end")
              .arg(cpuModel())
              .arg(QThread::idealThreadCount())
              .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), loadAtStart,
                   loadAverage()));
    print(QStringLiteral("# times in ms from just before fork() to the end of the list's first"
                         " paint (QT_QPA_PLATFORM=offscreen); baseline: bare QListViews on"
                         " QSqlQueryModels running the same SQL"));
}

} // namespace parley::bench
