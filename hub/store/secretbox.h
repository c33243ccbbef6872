#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace parley::hub {

// Seals the channels' secrets (access token, app secret, verify token) before they reach the
// store, with libsodium's crypto_secretbox (XSalsa20-Poly1305) and a key kept beside the store in
// its own file, `secret.key` (0600). A copy of hub.sqlite alone (a backup, a stolen disk image
// of the store) then holds no usable secret. A sealed value is text: "sbox1:" and the base64 of
// nonce and ciphertext; a value without that prefix is plaintext from an older hub, sealed when
// the store is opened.
class SecretBox {
public:
    static constexpr const char *keyFileName = "secret.key";

    // Reads the key file; false with `error` when it is missing, unreadable or not a key.
    bool load(const QString &keyPath, QString *error);
    // Writes a new random key file (0600) and loads it; when another process created the file
    // first, loads that one.
    bool create(const QString &keyPath, QString *error);
    bool isLoaded() const { return !m_key.isEmpty(); }

    QString seal(const QString &plain) const;
    // The plaintext; nullopt when `stored` is sealed with another key or damaged.
    std::optional<QString> open(const QString &stored) const;
    static bool isSealed(const QString &stored);

private:
    QByteArray m_key;
};

} // namespace parley::hub
