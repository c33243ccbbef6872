#pragma once

#include <QByteArray>

namespace parley::whatsapp {

// The header Meta signs every webhook POST with (§4).
inline constexpr char signatureHeader[] = "X-Hub-Signature-256";

// "sha256=" + 64 lowercase hex digits of HMAC-SHA256(appSecret, body), exactly as Meta sends it.
// `body` must be the raw bytes: re-serialized JSON would not match.
QByteArray webhookSignature(const QByteArray &appSecret, const QByteArray &body);

// True when `headerValue` is the signature of `body`. The "sha256=" prefix is required and
// case-sensitive (Meta writes it in lowercase); the 64 hex digits are accepted in either case,
// since a hex digit's case carries no information. Anything else — a missing prefix, a length
// other than 64, a non-hex character, an empty app secret (which anyone could sign with) — is
// refused. The digests are compared in constant time, so response timing does not reveal how
// many leading bytes of a forged signature were right.
bool verifyWebhookSignature(const QByteArray &appSecret, const QByteArray &body,
                            const QByteArray &headerValue);

} // namespace parley::whatsapp
