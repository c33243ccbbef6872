#include "bench/hub/nginxbaseline.h"

#include "bench/hub/childprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

namespace parley::bench {
namespace {

QString findProgram(const QString &name)
{
    // nginx lives in /usr/sbin, which a non-root PATH often lacks.
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"),
                                                     QStringLiteral("/usr/local/sbin"),
                                                     QStringLiteral("/sbin")});
    return path;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray nginxConfig(const QDir &prefix, quint16 port)
{
    const QByteArray dir = prefix.absolutePath().toUtf8();
    // master_process off: one process that serves, started and stopped by us, and that never
    // switches to another user (which it would do as root, losing access to this folder).
    return "worker_processes 1;\nmaster_process off;\ndaemon off;\n"
           "pid " +
           dir + "/nginx.pid;\nerror_log " + dir +
           "/error.log warn;\n"
           "events { worker_connections 1024; }\n"
           "http {\n"
           "    access_log off;\n"
           "    client_body_temp_path " +
           dir +
           "/body;\n"
           "    proxy_temp_path " +
           dir +
           "/proxy;\n"
           "    fastcgi_temp_path " +
           dir +
           "/fastcgi;\n"
           "    uwsgi_temp_path " +
           dir +
           "/uwsgi;\n"
           "    scgi_temp_path " +
           dir +
           "/scgi;\n"
           "    client_max_body_size 64k;\n"
           "    client_body_buffer_size 64k;\n"
           "    keepalive_requests 1000000;\n"
           "    server {\n"
           "        listen 127.0.0.1:" +
           QByteArray::number(port) +
           ";\n"
           "        location / { return 200 \"EVENT_RECEIVED\"; }\n"
           "    }\n"
           "}\n";
}

QByteArray wrkScript(const QByteArray &body, const QByteArray &signature)
{
    // A Lua long string takes the JSON verbatim; no webhook body contains "]==]".
    return "wrk.method = \"POST\"\n"
           "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
           "wrk.headers[\"User-Agent\"] = \"facebookexternalua\"\n"
           "wrk.headers[\"X-Hub-Signature-256\"] = \"" +
           signature +
           "\"\n"
           "wrk.body = [==[" +
           body + "]==]\n";
}

bool waitUntilListening(quint16 port, const QProcess &server)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000 && server.state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

qint64 capturedNumber(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace

BaselineResult runNginxBaseline(const QByteArray &body, const QByteArray &signature,
                                int connections, int seconds)
{
    BaselineResult result;
    const QString nginx = findProgram(QStringLiteral("nginx"));
    const QString wrk = findProgram(QStringLiteral("wrk"));
    if (nginx.isEmpty() || wrk.isEmpty()) {
        result.problem = QStringLiteral("%1 not installed (apt-get install nginx wrk)")
                             .arg(nginx.isEmpty() && wrk.isEmpty() ? QStringLiteral("nginx and wrk")
                                  : nginx.isEmpty()                ? QStringLiteral("nginx")
                                                                   : QStringLiteral("wrk"));
        return result;
    }
    QTemporaryDir temp;
    const QDir prefix(temp.path());
    const quint16 port = freeLoopbackPort();
    const QString config = prefix.filePath(QStringLiteral("nginx.conf"));
    const QString script = prefix.filePath(QStringLiteral("post.lua"));
    if (!temp.isValid() || port == 0 || !writeFile(config, nginxConfig(prefix, port)) ||
        !writeFile(script, wrkScript(body, signature))) {
        result.problem = QStringLiteral("cannot prepare nginx's folder or port");
        return result;
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    stopWithParent(server);
    // -e: the error log before the config is read, which would otherwise be /var/log/nginx.
    server.start(nginx,
                 {QStringLiteral("-p"), prefix.absolutePath(), QStringLiteral("-e"),
                  prefix.filePath(QStringLiteral("error.log")), QStringLiteral("-c"), config});
    if (!server.waitForStarted(5000) || !waitUntilListening(port, server)) {
        QFile log(prefix.filePath(QStringLiteral("error.log")));
        log.open(QIODevice::ReadOnly);
        result.problem = QStringLiteral("nginx did not start: %1")
                             .arg(QString::fromUtf8(server.readAll() + log.readAll()).trimmed());
        server.kill();
        server.waitForFinished(2000);
        return result;
    }

    QProcess load;
    load.setProcessChannelMode(QProcess::MergedChannels);
    stopWithParent(load);
    load.start(wrk, {QStringLiteral("-t1"), QStringLiteral("-c%1").arg(connections),
                     QStringLiteral("-d%1s").arg(seconds), QStringLiteral("-s"), script,
                     QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp").arg(port)});
    const bool finished = load.waitForStarted(5000) && load.waitForFinished((seconds + 15) * 1000);
    if (!finished)
        load.kill();
    load.waitForFinished(2000);
    server.terminate(); // SIGTERM: nginx's fast shutdown
    if (!server.waitForFinished(5000)) {
        server.kill();
        server.waitForFinished(2000);
    }

    const QString output = QString::fromUtf8(load.readAll());
    const QRegularExpressionMatch rate =
        QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(output);
    if (!finished || !rate.hasMatch()) {
        result.problem = QStringLiteral("wrk gave no figure: %1").arg(output.trimmed().left(300));
        return result;
    }
    result.ran = true;
    result.requestsPerSecond = rate.captured(1).toDouble();
    result.non2xx = capturedNumber(output, QStringLiteral("Non-2xx or 3xx responses:\\s+(\\d+)"));
    const QRegularExpression socketErrors(
        QStringLiteral("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"));
    const QRegularExpressionMatch errors = socketErrors.match(output);
    for (int i = 1; errors.hasMatch() && i <= 4; ++i)
        result.socketErrors += errors.captured(i).toLongLong();
    return result;
}

} // namespace parley::bench
