#pragma once

#include "core/http/httpserver.h"
#include "core/http/requesthead.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace parley::http {

// One client connection of HttpServer: reads one request at a time (head, then its body),
// answers it, and only then reads the next, so pipelined requests are answered in order even
// when a route answers later. Every state has a deadline (HttpLimits).
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer &server);
    ~HttpConnection() override;

    // Between requests, with nothing received and nothing left to send: may be shed.
    bool isIdle() const;
    qint64 idleSinceMs() const { return m_idleSince; }
    void shed();

private:
    enum class State { Idle, Head, Body, Handling, Closing };

    void process();
    // False when the connection stops reading (an answer is pending or it closes).
    bool readHead();
    bool readBody();
    void handle();
    void answered(quint64 requestNumber, const HttpResponse &response);
    void write(const HttpResponse &response, bool close);
    // Answers with an error and closes: the rest of what the client sent cannot be framed.
    void refuse(int status, const QByteArray &code, const QString &message);
    // Writes what is queued, then closes our side and lingers (HttpLimits::lingerMs).
    void closeAfterWriting();
    void timedOut();
    void enterIdle();
    void bytesWritten();

    QTcpSocket *m_socket;
    HttpServer &m_server;
    QTimer m_timer;
    State m_state = State::Idle;
    qint64 m_idleSince = 0;

    // The request being read or handled.
    HttpRequest m_request;
    bool m_keepAlive = true;
    int m_httpMinor = 1;
    qint64 m_bodyRemaining = 0;
    bool m_headTimerArmed = false; // the head's or body's deadline runs (readHead, readBody)
    bool m_bodyTimerArmed = false;
    quint64 m_requestNumber = 0;
    QElapsedTimer m_requestTimer;
    bool m_halfClosed = false;
};

} // namespace parley::http
