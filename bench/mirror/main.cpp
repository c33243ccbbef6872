// bench-mirror: how fast the desktop's mirror takes a first sync and answers the inbox's
// queries, each figure next to what the sqlite3 shell needs for the same SQL on the same file.
// See docs/performance.md for what is measured and the goals.

#include "bench/common/benchoutput.h"
#include "bench/mirror/applybenchmark.h"
#include "bench/mirror/datagenerator.h"
#include "bench/mirror/querybenchmark.h"
#include "bench/mirror/readerbenchmark.h"
#include "bench/mirror/sqlite3cli.h"
#include "core/mirror/mirror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace parley {
namespace {

using bench::cpuModel;
using bench::loadAverage;
using bench::print;
using bench::progress;

struct Options {
    qint64 messages = 1000000;
    int batch = 1000;
    int runs = 0; // adaptive
    QString dir;
    QString sqlite3 = QStringLiteral("sqlite3");
    bool plans = false;
};

bool parseOptions(const QCoreApplication &app, Options *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times Parley's mirror against the sqlite3 shell on generated data."));
    parser.addHelpOption();
    const QCommandLineOption messages(
        QStringLiteral("messages"),
        QStringLiteral("Messages to generate (default 1000000); conversations = N/10."),
        QStringLiteral("N"), QString::number(options->messages));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Folder for the files (kept); default a "
                                                "temporary folder, removed at the end."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption sqlite3(
        QStringLiteral("sqlite3"),
        QStringLiteral("The sqlite3 shell to compare with (default: sqlite3 on PATH)."),
        QStringLiteral("PATH"), options->sqlite3);
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        QStringLiteral("Events per applied batch, a sync page (default 1000)."),
        QStringLiteral("N"), QString::number(options->batch));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        QStringLiteral("Timed runs per query after one warm-up; default about a second's worth"
                       " (20 to 2000)."),
        QStringLiteral("N"), QString::number(options->runs));
    const QCommandLineOption plans(QStringLiteral("plans"),
                                   QStringLiteral("Print each query's plan."));
    parser.addOptions({messages, dir, sqlite3, batch, runs, plans});
    parser.process(app);

    bool ok = true;
    options->messages = parser.value(messages).toLongLong(&ok);
    if (!ok || options->messages < 1000) {
        *error = QStringLiteral("--messages must be a number of at least 1000");
        return false;
    }
    options->batch = parser.value(batch).toInt(&ok);
    if (!ok || options->batch < 1) {
        *error = QStringLiteral("--batch must be a positive number");
        return false;
    }
    options->runs = parser.value(runs).toInt(&ok);
    if (!ok || options->runs < 0) {
        *error = QStringLiteral("--runs must be a positive number");
        return false;
    }
    options->dir = parser.value(dir);
    options->sqlite3 = parser.value(sqlite3);
    options->plans = parser.isSet(plans);
    return true;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

QString sqliteLibraryVersion(const Mirror &mirror)
{
    QSqlQuery query(mirror.database());
    return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()
               ? query.value(0).toString()
               : QStringLiteral("?");
}

QString figureLine(const QString &name, double parleyMs, double sqlite3Ms)
{
    return QStringLiteral("%1: %2 %3 %4")
        .arg(name)
        .arg(parleyMs, 0, 'f', 3)
        .arg(sqlite3Ms, 0, 'f', 3)
        .arg(sqlite3Ms > 0 ? parleyMs / sqlite3Ms : 0.0, 0, 'f', 2);
}

