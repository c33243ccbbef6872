#include "ui/main/singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

#include <unistd.h>

namespace parley::ui {
namespace {

// The wire protocol, one line each way: "activate <token>\n" from the new launch, "ok\n" back.
const QByteArray activateVerb = QByteArrayLiteral("activate");
const QByteArray okLine = QByteArrayLiteral("ok\n");
// A request longer than this is not ours: drop the connection rather than buffer it.
constexpr qint64 maxRequestLength = 4096;

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent)
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    m_socketPath = QDir(runtime).filePath(QStringLiteral("%1-%2.socket").arg(key).arg(getuid()));
}

SingleInstance::~SingleInstance()
{
    release();
}

void SingleInstance::release()
{
    // QLocalServer::close() removes the socket file; a crash leaves it behind (see claim()).
    if (m_server)
        m_server->close();
}

QString SingleInstance::launchActivationToken()
{
    return qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
}

SingleInstance::Claim SingleInstance::claim(int timeoutMs)
{
    // Two launches at the same moment must not both decide the socket is stale and remove each
    // other's: the check and the listen happen under a lock file (QLockFile breaks the lock of a
    // process that died).
    QLockFile lock(m_socketPath + QStringLiteral(".lock"));
    if (!lock.tryLock(timeoutMs)) {
        m_error = QStringLiteral("another launch holds %1").arg(lock.fileName());
        return Claim::NoAnswer;
    }
    QLocalSocket probe;
    probe.connectToServer(m_socketPath);
    if (probe.waitForConnected(timeoutMs))
        return handOver(probe, timeoutMs);
    // Refused or missing means nobody listens: a socket file left by a crash is removed. Any
    // other error (a full backlog, a timeout) may be a busy instance, whose socket stays.
    const auto error = probe.error();
    if (error != QLocalSocket::ConnectionRefusedError &&
        error != QLocalSocket::ServerNotFoundError) {
        m_error = probe.errorString();
        return Claim::NoAnswer;
    }
    QLocalServer::removeServer(m_socketPath);
    return listen() ? Claim::Primary : Claim::Failed;
}

SingleInstance::Claim SingleInstance::handOver(QLocalSocket &socket, int timeoutMs)
{
    socket.write(activateVerb + ' ' + launchActivationToken().toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs)) {
        m_error = socket.errorString();
        return Claim::NoAnswer;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            m_error =
                QStringLiteral("the running instance did not answer: %1").arg(socket.errorString());
            return Claim::NoAnswer;
        }
    }
    return socket.readLine() == okLine ? Claim::HandedOver : Claim::NoAnswer;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, &SingleInstance::readRequest);
        }
    });
    return true;
}

void SingleInstance::readRequest()
{
    auto *socket = qobject_cast<QLocalSocket *>(sender());
    if (!socket)
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestLength)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(maxRequestLength).trimmed();
    const qsizetype space = line.indexOf(' ');
    if (line.left(space < 0 ? line.size() : space) != activateVerb) {
        socket->abort();
        return;
    }
    socket->write(okLine);
    socket->flush();
    socket->disconnectFromServer();
    emit activationRequested(space < 0 ? QString() : QString::fromUtf8(line.mid(space + 1)));
}

} // namespace parley::ui
