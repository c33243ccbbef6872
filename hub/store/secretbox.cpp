#include "hub/store/secretbox.h"

#include "hub/auth/sodiumready.h"

#include <QFile>

#include <sodium.h>
#include <unistd.h>

namespace parley::hub {
namespace {

const QLatin1String sealedPrefix("sbox1:");

} // namespace

bool SecretBox::load(const QString &keyPath, QString *error)
{
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(keyPath, file.errorString());
        return false;
    }
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    if (key.size() != int(crypto_secretbox_KEYBYTES)) {
        *error = QStringLiteral("%1 is not a parley-hub key file (it must hold %2 bytes in base64)")
                     .arg(keyPath)
                     .arg(crypto_secretbox_KEYBYTES);
        return false;
    }
    m_key = key;
    return true;
}

bool SecretBox::create(const QString &keyPath, QString *error)
{
    if (!sodiumReady()) {
        *error = QStringLiteral("libsodium did not initialise");
        return false;
    }
    QByteArray key(int(crypto_secretbox_KEYBYTES), Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    QFile file(keyPath);
    // NewOnly: never overwrite a key, which would leave every sealed secret unreadable.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (file.exists())
            return load(keyPath, error);
        *error =
            QStringLiteral("cannot create the key file %1: %2").arg(keyPath, file.errorString());
        return false;
    }
    const QByteArray text = key.toBase64() + '\n';
    // On disk before any secret is sealed with it.
    if (file.write(text) != text.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        *error =
            QStringLiteral("cannot write the key file %1: %2").arg(keyPath, file.errorString());
        file.close();
        file.remove();
        return false;
    }
    m_key = key;
    return true;
}

bool SecretBox::isSealed(const QString &stored)
{
    return stored.startsWith(sealedPrefix);
}

QString SecretBox::seal(const QString &plain) const
{
    if (!sodiumReady() || m_key.isEmpty())
        return {};
    const QByteArray message = plain.toUtf8();
    QByteArray sealed(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + message.size(),
                      Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          quint64(message.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return sealedPrefix + QString::fromLatin1(sealed.toBase64());
}

std::optional<QString> SecretBox::open(const QString &stored) const
{
    if (!isSealed(stored) || m_key.isEmpty() || !sodiumReady())
        return std::nullopt;
    const QByteArray sealed = QByteArray::fromBase64(stored.mid(sealedPrefix.size()).toLatin1());
    const int overhead = int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (sealed.size() < overhead)
        return std::nullopt;
    QByteArray message(sealed.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(message.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return std::nullopt;
    return QString::fromUtf8(message);
}

} // namespace parley::hub
