#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace parley::hub {

// Argon2id verification off the event loop. One check costs tens of milliseconds and 64 MiB by
// design; on the event-loop thread a few clients posting wrong passwords would stall every
// webhook, stream and /healthz answer. Checks run on a small pool of their own threads (its size
// bounds the memory they take) and the answer comes back on the thread that asked.
class PasswordChecker : public QObject {
    Q_OBJECT
public:
    // `threads`: how many checks run at once.
    explicit PasswordChecker(int threads = 2, QObject *parent = nullptr);
    ~PasswordChecker() override;

    // Calls `done(true)` later, on this object's thread, when `password` matches `hash`. An
    // empty `hash` (no such agent) is checked against a dummy hash of the same cost and always
    // gives false, so an unknown login takes the same work and time as a wrong password.
    void verify(const QString &hash, const QString &password, std::function<void(bool)> done);

    // Checks queued or running.
    int pending() const { return m_pending; }
    // Argon2id verifications computed since start (GET /metrics).
    quint64 checksComputed() const { return m_computed.load(); }

private:
    QThreadPool m_pool;
    int m_pending = 0;
    std::atomic<quint64> m_computed{0};
};

} // namespace parley::hub
