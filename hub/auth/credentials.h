#pragma once

#include <QString>

namespace parley::hub {

// Passwords are stored as libsodium's Argon2id strings (salted, deliberately slow, with their
// parameters inside so they can be raised later). Tokens are 256 random bits; the store keeps
// only their SHA-256, so a copy of the database opens no session.

// What one new hash costs. Every real password uses Interactive (libsodium's interactive
// Argon2id: tens of milliseconds and 64 MiB). InsecureForTests is the minimum libsodium allows,
// for test hubs that count logins rather than measure them; the hub uses it only when started
// with --insecure-fast-password-hashing. A hash keeps its own parameters, so either verifies
// with verifyPassword().
enum class PasswordCost { Interactive, InsecureForTests };

QString hashPassword(const QString &password, PasswordCost cost = PasswordCost::Interactive);
bool verifyPassword(const QString &hash, const QString &password);
QString newSessionToken();
QString sessionTokenHash(const QString &token);

} // namespace parley::hub
