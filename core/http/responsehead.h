#pragma once

#include "core/http/httpserver.h"

#include <QByteArray>

namespace parley::http {

// The status line and headers of an answer HttpConnection writes: the reason phrase of each
// status, the length of the body, and whether the connection stays open.
QByteArray responseHead(const HttpResponse &response, bool close, int httpMinor);

// The error code ({"error": {"code": …}}) of a request refused before it reached a route: the
// head or body did not arrive in time, was too large, or could not be framed.
QByteArray refusalCode(int status);

} // namespace parley::http
