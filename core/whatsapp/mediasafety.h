#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace parley::whatsapp {

// What a media file's outside values (a webhook's media id, file name and MIME type, an agent's
// upload name, the download URL Graph names) must be before the hub uses them in a URL, a header
// or a file's metadata.

// A Graph media id as Meta issues them (decimal digits) and as the simulator does (the same):
// 1 to 128 of A–Z a–z 0–9 _ -. Letters, '_' and '-' are allowed so that an opaque id Meta might
// issue one day still passes; nothing that can change a URL's host, path or query (/ . : % ? #,
// whitespace) does, so an id can only ever name an object under the channel's Graph version.
bool isValidMediaId(const QString &id);

// One segment of a Graph path (an object id or an edge such as "messages"), by the same rule.
bool isValidGraphPathSegment(const QString &segment);

// Where the second hop of a media fetch (GET of the `url` that GET /<MEDIA_ID> answered) may go
// with the channel's access token: Meta's media CDN over HTTPS (lookaside.fbsbx.com and the other
// hosts under fbsbx.com), or the channel's own Graph origin (scheme, host and port), which is
// where the simulator serves its downloads. Never a URL with user info; never anything else,
// so a compromised or spoofed answer cannot send the token to a third host.
bool isAllowedMediaDownloadUrl(const QUrl &url, const QUrl &graphBase);

// A file name as the hub stores and shows it: control characters (C0, DEL, C1), Unicode
// format characters (bidirectional overrides that disguise an extension) and line/paragraph
// separators removed, '/' and '\' replaced by '_', surrounding whitespace trimmed, at most
// 255 UTF-16 units. Empty when nothing is left.
QString cleanFileName(const QString &name);

// A MIME type as stored: control characters removed and whitespace trimmed.
QString cleanMimeType(const QString &mimeType);

// The Content-Type the hub serves a stored file with: the bare type (no parameters, lower case)
// when it is one of the media types WhatsApp carries (whatsapp-cloud-api.md §7), otherwise
// application/octet-stream, so a customer's "text/html" is never rendered by a browser.
QByteArray servedMimeType(const QString &mimeType);

// `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 and
// RFC 5987) for the file name cleaned as above; "file" when it is empty. Never holds CR, LF or
// an unescaped quote.
QByteArray attachmentContentDisposition(const QString &fileName);

// The file name for a multipart part header's filename="…" (the upload to Graph /media): the
// cleaned name in UTF-8 with '"' and '\' replaced by '_'; "file" when empty.
QByteArray formDataFileName(const QString &fileName);

} // namespace parley::whatsapp
