#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace parley::hub {

// How often a login may be tried (docs/api.md, "Login limits"). Two budgets, checked before any
// password is hashed:
// - per login name: at most `failuresPerLogin` failed attempts in `loginWindowMs`; an attempt
//   counts as failed until it succeeds, and a success clears the name's count. This stops
//   guessing one agent's password from any number of addresses.
// - per client address: at most `attemptsPerAddress` attempts (of any outcome) in
//   `addressWindowMs`. This stops one client spraying many names.
// Refused attempts are not counted, so a client that keeps trying is not locked out for longer.
// Times are monotonic milliseconds from the caller.
class LoginThrottle {
public:
    struct Limits {
        int failuresPerLogin = 10;
        qint64 loginWindowMs = 15 * 60 * 1000;
        int attemptsPerAddress = 30;
        qint64 addressWindowMs = 60 * 1000;
        // Names and addresses tracked at once; beyond it, the one idle longest is forgotten, so
        // a flood of invented names cannot grow the hub's memory without bound.
        int maxTracked = 10000;
    };

    LoginThrottle() = default;
    explicit LoginThrottle(const Limits &limits) : m_limits(limits) {}

    // 0 when the attempt may go ahead (it is then counted against both budgets), else the whole
    // seconds until the exhausted budget has room again (at least 1).
    int admit(const QString &login, const QString &address, qint64 nowMs);
    // The attempt for `login` was right: its failures are forgotten.
    void succeeded(const QString &login);

    const Limits &limits() const { return m_limits; }

private:
    using Attempts = QHash<QString, QList<qint64>>;
    // Seconds until `key` has fewer than `limit` attempts in `windowMs`; 0 if it has now.
    static int wait(Attempts &attempts, const QString &key, int limit, qint64 windowMs,
                    qint64 nowMs);
    void record(Attempts &attempts, const QString &key, qint64 windowMs, qint64 nowMs);

    Limits m_limits;
    Attempts m_byLogin;
    Attempts m_byAddress;
};

} // namespace parley::hub
