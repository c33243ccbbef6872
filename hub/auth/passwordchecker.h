#pragma once

#include "hub/auth/credentials.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace parley::hub {

// Argon2id work off the event loop: login checks and the hashes of passwords an admin sets. One
// costs tens of milliseconds and 64 MiB by design; on the event-loop thread a few clients posting
// wrong passwords, or an admin script changing many passwords, would stall every webhook, stream
// and /healthz answer. The work runs on a small pool of its own threads (its size bounds the
// memory it takes) and the answer comes back on the thread that asked.
class PasswordChecker : public QObject {
    Q_OBJECT
public:
    // `threads`: how many run at once. `cost`: of the hashes made here (the dummy hash of
    // unknown logins included, so that both paths cost the same as the stored hashes).
    explicit PasswordChecker(int threads = 2, PasswordCost cost = PasswordCost::Interactive,
                             QObject *parent = nullptr);
    ~PasswordChecker() override;

    // Calls `done(true)` later, on this object's thread, when `password` matches `hash`. An
    // empty `hash` (no such agent) is checked against a dummy hash of the same cost and always
    // gives false, so an unknown login takes the same work and time as a wrong password.
    void verify(const QString &hash, const QString &password, std::function<void(bool)> done);
    // Calls `done` later, on this object's thread, with the Argon2id string for `password`
    // (empty if libsodium failed).
    void hash(const QString &password, std::function<void(const QString &)> done);

    // Checks and hashes queued or running.
    int pending() const { return m_pending; }
    // Past this many queued, callers refuse new work with 503 rather than queue it.
    bool busy() const { return m_pending >= maxPending; }
    static constexpr int maxPending = 64;
    // Argon2id verifications computed since start (GET /metrics).
    quint64 checksComputed() const { return m_computed.load(); }

private:
    QThreadPool m_pool;
    PasswordCost m_cost;
    int m_pending = 0;
    std::atomic<quint64> m_computed{0};
};

} // namespace parley::hub
