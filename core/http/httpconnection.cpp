#include "core/http/httpconnection.h"

#include "core/http/responsehead.h"

#include <QTcpSocket>

#include <chrono>

#include <sys/socket.h>

namespace parley::http {
namespace {

qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer &server)
    : QObject(&server), m_socket(socket), m_server(server)
{
    socket->setParent(this);
    // Qt stops reading from the kernel once this much waits unread: a body is taken in pieces
    // as it is parsed, and a client that sends faster than we read is held back by TCP itself.
    socket->setReadBufferSize(qMax(64 * 1024, server.limits().maxHeadBytes + 1024));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::bytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, [this] { m_server.connectionFinished(this); });
    enterIdle();
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isIdle() const
{
    return m_state == State::Idle && m_socket->bytesAvailable() == 0 &&
           m_socket->bytesToWrite() == 0;
}

void HttpConnection::shed()
{
    m_timer.stop();
    m_socket->abort();
    m_server.connectionFinished(this);
}

void HttpConnection::enterIdle()
{
    m_state = State::Idle;
    m_request = HttpRequest();
    m_idleSince = monotonicMs();
    m_timer.start(m_server.limits().idleTimeoutMs);
}

void HttpConnection::process()
{
    for (;;) {
        switch (m_state) {
        case State::Idle:
        case State::Head:
            if (!readHead())
                return;
            break;
        case State::Body:
            if (!readBody())
                return;
            break;
        case State::Handling:
            return; // the next request waits in the buffer until this one is answered
        case State::Closing:
            // Lingering after a refusal: what the client still sends is dropped unread.
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
    }
}

bool HttpConnection::readHead()
{
    const HttpLimits &limits = m_server.limits();
    if (m_state == State::Idle) {
        // Pipelined requests wait while the client has not taken the earlier answers.
        if (m_socket->bytesAvailable() == 0 ||
            m_socket->bytesToWrite() > limits.maxUnsentAnswerBytes)
            return false;
        m_state = State::Head;
        m_request = HttpRequest();
        m_requestTimer.start();
        m_headTimerArmed = false;
    }
    // A head that is not all here yet has headTimeoutMs from its first byte, not restarted by
    // progress (a slow head is cut); one that came whole needs no timer of its own.
    const auto waitForHead = [this, &limits] {
        if (!m_headTimerArmed) {
            m_headTimerArmed = true;
            m_timer.start(limits.headTimeoutMs);
        }
        return false;
    };
    // Peeked, not read: a WebSocket upgrade must reach QWebSocketServer whole.
    // Empty lines before a request are allowed (RFC 9112 §2.2); dropped here, they cannot pass
    // for the blank line that ends a head.
    char first = 0;
    while (m_socket->peek(&first, 1) == 1 && (first == '\r' || first == '\n'))
        m_socket->skip(1);
    const QByteArray received = m_socket->peek(limits.maxHeadBytes + 1);
    // A head sent in small pieces is parsed once it can be complete or too long, not per piece.
    const bool ended = received.contains("\n\r\n") || received.contains("\n\n");
    const bool longFirstLine =
        received.size() > limits.maxUrlBytes + 32 && !received.contains('\n');
    if (!ended && !longFirstLine && received.size() <= limits.maxHeadBytes)
        return waitForHead();
    const RequestHead head = parseRequestHead(received, limits);
    if (head.result == RequestHead::Result::Incomplete)
        return waitForHead();
    if (head.result == RequestHead::Result::Invalid) {
        refuse(head.status, refusalCode(head.status), QString::fromLatin1(head.reason));
        return false;
    }
    m_request.method = head.method;
    if (!splitRequestTarget(head.target, &m_request.path, &m_request.query)) {
        refuse(400, "bad_request", QStringLiteral("malformed request target"));
        return false;
    }
    m_request.headers = head.headers;
    m_request.peer = m_socket->peerAddress();
    m_keepAlive = head.minorVersion >= 1 ? !head.hasToken("connection", "close")
                                         : head.hasToken("connection", "keep-alive");
    m_httpMinor = head.minorVersion;

    if (head.method == "GET" && head.hasToken("upgrade", "websocket")) {
        m_timer.stop();
        m_state = State::Closing;
        m_server.upgrade(this, m_socket); // the socket leaves with the head unread
        return false;
    }
    // A body's length must be known before any of it is read. Chunked bodies are not needed
    // by any client (Meta, nginx with request buffering and Qt all send Content-Length).
    if (!head.values("transfer-encoding").isEmpty()) {
        if (head.hasToken("transfer-encoding", "chunked"))
            refuse(411, refusalCode(411),
                   QStringLiteral("Send the body with a Content-Length; chunked bodies are not "
                                  "accepted."));
        else
            refuse(501, refusalCode(501), QStringLiteral("Unsupported Transfer-Encoding."));
        return false;
    }
    const std::optional<qint64> length = declaredContentLength(head);
    if (!length) {
        refuse(400, "bad_request",
               QStringLiteral("Content-Length is not a number or given twice with different "
                              "values."));
        return false;
    }
    const qint64 cap = m_server.bodyCap(m_request.method, m_request.path);
    if (*length > cap) {
        refuse(413, refusalCode(413), QStringLiteral("The body is larger than %1 bytes.").arg(cap));
        return false;
    }
    m_socket->skip(head.size);
    if (*length > 0 && head.hasToken("expect", "100-continue"))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyRemaining = *length;
    // Grown as the body arrives: a declared length alone reserves no memory.
    m_request.body.reserve(int(qMin(*length, qint64(1024 * 1024))));
    m_state = State::Body;
    m_bodyTimerArmed = false;
    return true;
}

bool HttpConnection::readBody()
{
    if (m_bodyRemaining > 0) {
        // Read straight into the body: no copy of each piece on the way.
        const qint64 available = m_socket->bytesAvailable();
        qint64 got = 0;
        if (available > 0) {
            const qsizetype had = m_request.body.size();
            const qint64 wanted = qMin(available, m_bodyRemaining);
            m_request.body.resize(had + qsizetype(wanted));
            got = qMax<qint64>(0, m_socket->read(m_request.body.data() + had, wanted));
            m_request.body.resize(had + qsizetype(got));
            m_bodyRemaining -= got;
        }
        if (m_bodyRemaining > 0) {
            // The body's clock starts at the end of the head and restarts with each piece;
            // a body that came whole with its head needs no timer of its own.
            if (got > 0 || !m_bodyTimerArmed) {
                m_bodyTimerArmed = true;
                m_timer.start(m_server.limits().bodyTimeoutMs);
            }
            return false;
        }
    }
    handle();
    return m_state == State::Idle;
}

void HttpConnection::handle()
{
    m_state = State::Handling;
    m_timer.stop();
    const quint64 number = ++m_requestNumber;
    QPointer<HttpConnection> self(this);
    HttpRespond respond = [self, number](const HttpResponse &response) {
        if (self)
            self->answered(number, response);
    };
    const std::optional<HttpResponse> response = m_server.dispatch(m_request, std::move(respond));
    if (response)
        answered(number, *response);
}

void HttpConnection::answered(quint64 requestNumber, const HttpResponse &response)
{
    if (requestNumber != m_requestNumber || m_state != State::Handling)
        return; // a second answer to the same request
    m_server.log(m_request.method, m_request.path, response.status, m_request.body.size(),
                 response.body.size(), m_requestTimer.nsecsElapsed());
    write(response, !m_keepAlive);
    if (!m_keepAlive) {
        closeAfterWriting();
        return;
    }
    enterIdle();
    // A pipelined request already read from the kernel is read once this call has returned.
    // One still in the kernel is announced by readyRead, as is the next request of a client
    // that waits for each answer (Meta): no call is queued for it.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::write(const HttpResponse &response, bool close)
{
    // A small answer (a webhook's 200, most API replies) goes out as one piece: written apart,
    // the head and the body are two chunks of the socket's buffer and two send() calls.
    constexpr qsizetype copiedBodyBytes = 16 * 1024;
    QByteArray head = responseHead(response, close, m_httpMinor);
    if (response.body.size() <= copiedBodyBytes) {
        head.append(response.body);
        m_socket->write(head);
    } else {
        m_socket->write(head);
        m_socket->write(response.body);
    }
    // Sent now rather than from the socket's write notification on a later pass of the event
    // loop: the client has its answer sooner, and the notifier is not switched on and off for
    // every answer. What the kernel does not take now is still sent as it makes room.
    m_socket->flush();
}

void HttpConnection::refuse(int status, const QByteArray &code, const QString &message)
{
    ++m_server.m_stats.requestsRefused;
    const HttpResponse response = HttpResponse::error(status, QString::fromLatin1(code), message);
    m_server.log(m_request.method, m_request.path, status, 0, response.body.size(),
                 m_requestTimer.isValid() ? m_requestTimer.nsecsElapsed() : 0);
    write(response, true);
    closeAfterWriting();
}

void HttpConnection::closeAfterWriting()
{
    m_state = State::Closing;
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->flush();
    bytesWritten();
}

void HttpConnection::bytesWritten()
{
    const HttpLimits &limits = m_server.limits();
    if (m_state == State::Closing) {
        if (m_socket->bytesToWrite() > 0) {
            m_timer.start(limits.idleTimeoutMs); // the client is still taking the answer
            return;
        }
        if (!m_halfClosed) {
            // Only our side closes: the client reads the whole answer (a close with unread
            // input would reset the connection and could destroy it), then closes its side;
            // what it still sends meanwhile is dropped for at most lingerMs.
            m_halfClosed = true;
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
            m_timer.start(limits.lingerMs);
        }
        return;
    }
    if (m_state == State::Idle) {
        m_idleSince = monotonicMs();
        m_timer.start(limits.idleTimeoutMs); // a long answer being taken is not idleness
        if (m_socket->bytesAvailable() > 0)
            process();
    }
}

void HttpConnection::timedOut()
{
    switch (m_state) {
    case State::Idle:
        ++m_server.m_stats.timeouts;
        m_socket->abort();
        m_server.connectionFinished(this);
        return;
    case State::Head:
        ++m_server.m_stats.timeouts;
        refuse(408, refusalCode(408), QStringLiteral("The request head did not arrive in time."));
        return;
    case State::Body:
        ++m_server.m_stats.timeouts;
        refuse(408, refusalCode(408), QStringLiteral("The request body stopped arriving."));
        return;
    case State::Handling:
        return;
    case State::Closing:
        m_socket->abort();
        m_server.connectionFinished(this);
        return;
    }
}

} // namespace parley::http