void printHeader(const DataGenerator &generator, const Options &options, const Mirror &mirror,
                 const QString &cliVersion, const QString &loadAtStart)
{
    print(QStringLiteral("# bench-mirror: %1 messages, %2 conversations, %3 events per batch")
              .arg(generator.messageCount())
              .arg(generator.conversationCount())
              .arg(options.batch));
    print(QStringLiteral("# %1, %2 cores, %3; load average %4 at start, %5 at end")
              .arg(cpuModel())
              .arg(QThread::idealThreadCount())
              .arg(QSysInfo::prettyProductName(), loadAtStart, loadAverage()));
    print(QStringLiteral("# Qt %1, SQLite %2 (Qt's driver), sqlite3 shell %3, mirror file %4 MB")
              .arg(QString::fromLatin1(qVersion()), sqliteLibraryVersion(mirror), cliVersion)
              .arg(double(fileSize(mirror.path())) / 1e6, 0, 'f', 0));
    print(QStringLiteral("# name: parley_ms sqlite3_ms ratio (apply: wall time of all batches;"
                         " queries: mean wall time of one run)"));
}

void printApply(const ApplyFigures &apply)
{
    const double parleyMs = double(apply.parleyNs) / 1e6;
    const double sqlite3Ms = double(apply.sqlite3Ns) / 1e6;
    print(figureLine(QStringLiteral("apply"), parleyMs, sqlite3Ms));
    // Wall time counts whatever else the machine runs (a shared builder may run ten times
    // slower than it could); CPU time of each side much less, so the rate is also given by it.
    print(QStringLiteral("apply_rate: %1 rows/s parley, %2 rows/s sqlite3 (%3 rows; CPU %4 s vs"
                         " %5 s)")
              .arg(qRound64(double(apply.rows) / parleyMs * 1e3))
              .arg(qRound64(double(apply.rows) / sqlite3Ms * 1e3))
              .arg(apply.rows)
              .arg(apply.parleyCpuMs / 1e3, 0, 'f', 1)
              .arg(apply.sqlite3CpuMs / 1e3, 0, 'f', 1));
    if (apply.parleyCpuMs > 0 && apply.sqlite3CpuMs > 0)
        print(QStringLiteral("apply_rate_cpu: %1 rows/s parley, %2 rows/s sqlite3")
                  .arg(qRound64(double(apply.rows) / apply.parleyCpuMs * 1e3))
                  .arg(qRound64(double(apply.rows) / apply.sqlite3CpuMs * 1e3)));
    // Until the backlog is indexed search scans it: the rate to a mirror whose index holds
    // every message counts that indexing too.
    const double indexedMs = parleyMs + double(apply.backlogNs) / 1e6;
    print(QStringLiteral("apply_rate_indexed: %1 rows/s parley (%2 messages left waiting for"
                         " the index at the end, indexed in %3 ms, CPU %4 ms)")
              .arg(qRound64(double(apply.rows) / indexedMs * 1e3))
              .arg(apply.backlog)
              .arg(double(apply.backlogNs) / 1e6, 0, 'f', 1)
              .arg(apply.backlogCpuMs, 0, 'f', 1));
}

// False when a query returned other rows in Parley than in sqlite3: its figures compare
// different work, so the run must not pass as a clean one.
bool printQueries(const QList<QueryFigure> &queries, bool plans)
{
    bool allMatch = true;
    for (const QueryFigure &figure : queries) {
        QString line = figureLine(figure.name, figure.parleyMs, figure.sqlite3Ms) +
                       QStringLiteral(" rows=%1/%2 runs=%3")
                           .arg(figure.parleyRows)
                           .arg(figure.sqlite3Rows)
                           .arg(figure.runs);
        if (!figure.samePlan)
            line += QStringLiteral(" (plan differs with inlined values)");
        print(line);
        if (!figure.sameRows) {
            print(QStringLiteral("MISMATCH: %1 returned different rows in Parley and sqlite3")
                      .arg(figure.name));
            allMatch = false;
        }
        if (plans) {
            for (const QString &step : figure.plan)
                print(QStringLiteral("#   %1").arg(step));
        }
    }
    // The figure in one line: the first page of a search, each next to sqlite3 running
    // the same SQL in the same run.
    QStringList searches;
    for (const QueryFigure &figure : queries) {
        if (figure.name.startsWith(QLatin1String("search_first_page_")))
            searches.append(QStringLiteral("%1 %2 (sqlite3 %3)")
                                .arg(figure.name.section(QLatin1Char('_'), -1))
                                .arg(figure.parleyMs, 0, 'f', 3)
                                .arg(figure.sqlite3Ms, 0, 'f', 3));
    }
    if (!searches.isEmpty())
        print(QStringLiteral("search_first_page_ms: %1").arg(searches.join(QStringLiteral(", "))));
    return allMatch;
}

