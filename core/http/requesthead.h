#pragma once

#include "core/http/httplimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace parley::http {

// An HTTP/1.x request head (request line and headers), parsed from the bytes a connection has
// received so far without consuming them: a WebSocket upgrade then reaches QWebSocketServer
// untouched. Limits are checked while parsing, so an oversized head is refused as soon as it
// is seen, never buffered whole.
struct RequestHead {
    enum class Result { Incomplete, Complete, Invalid };

    Result result = Result::Incomplete;
    // Invalid: the status to answer (400, 414, 431, 505) and why.
    int status = 0;
    QByteArray reason;

    qsizetype size = 0; // Complete: bytes of the head, the blank line included
    QByteArray method;
    QByteArray target;
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers;

    // Every value of `name` (case-insensitive), in order.
    QList<QByteArray> values(QByteArrayView name) const;
    // Whether the comma-separated values of `name` hold `token` (case-insensitive).
    bool hasToken(QByteArrayView name, QByteArrayView token) const;
};

RequestHead parseRequestHead(QByteArrayView data, const HttpLimits &limits);

// The body length a head declares (0 without Content-Length); nothing when its Content-Length
// values are not decimal numbers or disagree with each other.
std::optional<qint64> declaredContentLength(const RequestHead &head);

// The path and query of a request target: origin form ("/path?query") or absolute form
// ("http://host/path", as proxies may send); false when it is neither or does not parse. A plain
// path ("/webhooks/whatsapp": letters, digits, '/', '-' and '_') skips QUrl's parse.
bool splitRequestTarget(const QByteArray &target, QString *path, QUrlQuery *query);

} // namespace parley::http
