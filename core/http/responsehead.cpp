#include "core/http/responsehead.h"

namespace parley::http {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

} // namespace

QByteArray responseHead(const HttpResponse &response, bool close, int httpMinor)
{
    // One buffer, appended to: the head of every answer is built here.
    QByteArray head;
    head.reserve(128 + response.contentType.size()); // room for a short body too (HttpConnection)
    head.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ');
    head.append(reasonPhrase(response.status)).append("\r\n");
    head.append("Content-Type: ").append(response.contentType).append("\r\n");
    head.append("Content-Length: ").append(QByteArray::number(response.body.size()));
    head.append("\r\n");
    for (const auto &header : response.headers)
        head.append(header.first).append(": ").append(header.second).append("\r\n");
    if (close)
        head.append("Connection: close\r\n");
    else if (httpMinor == 0)
        head.append("Connection: keep-alive\r\n");
    head.append("\r\n");
    return head;
}

QByteArray refusalCode(int status)
{
    switch (status) {
    case 408:
        return "timeout";
    case 411:
        return "length_required";
    case 413:
        return "too_large";
    case 414:
        return "url_too_long";
    case 431:
        return "headers_too_large";
    case 501:
        return "not_implemented";
    case 505:
        return "http_version_not_supported";
    default:
        return "bad_request";
    }
}

} // namespace parley::http