// The desktop's own path: asked on this thread, read on the MirrorStore's reader thread (the
// page and each row's match), answered back here. Next to sqlite3 on the page's SQL alone.
void printReader(const QList<ReaderFigure> &reader, const QList<QueryFigure> &queries)
{
    QStringList parts;
    for (const ReaderFigure &figure : reader) {
        double sqlite3Ms = 0;
        for (const QueryFigure &query : queries) {
            if (query.name == QStringLiteral("search_first_page_") + figure.language)
                sqlite3Ms = query.sqlite3Ms;
        }
        parts.append(QStringLiteral("%1 %2 max %3 (sqlite3 %4) rows=%5 runs=%6")
                         .arg(figure.language)
                         .arg(figure.meanMs, 0, 'f', 3)
                         .arg(figure.maxMs, 0, 'f', 3)
                         .arg(sqlite3Ms, 0, 'f', 3)
                         .arg(figure.rows)
                         .arg(figure.runs));
    }
    print(QStringLiteral("search_first_page_reader_ms: %1 (off the GUI thread: round trip through"
                         " the reader, page and matches)")
              .arg(parts.join(QStringLiteral(", "))));
}

int run(const Options &options)
{
    QTemporaryDir temporary;
    const QString dirPath = options.dir.isEmpty() ? temporary.path() : options.dir;
    if ((options.dir.isEmpty() && !temporary.isValid()) || !QDir().mkpath(dirPath)) {
        progress(QStringLiteral("cannot create a working folder"));
        return 1;
    }
    const QDir dir(dirPath);
    const QString mirrorPath = dir.filePath(QStringLiteral("mirror.db"));
    const QString baselinePath = dir.filePath(QStringLiteral("baseline.db"));
    Mirror::discard(mirrorPath);
    Mirror::discard(baselinePath);

    QString error;
    const Sqlite3Cli cli(options.sqlite3);
    QString cliVersion;
    if (!cli.version(&cliVersion, &error)) {
        progress(error);
        return 1;
    }

    Mirror mirror;
    if (mirror.open(mirrorPath) != Mirror::OpenStatus::Ok) {
        progress(QStringLiteral("cannot open %1: %2").arg(mirrorPath, mirror.errorString()));
        return 1;
    }
    const QString loadAtStart = loadAverage();
    DataGenerator generator(options.messages);
    progress(QStringLiteral("generating %1 conversations and %2 messages into %3 …")
                 .arg(generator.conversationCount())
                 .arg(generator.messageCount())
                 .arg(dirPath));
    ApplyFigures apply;
    if (!runApplyBenchmark(generator, mirror, baselinePath,
                           dir.filePath(QStringLiteral("baseline-inserts.sql")), cli, options.batch,
                           &apply, &error)) {
        progress(error);
        return 1;
    }

    progress(QStringLiteral("timing queries …"));
    QList<QueryFigure> queries;
    const QueryBenchmarkSetup setup{generator.busiestConversation(), options.runs, 50, dirPath};
    if (!runQueryBenchmark(mirror, cli, setup, &queries, &error)) {
        progress(error);
        return 1;
    }

    progress(QStringLiteral("timing searches through the reader thread …"));
    QList<ReaderFigure> reader;
    if (!runReaderBenchmark(mirrorPath, setup.pageSize, options.runs > 0 ? options.runs : 50,
                            &reader, &error)) {
        progress(error);
        return 1;
    }

    printHeader(generator, options, mirror, cliVersion, loadAtStart);
    printApply(apply);
    const bool clean = printQueries(queries, options.plans);
    printReader(reader, queries);
    return clean ? 0 : 2;
}

} // namespace
} // namespace parley

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-mirror"));
    parley::Options options;
    QString error;
    if (!parley::parseOptions(app, &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return parley::run(options);
}
