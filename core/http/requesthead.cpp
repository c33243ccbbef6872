#include "core/http/requesthead.h"

#include <QUrl>

namespace parley::http {
namespace {

// RFC 9110 token characters: what a method or header name may be made of.
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

// Visible characters and spaces only: no NUL, CR or other control byte hides in a value.
bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

RequestHead invalid(RequestHead head, int status, const QByteArray &reason)
{
    head.result = RequestHead::Result::Invalid;
    head.status = status;
    head.reason = reason;
    return head;
}

// The line starting at `from` without its CRLF (or bare LF), and where the next one starts;
// nothing while the line is not complete.
bool nextLine(QByteArrayView data, qsizetype from, QByteArrayView *line, qsizetype *next)
{
    const qsizetype end = data.indexOf('\n', from);
    if (end < 0)
        return false;
    qsizetype lineEnd = end;
    if (lineEnd > from && data.at(lineEnd - 1) == '\r')
        --lineEnd;
    *line = data.sliced(from, lineEnd - from);
    *next = end + 1;
    return true;
}

// A request target that is a plain path ("/webhooks/whatsapp": letters, digits, '/', '-' and
// '_', no query, escape, dot segment or leading "//"), whose path is its own text: QUrl's
// parse, which every other target goes through, is skipped for the webhooks and most API calls.
bool isPlainPath(QByteArrayView target)
{
    if (target.isEmpty() || target.front() != '/' || target.contains("//"))
        return false;
    for (const char c : target) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '_';
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

QList<QByteArray> RequestHead::values(QByteArrayView name) const
{
    QList<QByteArray> found;
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            found.append(header.second);
    }
    return found;
}

bool RequestHead::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const QByteArray &value : values(name)) {
        for (const QByteArray &item : value.split(',')) {
            if (QByteArrayView(item.trimmed()).compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

RequestHead parseRequestHead(QByteArrayView data, const HttpLimits &limits)
{
    RequestHead head;
    // A client may send empty lines between requests (RFC 9112 §2.2); a few are skipped.
    qsizetype position = 0;
    for (int i = 0; i < 4 && position < data.size(); ++i) {
        if (data.sliced(position).startsWith("\r\n"))
            position += 2;
        else if (data.at(position) == '\n')
            position += 1;
        else
            break;
    }
    QByteArrayView line;
    qsizetype next = 0;
    if (!nextLine(data, position, &line, &next)) {
        if (data.size() - position > limits.maxUrlBytes + 32)
            return invalid(head, 414, "request line too long");
        if (data.size() > limits.maxHeadBytes)
            return invalid(head, 431, "request head too large");
        return head;
    }
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return invalid(head, 400, "malformed request line");
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method))
        return invalid(head, 400, "malformed method");
    if (target.size() > limits.maxUrlBytes)
        return invalid(head, 414, "URL too long");
    for (const char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return invalid(head, 400, "malformed request target");
    }
    if (version == "HTTP/1.1")
        head.minorVersion = 1;
    else if (version == "HTTP/1.0")
        head.minorVersion = 0;
    else if (version.startsWith("HTTP/"))
        return invalid(head, 505, "only HTTP/1.0 and HTTP/1.1 are spoken here");
    else
        return invalid(head, 400, "malformed request line");
    head.method = method.toByteArray();
    head.target = target.toByteArray();

    for (;;) {
        if (next > limits.maxHeadBytes)
            return invalid(head, 431, "request head too large");
        const qsizetype lineStart = next;
        if (!nextLine(data, lineStart, &line, &next)) {
            if (data.size() > limits.maxHeadBytes)
                return invalid(head, 431, "request head too large");
            return RequestHead{}; // incomplete: parsed again when more arrives
        }
        if (line.isEmpty())
            break;
        if (line.front() == ' ' || line.front() == '\t')
            return invalid(head, 400, "folded header lines are not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return invalid(head, 400, "malformed header line");
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (!isFieldValue(value))
            return invalid(head, 400, "control character in a header");
        if (head.headers.size() >= limits.maxHeaderCount)
            return invalid(head, 431, "too many headers");
        head.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    }
    if (next > limits.maxHeadBytes)
        return invalid(head, 431, "request head too large");
    head.result = RequestHead::Result::Complete;
    head.size = next;
    return head;
}

std::optional<qint64> declaredContentLength(const RequestHead &head)
{
    std::optional<qint64> length;
    for (const QByteArray &value : head.values("content-length")) {
        // "5, 5" and two equal headers are one length (RFC 9110 §8.6); anything else is not.
        for (const QByteArray &item : value.split(',')) {
            const QByteArray digits = item.trimmed();
            if (digits.isEmpty() || digits.size() > 18)
                return std::nullopt;
            for (const char c : digits) {
                if (c < '0' || c > '9')
                    return std::nullopt;
            }
            const qint64 number = digits.toLongLong();
            if (length && *length != number)
                return std::nullopt;
            length = number;
        }
    }
    return length.value_or(0);
}

bool splitRequestTarget(const QByteArray &target, QString *path, QUrlQuery *query)
{
    if (isPlainPath(target)) {
        *path = QString::fromLatin1(target);
        *query = QUrlQuery();
        return true;
    }
    // Origin form ("/path?query"), or absolute form ("http://host/path") as proxies may send.
    const QUrl url = QUrl::fromEncoded(target);
    const bool absolute =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || (!target.startsWith('/') && !absolute))
        return false;
    *path = url.path();
    *query = QUrlQuery(url);
    return true;
}

} // namespace parley::http
