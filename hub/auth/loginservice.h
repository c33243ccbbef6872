#pragma once

#include "core/protocol/commands.h"
#include "hub/auth/loginthrottle.h"
#include "hub/auth/passwordchecker.h"
#include "hub/service/conversationservice.h"
#include "hub/service/hubcontext.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>

namespace parley::hub {

// POST /api/v1/login without stalling the hub or telling who has an account: the login and
// address budgets of LoginThrottle are checked first, then the password is verified on
// PasswordChecker's threads (an unknown login against a dummy hash of the same cost), and the
// session is made back on the event loop.
class LoginService : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        CommandResult result;
        int retryAfterSeconds = 0; // > 0 with a 429 or 503: when to try again
    };

    // `passwords` is shared with the admin routes that set passwords; it outlives this.
    LoginService(HubContext &context, PasswordChecker &passwords, QObject *parent = nullptr);

    // Addresses of reverse proxies whose X-Forwarded-For names the real client.
    void setTrustedProxies(const QList<QHostAddress> &proxies) { m_trustedProxies = proxies; }
    bool isTrustedProxy(const QHostAddress &peer) const;

    // `clientAddress` is who the throttle counts the attempt against. `done` is called once, on
    // this object's thread: 200 with the LoginReply, 401 login_failed, 429 login_rate_limited or
    // 503 login_busy (more than PasswordChecker::maxPending checks and hashes queued), 500
    // store_failed.
    void login(const LoginRequest &request, const QString &clientAddress,
               std::function<void(const Outcome &)> done);

    quint64 passwordChecks() const { return m_checker.checksComputed(); }
    quint64 rateLimited() const { return m_rateLimited; }

    static constexpr qint64 sessionLifetimeMs = 30LL * 24 * 3600 * 1000;
    // Longer names cannot be logins (1 to 64 characters); the throttle keys on this many.
    static constexpr int loginKeyLength = 128;

private:
    Outcome finish(const QString &login, const QString &hashChecked, bool match);

    HubContext &m_ctx;
    LoginThrottle m_throttle;
    PasswordChecker &m_checker;
    QElapsedTimer m_clock; // monotonic: a wall-clock step neither frees nor locks anyone
    QList<QHostAddress> m_trustedProxies;
    quint64 m_rateLimited = 0;
};

} // namespace parley::hub
