#pragma once

#include <QtGlobal>

namespace parley::http {

// What one client may cost the server, enforced before the work is done: a request head is
// checked before any of it is kept, a declared body against its route's cap before any of it is
// read, and every wait has a deadline. The hub's `serve` options set them (docs/api.md,
// "Connections and limits").
struct HttpLimits {
    int maxHeadBytes = 16 * 1024; // request line and headers together
    int maxHeaderCount = 100;
    int maxUrlBytes = 8 * 1024;
    // A keep-alive connection with no request in progress is closed after this.
    int idleTimeoutMs = 60 * 1000;
    // From a request's first byte to the end of its head: a slow head (slowloris) is cut here.
    int headTimeoutMs = 10 * 1000;
    // The longest pause between two pieces of a body.
    int bodyTimeoutMs = 30 * 1000;
    // Open connections, WebSocket streams included; kept below the descriptor limit (see
    // HttpServer::listen). When full, the connection idle the longest makes room.
    int maxConnections = 1000;
    // A connection reads its next request only once fewer answer bytes than this wait unsent,
    // so a client that pipelines requests but never reads cannot grow the server's memory.
    qint64 maxUnsentAnswerBytes = 1024 * 1024;
    // After refusing a request the server still reads (and drops) what the client sends for up
    // to this long, so the client sees the answer instead of a connection reset.
    int lingerMs = 2000;
};

} // namespace parley::http
