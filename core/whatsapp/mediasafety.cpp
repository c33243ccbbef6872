#include "core/whatsapp/mediasafety.h"

#include <QStringList>

namespace parley::whatsapp {
namespace {

constexpr int maxMediaIdLength = 128;
constexpr int maxFileNameLength = 255;

bool isIdCharacter(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_') ||
           c == QLatin1Char('-');
}

bool isIdLike(const QString &text)
{
    if (text.isEmpty() || text.size() > maxMediaIdLength)
        return false;
    for (const QChar c : text) {
        if (!isIdCharacter(c))
            return false;
    }
    return true;
}

bool isUnsafeCharacter(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString withoutUnsafeCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isUnsafeCharacter(c))
            out += c;
    }
    return out;
}

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

// The media types of whatsapp-cloud-api.md §7 (audio, document, image, sticker, video).
const QStringList &whatsappMediaTypes()
{
    static const QStringList types = {
        QStringLiteral("audio/aac"),
        QStringLiteral("audio/amr"),
        QStringLiteral("audio/mpeg"),
        QStringLiteral("audio/mp4"),
        QStringLiteral("audio/ogg"),
        QStringLiteral("text/plain"),
        QStringLiteral("application/pdf"),
        QStringLiteral("application/vnd.ms-excel"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        QStringLiteral("application/msword"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        QStringLiteral("application/vnd.ms-powerpoint"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        QStringLiteral("image/jpeg"),
        QStringLiteral("image/png"),
        QStringLiteral("image/webp"),
        QStringLiteral("video/3gpp"),
        QStringLiteral("video/mp4"),
    };
    return types;
}

} // namespace

bool isValidMediaId(const QString &id)
{
    return isIdLike(id);
}

bool isValidGraphPathSegment(const QString &segment)
{
    return isIdLike(segment);
}

bool isAllowedMediaDownloadUrl(const QUrl &url, const QUrl &graphBase)
{
    if (!url.isValid() || url.isRelative() || !url.userInfo().isEmpty() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (scheme == QLatin1String("https") &&
        (host == QLatin1String("fbsbx.com") || host.endsWith(QLatin1String(".fbsbx.com"))))
        return true;
    const QString baseScheme = graphBase.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           scheme == baseScheme && host == graphBase.host().toLower() &&
           url.port(defaultPort(scheme)) == graphBase.port(defaultPort(baseScheme));
}

QString cleanFileName(const QString &name)
{
    QString out = withoutUnsafeCharacters(name);
    out.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    out = out.trimmed();
    if (out.size() > maxFileNameLength) {
        // Never cut a surrogate pair in half.
        int keep = maxFileNameLength;
        if (out.at(keep - 1).isHighSurrogate())
            --keep;
        out.truncate(keep);
    }
    return out;
}

QString cleanMimeType(const QString &mimeType)
{
    return withoutUnsafeCharacters(mimeType).trimmed();
}

QByteArray servedMimeType(const QString &mimeType)
{
    const QString bare = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return whatsappMediaTypes().contains(bare) ? bare.toLatin1()
                                               : QByteArray("application/octet-stream");
}

QByteArray attachmentContentDisposition(const QString &fileName)
{
    QString name = cleanFileName(fileName);
    if (name.isEmpty())
        name = QStringLiteral("file");
    QByteArray ascii;
    for (const QChar c : name) {
        const bool printable = c.unicode() >= 0x20 && c.unicode() < 0x7f;
        ascii +=
            printable && c != QLatin1Char('"') && c != QLatin1Char('\\') ? char(c.unicode()) : '_';
    }
    // RFC 5987 attr-char: ALPHA DIGIT ! # $ & + - . ^ _ ` | ~ stay, everything else is %XX.
    const QByteArray encoded = QUrl::toPercentEncoding(name, "!#$&+^`|~");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

QByteArray formDataFileName(const QString &fileName)
{
    QString name = cleanFileName(fileName);
    if (name.isEmpty())
        name = QStringLiteral("file");
    name.replace(QLatin1Char('"'), QLatin1Char('_'));
    return name.toUtf8();
}

} // namespace parley::whatsapp
