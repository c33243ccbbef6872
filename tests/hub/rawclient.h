#pragma once

// A client that writes raw bytes to a server and reads its HTTP answers, for tests that send
// what a well-behaved client library never would: huge or broken heads, pipelined requests,
// bodies that never end.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QTcpSocket>

namespace parley::testing {

struct RawAnswer {
    int status = 0;
    QByteArray head;
    QByteArray body;
};

class RawClient {
public:
    explicit RawClient(quint16 port, const QHostAddress &host = QHostAddress::LocalHost)
    {
        m_socket.connectToHost(host, port);
        m_socket.waitForConnected(5000);
    }

    QTcpSocket &socket() { return m_socket; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    void send(const QByteArray &data)
    {
        m_socket.write(data);
        m_socket.flush();
    }

    // Reads until `count` whole answers (1xx ones skipped) are in, the server closes, or
    // `timeoutMs` passes; returns the answers complete so far.
    QList<RawAnswer> read(int count, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            m_received += m_socket.readAll();
            QList<RawAnswer> answers = parse();
            if (answers.size() >= count || timer.elapsed() >= timeoutMs ||
                m_socket.state() != QAbstractSocket::ConnectedState) {
                m_received += m_socket.readAll();
                return parse();
            }
            m_socket.waitForReadyRead(100);
        }
    }

    int status(int timeoutMs = 10000)
    {
        const QList<RawAnswer> answers = read(1, timeoutMs);
        return answers.isEmpty() ? 0 : answers.first().status;
    }

    // Reads and drops until the server closes the connection; false if it is still open after
    // `timeoutMs`.
    bool waitClosed(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            m_socket.waitForReadyRead(100);
            m_received += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

    QByteArray received() const { return m_received; }

private:
    QList<RawAnswer> parse() const
    {
        QList<RawAnswer> answers;
        qsizetype position = 0;
        for (;;) {
            const qsizetype end = m_received.indexOf("\r\n\r\n", position);
            if (end < 0)
                return answers;
            RawAnswer answer;
            answer.head = m_received.mid(position, end - position);
            answer.status = answer.head.mid(9, 3).toInt();
            qint64 length = 0;
            for (const QByteArray &line : answer.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_received.size() < end + 4 + length)
                return answers;
            answer.body = m_received.mid(end + 4, length);
            position = end + 4 + length;
            if (answer.status >= 200)
                answers.append(answer);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_received;
};

// The resident memory of process `pid` in bytes (VmRSS), 0 if it cannot be read.
inline qint64 residentBytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

// The WebSocket opening request for the hub's stream.
inline QByteArray streamUpgrade(const QString &token, const QByteArray &host = "127.0.0.1")
{
    return "GET /api/v1/stream?since=0&token=" + token.toUtf8() + " HTTP/1.1\r\nHost: " + host +
           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

// A masked client frame with a short payload (RFC 6455 §5.2); opcode 0xA is a pong.
inline QByteArray clientFrame(quint8 opcode, const QByteArray &payload)
{
    Q_ASSERT(payload.size() < 126);
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    frame.append(char(0x80 | payload.size()));
    const QByteArray mask = "\x11\x22\x33\x44";
    frame += mask;
    for (int i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask.at(i % 4)));
    return frame;
}

} // namespace parley::testing
