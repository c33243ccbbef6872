#include "bench/hub/httpconnection.h"

#include <QHostAddress>

#include <utility>

namespace parley::bench {
namespace {

// Content-Length of a header block, 0 when absent (the hub always sends it).
qsizetype contentLength(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 &&
            line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return 0;
}

} // namespace

HttpConnection::HttpConnection(quint16 port, QObject *parent) : QObject(parent), m_port(port)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        // Each request is one write(); without this, Nagle would hold back its last segment.
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (!m_waiting.isEmpty()) {
            m_socket.write(std::exchange(m_waiting, {}));
            m_socket.flush();
        }
        emit opened();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readReplies);
    connect(&m_socket, &QTcpSocket::disconnected, this, &HttpConnection::lost);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            lost();
    });
}

HttpConnection::~HttpConnection()
{
    // The socket, destroyed after the other members, says "disconnected" on its way out.
    m_socket.disconnect(this);
}

void HttpConnection::open()
{
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
}

void HttpConnection::send(const QByteArray &request)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    if (isOpen()) {
        m_socket.write(request);
        // QTcpSocket otherwise hands the bytes to the kernel on the next event loop pass, after
        // the caller has taken its timestamp.
        m_socket.flush();
        return;
    }
    m_waiting = request;
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        ++m_reopened;
        open();
    }
}

void HttpConnection::readReplies()
{
    m_received += m_socket.readAll();
    for (;;) {
        const qsizetype headerEnd = m_received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray headers = m_received.left(headerEnd);
        const qsizetype total = headerEnd + 4 + contentLength(headers);
        if (m_received.size() < total)
            return;
        // "HTTP/1.1 200 OK"
        const int status = headers.mid(9, 3).toInt();
        m_received.remove(0, total);
        m_busy = false;
        emit replied(status);
    }
}

void HttpConnection::lost()
{
    m_received.clear();
    if (!m_busy)
        return; // closed while idle: the next send() opens it again
    m_busy = false;
    m_waiting.clear();
    emit failed(m_socket.errorString());
}

} // namespace parley::bench
