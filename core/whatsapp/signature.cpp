#include "core/whatsapp/signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace parley::whatsapp {
namespace {

const QByteArray signaturePrefix = QByteArrayLiteral("sha256=");
constexpr int digestBytes = 32;

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// QByteArray::fromHex skips invalid characters silently; a signature must be all hex.
bool decodeHexDigest(const QByteArray &hex, QByteArray *digest)
{
    if (hex.size() != 2 * digestBytes)
        return false;
    digest->resize(digestBytes);
    for (int i = 0; i < digestBytes; ++i) {
        const int high = hexDigitValue(hex.at(2 * i));
        const int low = hexDigitValue(hex.at(2 * i + 1));
        if (high < 0 || low < 0)
            return false;
        (*digest)[i] = static_cast<char>(high * 16 + low);
    }
    return true;
}

// Both arguments are digestBytes long; every byte is visited whatever the differences.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    unsigned char difference = 0;
    for (int i = 0; i < digestBytes; ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray webhookSignature(const QByteArray &appSecret, const QByteArray &body)
{
    return signaturePrefix + hmacSha256(appSecret, body).toHex();
}

bool verifyWebhookSignature(const QByteArray &appSecret, const QByteArray &body,
                            const QByteArray &headerValue)
{
    // Format checks depend only on the sender's own header, so returning early leaks nothing.
    if (appSecret.isEmpty() || !headerValue.startsWith(signaturePrefix))
        return false;
    QByteArray claimed;
    if (!decodeHexDigest(headerValue.mid(signaturePrefix.size()), &claimed))
        return false;
    return equalInConstantTime(claimed, hmacSha256(appSecret, body));
}

} // namespace parley::whatsapp
