#pragma once

#include <QString>

namespace parley::hub {

// Passwords are stored as libsodium's Argon2id strings (salted, deliberately slow, with their
// parameters inside so they can be raised later). Tokens are 256 random bits; the store keeps
// only their SHA-256, so a copy of the database opens no session.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);
QString newSessionToken();
QString sessionTokenHash(const QString &token);

} // namespace parley::hub
