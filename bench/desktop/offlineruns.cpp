#include "bench/desktop/offlineruns.h"

#include "bench/desktop/measure.h"
#include "bench/desktop/offlinestart.h"
#include "bench/desktop/report.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace parley::bench {
namespace {

// The bare Qt window (two QListViews on QSqlQueryModels over the same mirror), the baseline of
// every cold start.
LaunchResult startBareWindow(const QString &mirror, Id busy)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    Launch launch{QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--mirror"), mirror, QStringLiteral("--busy"),
                   QString::number(busy), QStringLiteral("--child"), QStringLiteral("baseline"),
                   QStringLiteral("--opens"), QStringLiteral("0")},
                  environment};
    launch.settleMs = 300000; // ends by itself once painted
    return launchUntilPainted(launch);
}

} // namespace

bool runOfflineStarts(const Options &options, const CachedMirror &mirror, Id busy,
                      const QString &folder, OfflineStart *profile, OfflineFigures *out,
                      QString *error)
{
    if (!profile->prepare(folder, mirror.folder, options.parley, error))
        return false;
    const Launch app = profile->launch();
    evictFromPageCache(mirror.path);
    out->evicted = launchUntilPainted(app);
    evictFromPageCache(mirror.path);
    out->baselineEvicted = startBareWindow(mirror.path, busy);
    for (int i = 0; i < options.runs; ++i) {
        const LaunchResult started = launchUntilPainted(app);
        const LaunchResult baseline = startBareWindow(mirror.path, busy);
        for (const LaunchResult &result : {out->evicted, out->baselineEvicted, started, baseline}) {
            if (!result.error.isEmpty()) {
                *error = result.error + QLatin1Char('\n') + result.lines.join(QLatin1Char('\n'));
                return false;
            }
        }
        out->starts.append(started.firstPaintMs);
        out->baselineStarts.append(baseline.firstPaintMs);
        out->lastWarm = started;
        out->lastBaseline = baseline;
    }
    return true;
}

void printOffline(const OfflineFigures &offline)
{
    print(QStringLiteral("cold_start_offline_ms: median %1 worst %2 over %3 warm runs, %4 with the"
                         " mirror dropped from the page cache (hub not running, stored token in a"
                         " keyring, no login); baseline median %5, %6 evicted; ratio %7 (goal"
                         " < 250)")
              .arg(ms(percentile(offline.starts, 50)), ms(percentile(offline.starts, 100)))
              .arg(offline.starts.size())
              .arg(ms(offline.evicted.firstPaintMs), ms(percentile(offline.baselineStarts, 50)),
                   ms(offline.baselineEvicted.firstPaintMs),
                   ratio(percentile(offline.starts, 50), percentile(offline.baselineStarts, 50))));
    print(QStringLiteral("cold_start_offline_phases: %1 (the last warm run, ms from fork; the"
                         " keychain and the sync wait for the painted list); baseline %2")
              .arg(phases(offline.lastWarm), phases(offline.lastBaseline)));
}

} // namespace parley::bench
