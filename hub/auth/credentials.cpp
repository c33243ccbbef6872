#include "hub/auth/credentials.h"

#include "hub/auth/sodiumready.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace parley::hub {

QString hashPassword(const QString &password, PasswordCost cost)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    const bool interactive = cost == PasswordCost::Interactive;
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(
            hash, utf8.constData(), quint64(utf8.size()),
            interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN,
            interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN) != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

QString newSessionToken()
{
    if (!sodiumReady())
        return {};
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sessionTokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace parley::hub
