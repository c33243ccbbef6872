#include "bench/desktop/signedinruns.h"

#include "bench/desktop/coldstart.h"
#include "bench/desktop/measure.h"
#include "bench/desktop/offlinestart.h"
#include "bench/desktop/report.h"
#include "bench/desktop/sqlite3floor.h"
#include "bench/hub/hubinstance.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace parley::bench {

int runSignedIn(const Options &options, const CachedMirror &mirror, Id busy, const QDir &home,
                const OfflineFigures &offline, const QString &loadAtStart)
{
    QString error;
    // A real hub for the scripted login and the sync stream. Its event log is empty and the
    // mirror's last seq is ahead of it, so the stream brings nothing and changes nothing.
    const QString login = QStringLiteral("bench");
    const QString password = QStringLiteral("bench-password-1");
    HubInstance hub;
    if (!hub.addAgent(login, password) || !hub.start(&error)) {
        progress(error.isEmpty() ? QStringLiteral("cannot add the hub's agent") : error);
        return 1;
    }
    const QUrl hubUrl = hub.url(QString());
    QList<double> loginTimes;
    QString token;
    for (int i = 0; i < 5; ++i) {
        const qint64 start = steadyNs();
        token = hub.login(login, password);
        loginTimes.append(double(steadyNs() - start) / 1e6);
    }
    if (token.isEmpty()) {
        progress(QStringLiteral("cannot log in to the benchmark hub"));
        return 1;
    }
    const QString dataHome = home.filePath(QStringLiteral("data"));
    const QString account = accountFolderUnder(dataHome, hubUrl, login);
    QDir().mkpath(QFileInfo(account).path());
    if (!QFile::link(mirror.folder, account)) {
        progress(QStringLiteral("cannot link %1 to %2").arg(account, mirror.folder));
        return 1;
    }
    const QString passwordFile = home.filePath(QStringLiteral("password"));
    QFile secret(passwordFile);
    secret.open(QIODevice::WriteOnly);
    secret.write(password.toUtf8());
    secret.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("PARLEY_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    const Launch app{options.parley,
                     {QStringLiteral("--hub"), hubUrl.toString(), QStringLiteral("--login"), login,
                      QStringLiteral("--password-file"), passwordFile},
                     environment};
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList childArguments{
        QStringLiteral("--mirror"), mirror.path, QStringLiteral("--hub"),  hubUrl.toString(),
        QStringLiteral("--token"),  token,       QStringLiteral("--busy"), QString::number(busy)};
    QProcessEnvironment childEnvironment = environment; // children time their own paints
    childEnvironment.remove(QStringLiteral("PARLEY_REPORT_FIRST_PAINT"));
    const auto child = [&](const QString &kind, int opens) {
        Launch launch{self,
                      childArguments + QStringList{QStringLiteral("--child"), kind,
                                                   QStringLiteral("--opens"),
                                                   QString::number(opens)},
                      childEnvironment};
        launch.settleMs = 300000; // a window child ends by itself once it has timed its opens
        return launchUntilPainted(launch);
    };

    // 2. Cold starts: the first with the mirror dropped from the page cache, then warm ones,
    //    the real desktop and the bare Qt window back to back so that load drifts on both alike.
    progress(QStringLiteral("cold starts …"));
    evictFromPageCache(mirror.path);
    const LaunchResult evicted = launchUntilPainted(app);
    evictFromPageCache(mirror.path);
    const LaunchResult baselineEvicted = child(QStringLiteral("baseline"), 0);
    QList<double> appStarts;
    QList<double> baselineStarts;
    QList<LaunchResult> appRuns;
    for (int i = 0; i < options.runs; ++i) {
        const LaunchResult started = launchUntilPainted(app);
        const LaunchResult baseline = child(QStringLiteral("baseline"), 0);
        for (const LaunchResult &result : {evicted, baselineEvicted, started, baseline}) {
            if (!result.error.isEmpty()) {
                progress(result.error + QLatin1Char('\n') + result.lines.join(QLatin1Char('\n')));
                return 1;
            }
        }
        appStarts.append(started.firstPaintMs);
        baselineStarts.append(baseline.firstPaintMs);
        appRuns.append(started);
    }
    // 3. Opens, in a window child each: Parley's MainWindow and the bare Qt views.
    progress(QStringLiteral("conversation opens …"));
    const LaunchResult window = child(QStringLiteral("parley"), options.opens);
    const LaunchResult bare = child(QStringLiteral("baseline"), options.opens);
    for (const LaunchResult &result : {window, bare}) {
        if (!result.error.isEmpty() ||
            !lineAfter(result.lines, QStringLiteral("error ")).startsWith(QLatin1Char('?'))) {
            progress(result.error + QLatin1Char('\n') + result.lines.join(QLatin1Char('\n')));
            return 1;
        }
    }
    const QList<double> sqlite3Times = timeSqlite3(options, mirror.path, busy, home.path(), &error);
    if (!error.isEmpty())
        progress(QStringLiteral("sqlite3 floor skipped: %1").arg(error));

    // 4. Figures.
    printMirrorHeader(mirror, loadAtStart);
    printOffline(offline);
    print(QStringLiteral("cold_start_evicted_ms: %1 (mirror dropped from the page cache;"
                         " baseline %2; ratio %3)")
              .arg(ms(evicted.firstPaintMs), ms(baselineEvicted.firstPaintMs),
                   ratio(evicted.firstPaintMs, baselineEvicted.firstPaintMs)));
    print(QStringLiteral("cold_start_ms: median %1 worst %2 over %3 warm runs; baseline median %4"
                         " worst %5; ratio %6 (goal < 400)")
              .arg(ms(percentile(appStarts, 50)), ms(percentile(appStarts, 100)))
              .arg(appStarts.size())
              .arg(ms(percentile(baselineStarts, 50)), ms(percentile(baselineStarts, 100)),
                   ratio(percentile(appStarts, 50), percentile(baselineStarts, 50))));
    print(QStringLiteral("cold_start_login_ms: median %1 (the scripted login's POST, part of the"
                         " desktop's cold start; a stored token costs a GET /me instead)")
              .arg(ms(percentile(loginTimes, 50))));
    print(QStringLiteral("cold_start_window_ms: %1 (MainWindow without the login, in a window"
                         " child: %2); baseline %3")
              .arg(ms(window.firstPaintMs), phases(window), phases(bare)));
    if (!sqlite3Times.isEmpty())
        print(QStringLiteral("sqlite3_first_page_ms: median %1 (a sqlite3 process reading the"
                             " first page and the busy thread's newest messages)")
                  .arg(ms(percentile(sqlite3Times, 50))));
    for (const QString &kind : {QStringLiteral("busy"), QStringLiteral("typical")}) {
        const QList<double> parley = samples(window.lines, QStringLiteral("open %1 ").arg(kind));
        const QList<double> baseline = samples(bare.lines, QStringLiteral("open %1 ").arg(kind));
        const QList<double> selecting =
            samples(window.lines, QStringLiteral("open %1 ").arg(kind), 1);
        // Typical conversations are each opened once; the busy one again and again, so after
        // its first open the desktop may answer from what it measured then.
        print(QStringLiteral("open_%1_ms: median %2 p95 %3 max %4 (n=%5; median %9 before the"
                             " paint is asked for; first open %10); baseline median %6 p95 %7;"
                             " ratio %8 (goal < 16)")
                  .arg(kind)
                  .arg(percentile(parley, 50), 0, 'f', 2)
                  .arg(percentile(parley, 95), 0, 'f', 2)
                  .arg(percentile(parley, 100), 0, 'f', 2)
                  .arg(parley.size())
                  .arg(percentile(baseline, 50), 0, 'f', 2)
                  .arg(percentile(baseline, 95), 0, 'f', 2)
                  .arg(ratio(percentile(parley, 50), percentile(baseline, 50)))
                  .arg(percentile(selecting, 50), 0, 'f', 2)
                  .arg(parley.value(0), 0, 'f', 2));
    }
    print(QStringLiteral("open_list: %1")
              .arg(lineAfter(window.lines, QStringLiteral("loaded_rows "))
                       .prepend(QStringLiteral("loaded_rows "))));
    const LaunchResult &last = appRuns.last();
    print(QStringLiteral("memory_start_mb: rss %1 hwm %2 at the paint, rss %3 hwm %4 two seconds"
                         " later (the desktop); baseline rss %5 (goal < 150)")
              .arg(ms(last.atPaint.rssMb), ms(last.atPaint.hwmMb), ms(last.settled.rssMb),
                   ms(last.settled.hwmMb), ms(bare.atPaint.rssMb)));
    print(QStringLiteral("memory_after_opens_mb: parley %1; baseline %2 (conversations, rss, hwm)")
              .arg(lineAfter(window.lines, QStringLiteral("memory_after_opens ")),
                   lineAfter(bare.lines, QStringLiteral("memory_after_opens "))));
    return 0;
}

} // namespace parley::bench
