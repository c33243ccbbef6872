#include "bench/mirror/sqlite3cli.h"

#include "bench/mirror/measure.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace parley {
namespace {

// -bail: a failing statement must stop the run rather than leave a silently short timing.
// -init /dev/null: a developer's ~/.sqliterc must not change what is measured.
QStringList baseArguments()
{
    return {QStringLiteral("-bail"), QStringLiteral("-batch"), QStringLiteral("-init"),
            QStringLiteral("/dev/null")};
}

bool finish(QProcess &process, const QString &what, QString *error)
{
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                     .arg(what)
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

QString quotedPath(const QString &path)
{
    QString quoted = path;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

const QString marker = QStringLiteral("@@query ");

} // namespace

bool Sqlite3Cli::version(QString *out, QString *error) const
{
    QProcess process;
    process.start(m_program, {QStringLiteral("--version")});
    if (!process.waitForStarted()) {
        *error = QStringLiteral("cannot run %1: %2").arg(m_program, process.errorString());
        return false;
    }
    if (!finish(process, m_program, error))
        return false;
    // "3.40.1 2022-12-28 14:03:47 df5c…": the version is the first word.
    *out = QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
    return true;
}

bool Sqlite3Cli::runScript(const QString &database, const QString &scriptPath, QByteArray *output,
                           QString *error, Cost *cost) const
{
    QProcess process;
    process.setStandardInputFile(scriptPath);
    const double childrenCpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(m_program, baseArguments() << database);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("cannot run %1: %2").arg(m_program, process.errorString());
        return false;
    }
    // waitForFinished() drains the child's output as it comes, so a full pipe cannot stall it.
    const bool ok = finish(process, QStringLiteral("%1 %2").arg(m_program, database), error);
    if (cost)
        *cost = {timer.nsecsElapsed(), childrenCpuMs() - childrenCpuBefore};
    if (!ok)
        return false;
    const QByteArray collected = process.readAllStandardOutput();
    if (output)
        *output = collected;
    return true;
}

bool timeQueriesWithCli(const Sqlite3Cli &cli, const QString &database, const QString &workDir,
                        const QStringList &pragmas, const QList<CliQuery> &queries,
                        QList<CliQueryTiming> *timings, QString *error)
{
    QByteArray script;
    for (const QString &pragma : pragmas)
        script += pragma.toUtf8() + ";\n";
    script += ".headers off\n.mode list\n.separator |\n.timer on\n";
    QStringList rowFiles;
    for (int i = 0; i < queries.size(); ++i) {
        const QByteArray sql = queries.at(i).sql.toUtf8() + ";\n";
        rowFiles.append(QDir(workDir).filePath(QStringLiteral("cli-rows-%1.txt").arg(i)));
        script += ".output stdout\n.print " + marker.toUtf8() + QByteArray::number(i) + "\n";
        script += ".once " + quotedPath(rowFiles.last()).toUtf8() + "\n" + sql;
        script += ".output /dev/null\n";
        for (int run = 0; run < queries.at(i).runs; ++run)
            script += sql;
    }
    script += ".output stdout\n";

    const QString scriptPath = QDir(workDir).filePath(QStringLiteral("cli-queries.sql"));
    QFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(scriptPath, file.errorString());
        return false;
    }
    file.close();

    QByteArray output;
    if (!cli.runScript(database, scriptPath, &output, error))
        return false;

    // The shell prints the timer with printf() to stdout whatever .output says, so every line
    // arrives here in statement order: the marker, the warm-up, then the timed runs.
    static const QRegularExpression runTime(
        QStringLiteral("^Run Time: real ([0-9.]+) user [0-9.]+ sys [0-9.]+$"));
    timings->clear();
    timings->resize(queries.size());
    int current = -1;
    QList<int> seen(queries.size(), 0);
    for (const QByteArray &rawLine : output.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.startsWith(marker)) {
            current = line.mid(marker.size()).toInt();
            continue;
        }
        const QRegularExpressionMatch match = runTime.match(line);
        if (!match.hasMatch() || current < 0)
            continue;
        if (seen[current]++ == 0)
            continue; // the warm-up
        CliQueryTiming &timing = (*timings)[current];
        timing.realMs.append(match.captured(1).toDouble() * 1e3);
    }
    for (int i = 0; i < queries.size(); ++i) {
        if ((*timings)[i].realMs.size() != queries.at(i).runs) {
            *error = QStringLiteral("sqlite3 printed %1 timings for %2, expected %3")
                         .arg((*timings)[i].realMs.size())
                         .arg(queries.at(i).name)
                         .arg(queries.at(i).runs);
            return false;
        }
        QFile rows(rowFiles.at(i));
        if (!rows.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("sqlite3 wrote no rows file for %1").arg(queries.at(i).name);
            return false;
        }
        // Generated texts hold no line breaks, so one line is one row.
        for (const QByteArray &row : rows.readAll().split('\n')) {
            if (!row.isEmpty())
                (*timings)[i].firstColumn.append(QString::fromUtf8(row.left(row.indexOf('|'))));
        }
    }
    return true;
}

} // namespace parley
