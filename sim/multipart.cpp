#include "sim/multipart.h"

#include <QRegularExpression>

namespace parley::sim {
namespace {

QByteArray boundaryOf(const QByteArray &contentTypeHeader)
{
    static const QRegularExpression pattern(QStringLiteral("boundary=(?:\"([^\"]+)\"|([^;\\s]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(contentTypeHeader));
    if (!match.hasMatch())
        return {};
    const QString quoted = match.captured(1);
    return (quoted.isEmpty() ? match.captured(2) : quoted).toLatin1();
}

// name="file"; filename="photo.png" — the parameters of a Content-Disposition value.
QString dispositionParameter(const QByteArray &disposition, const QString &key)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|;)\\s*%1=(?:\"([^\"]*)\"|([^;]*))")
                                         .arg(QRegularExpression::escape(key)),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(disposition));
    if (!match.hasMatch())
        return {};
    return match.captured(1).isNull() ? match.captured(2).trimmed() : match.captured(1);
}

bool parsePart(const QByteArray &raw, FormPart *part)
{
    const int headersEnd = raw.indexOf("\r\n\r\n");
    if (headersEnd < 0)
        return false;
    part->body = raw.mid(headersEnd + 4);
    for (const QByteArray &line : raw.left(headersEnd).split('\n')) {
        const int colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            part->name = dispositionParameter(value, QStringLiteral("name"));
            part->filename = dispositionParameter(value, QStringLiteral("filename"));
        } else if (name == "content-type") {
            part->contentType = value;
        }
    }
    return !part->name.isEmpty();
}

} // namespace

bool parseFormData(const QByteArray &contentTypeHeader, const QByteArray &body,
                   QList<FormPart> *parts, QString *error)
{
    if (!contentTypeHeader.toLower().startsWith("multipart/form-data")) {
        *error = QStringLiteral("expected a multipart/form-data body");
        return false;
    }
    const QByteArray boundary = boundaryOf(contentTypeHeader);
    if (boundary.isEmpty()) {
        *error = QStringLiteral("the multipart/form-data Content-Type names no boundary");
        return false;
    }
    const QByteArray delimiter = "--" + boundary;
    int position = body.indexOf(delimiter);
    if (position < 0) {
        *error = QStringLiteral("the body does not contain its boundary");
        return false;
    }
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return true; // the closing delimiter
        if (body.mid(position, 2) != "\r\n")
            break;
        position += 2;
        // A part's body ends right before CRLF + the next delimiter.
        const int next = body.indexOf("\r\n" + delimiter, position);
        if (next < 0)
            break;
        FormPart part;
        if (!parsePart(body.mid(position, next - position), &part)) {
            *error = QStringLiteral("a part has no Content-Disposition name");
            return false;
        }
        parts->append(part);
        position = next + 2;
    }
    *error = QStringLiteral("the body ends before its closing boundary");
    return false;
}

} // namespace parley::sim
