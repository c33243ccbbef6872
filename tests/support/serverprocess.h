#pragma once

// A server program under test: started on loopback, its port read from its
// "listening on http://HOST:PORT" line, stopped or killed like a crash.

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace parley::testing {

class ServerProcess {
public:
    ServerProcess();
    virtual ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    void kill(); // SIGKILL: a crash, not a shutdown
    void stop(); // SIGTERM and wait
    // SIGSTOP / SIGCONT: a server that hangs. The kernel still accepts connections and buffers
    // requests for it, but nothing answers until it is resumed.
    void pause();
    void resume();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QUrl url(const QString &path = QString()) const;
    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    QByteArray log() const { return m_log; }

protected:
    // Starts `program` and waits for its listening line; false if it does not come in time.
    bool launch(const QString &program, const QStringList &arguments, int timeoutMs);

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace parley::testing
