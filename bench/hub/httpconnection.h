#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

namespace parley::bench {

// One keep-alive HTTP/1.1 client connection with at most one request in flight, which is how
// Meta's sender uses each of its connections (no pipelining). Requests go out as prepared raw
// bytes and only the status line and Content-Length of a reply are read: a QNetworkAccessManager
// would add its own queueing and parsing to every figure.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    explicit HttpConnection(quint16 port, QObject *parent = nullptr);
    ~HttpConnection() override;

    void open();
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isBusy() const { return m_busy; }
    // Connections the server closed between requests and that were opened again.
    int reopened() const { return m_reopened; }

    // Only when not busy; a connection the server closed meanwhile is opened again first.
    void send(const QByteArray &request);

signals:
    void opened();
    void replied(int status);
    void failed(const QString &reason); // the request in flight is lost

private:
    void readReplies();
    void lost();

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_received;
    QByteArray m_waiting; // written once a reopened connection is up
    bool m_busy = false;
    int m_reopened = 0;
};

} // namespace parley::bench
