// bench-desktop: the desktop's cold start to a painted conversation list, the time to open a
// conversation, and its resident memory, on a generated mirror of PARLEY_BENCH_MESSAGES
// messages, each next to a bare Qt window doing the same reads. See docs/performance.md.
//
// main.cpp drives the run; offlineruns.* (cold_start_offline_ms), signedinruns.* (the rest),
// sqlite3floor.*, report.* (output) and the window children (childwindow.*) do the work.

#include "bench/desktop/childwindow.h"
#include "bench/desktop/measure.h"
#include "bench/desktop/mirrorcache.h"
#include "bench/desktop/offlineruns.h"
#include "bench/desktop/options.h"
#include "bench/desktop/report.h"
#include "bench/desktop/signedinruns.h"
#include "bench/mirror/datagenerator.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace parley::bench {
namespace {

int run(const Options &options)
{
    const QString loadAtStart = loadAverage();
    CachedMirror mirror;
    QString error;
    if (!prepareMirror(options.cache, options.messages, &mirror, &error)) {
        progress(error);
        return 1;
    }
    const Id busy = DataGenerator(options.messages).busiestConversation();

    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        progress(QStringLiteral("cannot create a temporary folder"));
        return 1;
    }
    const QDir home(temporary.path());

    // 1. Offline starts, before anything else runs on the machine for this benchmark.
    progress(QStringLiteral("offline starts …"));
    OfflineStart profile; // its bus and keyring stay up until the run ends (offlineruns.h)
    OfflineFigures offline;
    if (!runOfflineStarts(options, mirror, busy, home.filePath(QStringLiteral("offline")), &profile,
                          &offline, &error)) {
        progress(error);
        return 1;
    }
    if (options.offlineOnly) {
        printMirrorHeader(mirror, loadAtStart);
        printOffline(offline);
        return 0;
    }

    return runSignedIn(options, mirror, busy, home, offline, loadAtStart);
}

} // namespace
} // namespace parley::bench

int main(int argc, char *argv[])
{
    const qint64 mainNs = parley::bench::steadyNs();
    bool isChild = false;
    for (int i = 1; i < argc; ++i)
        isChild = isChild || qstrcmp(argv[i], "--child") == 0;
    // A window child needs widgets; the driver only starts processes.
    std::unique_ptr<QCoreApplication> app;
    if (isChild)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    const qint64 appReadyNs = parley::bench::steadyNs();
    QCoreApplication::setApplicationName(QStringLiteral("bench-desktop"));
    parley::bench::Options options;
    QString error;
    if (!parley::bench::parseOptions(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    options.child.mainNs = mainNs;
    options.child.appReadyNs = appReadyNs;
    return isChild ? parley::bench::runChild(options.child) : parley::bench::run(options);
}
