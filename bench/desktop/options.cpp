#include "bench/desktop/options.h"

#include "bench/desktop/mirrorcache.h"

#include <QCommandLineParser>
#include <QUrl>

namespace parley::bench {

bool parseOptions(const QStringList &arguments, Options *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the desktop's cold start, conversation opens and memory on a generated mirror."));
    parser.addHelpOption();
    const QCommandLineOption messages(
        QStringLiteral("messages"),
        QStringLiteral("Messages in the mirror (default $PARLEY_BENCH_MESSAGES or 1000000)."),
        QStringLiteral("N"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Warm cold starts of each kind (default 7)."),
                                  QStringLiteral("N"), QString::number(options->runs));
    const QCommandLineOption opens(
        QStringLiteral("opens"),
        QStringLiteral("Typical conversations to open (default 100); the busy one is opened"
                       " after every other."),
        QStringLiteral("N"), QString::number(options->opens));
    const QCommandLineOption cache(
        QStringLiteral("cache"),
        QStringLiteral("Folder of the generated mirror, kept for the next run (default"
                       " $XDG_CACHE_HOME/parley-bench/desktop-N)."),
        QStringLiteral("DIR"));
    const QCommandLineOption offlineOnly(
        QStringLiteral("offline-only"),
        QStringLiteral("Only the start with the hub down (cold_start_offline_ms) and its"
                       " baseline."));
    const QCommandLineOption parley(QStringLiteral("parley"),
                                    QStringLiteral("The desktop binary to start."),
                                    QStringLiteral("PATH"), options->parley);
    const QCommandLineOption sqlite3(QStringLiteral("sqlite3"),
                                     QStringLiteral("The sqlite3 shell for the floor figure."),
                                     QStringLiteral("PATH"), options->sqlite3);
    // Internal: the benchmark starts itself as a window child.
    const QCommandLineOption child(QStringLiteral("child"), QStringLiteral("(internal)"),
                                   QStringLiteral("KIND"));
    const QCommandLineOption mirror(QStringLiteral("mirror"), QStringLiteral("(internal)"),
                                    QStringLiteral("PATH"));
    const QCommandLineOption hub(QStringLiteral("hub"), QStringLiteral("(internal)"),
                                 QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("(internal)"),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption busy(QStringLiteral("busy"), QStringLiteral("(internal)"),
                                  QStringLiteral("ID"));
    parser.addOptions({messages, runs, opens, offlineOnly, cache, parley, sqlite3, child, mirror,
                       hub, token, busy});
    parser.process(arguments);

    bool ok = true;
    const QString count = parser.isSet(messages)
                              ? parser.value(messages)
                              : QString::fromLocal8Bit(qgetenv("PARLEY_BENCH_MESSAGES"));
    if (!count.isEmpty())
        options->messages = count.toLongLong(&ok);
    if (!ok || options->messages < 1000) {
        *error = QStringLiteral("--messages must be a number of at least 1000");
        return false;
    }
    options->runs = parser.value(runs).toInt(&ok);
    if (!ok || options->runs < 1) {
        *error = QStringLiteral("--runs must be a positive number");
        return false;
    }
    options->opens = parser.value(opens).toInt(&ok);
    if (!ok || options->opens < 0) {
        *error = QStringLiteral("--opens must be a number");
        return false;
    }
    options->cache =
        parser.isSet(cache) ? parser.value(cache) : defaultCacheFolder(options->messages);
    options->offlineOnly = parser.isSet(offlineOnly);
    options->parley = parser.value(parley);
    options->sqlite3 = parser.value(sqlite3);
    options->child = {parser.value(child),
                      parser.value(mirror),
                      QUrl(parser.value(hub)),
                      parser.value(token),
                      parser.value(busy).toLongLong(),
                      options->opens};
    return true;
}

} // namespace parley::bench
