// bench-desktop: the desktop's cold start to a painted conversation list, the time to open a
// conversation, and its resident memory, on a generated mirror of PARLEY_BENCH_MESSAGES
// messages, each next to a bare Qt window doing the same reads. See docs/performance.md.

#include "bench/desktop/childwindow.h"
#include "bench/desktop/coldstart.h"
#include "bench/desktop/measure.h"
#include "bench/desktop/mirrorcache.h"
#include "bench/desktop/offlinestart.h"
#include "bench/desktop/options.h"
#include "bench/hub/hubinstance.h"
#include "bench/mirror/datagenerator.h"
#include "bench/mirror/sqltext.h"
#include "core/mirror/conversationqueries.h"
#include "ui/main/desktopapp.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace parley::bench {
namespace {

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

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

// Field `field` (0-based, after the prefix) of every line starting with `prefix`.
QList<double> samples(const QStringList &lines, const QString &prefix, int field = 0)
{
    QList<double> values;
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            values.append(
                line.mid(prefix.size()).section(QLatin1Char(' '), field, field).toDouble());
    }
    return values;
}

// Where a window child's start went: ms from fork to each phase it reported.
QString phases(const LaunchResult &result)
{
    QStringList parts;
    for (const QString &line : result.lines) {
        if (line.startsWith(QLatin1String("phase ")))
            parts.append(QStringLiteral("%1 %2").arg(
                line.section(QLatin1Char(' '), 1, 1),
                ms(double(line.section(QLatin1Char(' '), 2, 2).toLongLong() - result.startNs) /
                   1e6)));
    }
    parts.append(QStringLiteral("painted %1").arg(ms(result.firstPaintMs)));
    return parts.join(QLatin1String(", "));
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

// The floor: a sqlite3 process that opens the mirror, reads the list's first page and the
// busy conversation's newest messages, and exits. Wall time of the whole process.
QList<double> timeSqlite3(const Options &options, const QString &mirror, Id busy,
                          const QString &folder, QString *error)
{
    const FilterContext context{3, QDateTime::currentMSecsSinceEpoch(),
                                QTimeZone::systemTimeZone()};
    QString page;
    QString messages;
    const SqlCondition pageSql =
        conversationPageSql(ConversationFilter(), context, {}, ui::ConversationListModel::pageSize);
    const SqlCondition messageSql = newestMessagesSql(busy, ui::MessageListModel::pageSize + 1);
    if (!inlineValues(pageSql.sql, pageSql.values, &page, error) ||
        !inlineValues(messageSql.sql, messageSql.values, &messages, error))
        return {};
    const QString script = QDir(folder).filePath(QStringLiteral("first-page.sql"));
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(script);
        return {};
    }
    file.write(("PRAGMA cache_size = -32000;\n" + page + ";\n" + messages + ";\n").toUtf8());
    file.close();
    QList<double> times;
    for (int run = 0; run <= options.runs; ++run) {
        QProcess shell;
        shell.setStandardInputFile(script);
        shell.setStandardOutputFile(QProcess::nullDevice());
        const qint64 start = steadyNs();
        shell.start(options.sqlite3, {QStringLiteral("-batch"), QStringLiteral("-bail"), mirror});
        if (!shell.waitForFinished(30000) || shell.exitCode() != 0) {
            *error = QStringLiteral("%1 failed: %2")
                         .arg(options.sqlite3, QString::fromUtf8(shell.readAllStandardError()));
            return {};
        }
        if (run > 0) // the first run warms the page cache for the rest
            times.append(double(steadyNs() - start) / 1e6);
    }
    return times;
}

// The bare Qt window (two QListViews on QSqlQueryModels over the same mirror), the baseline of
// every cold start.
LaunchResult startBaseline(const QString &mirror, Id busy)
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

struct OfflineFigures {
    LaunchResult evicted;
    LaunchResult baselineEvicted;
    QList<double> starts;
    QList<double> baselineStarts;
};

// cold_start_offline_ms: the desktop with the hub down, a stored token and the cached mirror
// (OfflineStart), the first start with the mirror dropped from the page cache, then --runs warm
// ones, each followed by the bare window.
bool runOfflineStarts(const Options &options, const CachedMirror &mirror, Id busy,
                      const QString &folder, OfflineFigures *out, QString *error)
{
    OfflineStart offline;
    if (!offline.prepare(folder, mirror.folder, options.parley, error))
        return false;
    const Launch app = offline.launch();
    evictFromPageCache(mirror.path);
    out->evicted = launchUntilPainted(app);
    evictFromPageCache(mirror.path);
    out->baselineEvicted = startBaseline(mirror.path, busy);
    for (int i = 0; i < options.runs; ++i) {
        const LaunchResult started = launchUntilPainted(app);
        const LaunchResult baseline = startBaseline(mirror.path, busy);
        for (const LaunchResult &result : {out->evicted, out->baselineEvicted, started, baseline}) {
            if (!result.error.isEmpty()) {
                *error = result.error + QLatin1Char('\n') + result.lines.join(QLatin1Char('\n'));
                return false;
            }
        }
        out->starts.append(started.firstPaintMs);
        out->baselineStarts.append(baseline.firstPaintMs);
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
    OfflineFigures offline;
    if (!runOfflineStarts(options, mirror, busy, home.filePath(QStringLiteral("offline")), &offline,
                          &error)) {
        progress(error);
        return 1;
    }
    if (options.offlineOnly) {
        printMirrorHeader(mirror, loadAtStart);
        printOffline(offline);
        return 0;
    }

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
