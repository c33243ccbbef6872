#include "bench/desktop/coldstart.h"

#include "bench/hub/childprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <unistd.h>

namespace parley::bench {
namespace {

qint64 paintTime(const QString &line)
{
    if (line.startsWith(QLatin1String("parley-first-paint steady_ns=")))
        return line.section(QLatin1Char('='), 1, 1).section(QLatin1Char(' '), 0, 0).toLongLong();
    if (line.startsWith(QLatin1String("first_paint_ns ")))
        return line.section(QLatin1Char(' '), 1, 1).toLongLong();
    return 0;
}

} // namespace

LaunchResult launchUntilPainted(const Launch &launch)
{
    LaunchResult result;
    QProcess process;
    process.setProgram(launch.program);
    process.setArguments(launch.arguments);
    process.setProcessEnvironment(launch.environment);
    stopWithParent(process);
    // Qt's offscreen plugin warns about every window hint: kept for error reports only.
    QByteArray errors;
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { errors = (errors + process.readAllStandardError()).right(4096); });
    QByteArray pending;
    qint64 paintedNs = 0;
    const auto readLines = [&] {
        pending += process.readAllStandardOutput();
        int end;
        while ((end = int(pending.indexOf('\n'))) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            result.lines.append(line);
            if (paintedNs == 0)
                paintedNs = paintTime(line);
        }
    };
    const qint64 startNs = steadyNs();
    result.startNs = startNs;
    process.start();
    if (!process.waitForStarted(10000)) {
        result.error = QStringLiteral("cannot run %1").arg(launch.program);
        return result;
    }
    const QDeadlineTimer deadline(60000);
    while (paintedNs == 0 && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(50);
        readLines();
    }
    if (paintedNs == 0) {
        result.error = QStringLiteral("%1 never reported a painted list: %2")
                           .arg(launch.program, QString::fromUtf8(errors));
        process.kill();
        process.waitForFinished(2000);
        return result;
    }
    result.firstPaintMs = double(paintedNs - startNs) / 1e6;
    result.atPaint = memoryOf(process.processId());
    // Children that time more after the paint end by themselves; the app is stopped.
    const QDeadlineTimer settle(launch.settleMs);
    while (!settle.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(int(qMax<qint64>(1, settle.remainingTime())));
        readLines();
    }
    result.settled = memoryOf(process.processId());
    if (process.state() == QProcess::Running) {
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(2000);
        }
    }
    readLines();
    return result;
}

bool evictFromPageCache(const QString &path)
{
    bool ok = true;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && ok;
        ::close(fd);
    }
    return ok;
}

} // namespace parley::bench
