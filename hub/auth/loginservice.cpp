#include "hub/auth/loginservice.h"

#include "core/protocol/entitycodec.h"
#include "hub/auth/credentials.h"

namespace parley::hub {
namespace {

LoginService::Outcome failed()
{
    // The same answer for an unknown login, a wrong password and an inactive agent.
    return {CommandResult::failure(401, QStringLiteral("login_failed"),
                                   QStringLiteral("The login or the password is wrong.")),
            0};
}

} // namespace

LoginService::LoginService(HubContext &context, PasswordChecker &passwords, QObject *parent)
    : QObject(parent), m_ctx(context), m_checker(passwords)
{
    m_clock.start();
}

bool LoginService::isTrustedProxy(const QHostAddress &peer) const
{
    for (const QHostAddress &proxy : m_trustedProxies) {
        if (proxy.isEqual(peer, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

void LoginService::login(const LoginRequest &request, const QString &clientAddress,
                         std::function<void(const Outcome &)> done)
{
    const QString login = request.login.left(loginKeyLength);
    if (m_checker.busy()) {
        done({CommandResult::failure(503, QStringLiteral("login_busy"),
                                     QStringLiteral("The hub is busy checking other logins; "
                                                    "try again in a second.")),
              1});
        return;
    }
    if (const int wait = m_throttle.admit(login, clientAddress, m_clock.elapsed()); wait > 0) {
        ++m_rateLimited;
        done({CommandResult::failure(
                  429, QStringLiteral("login_rate_limited"),
                  QStringLiteral("Too many login attempts; try again in %1 seconds.").arg(wait)),
              wait});
        return;
    }
    QString hash;
    const std::optional<Agent> agent = m_ctx.agents.byLogin(login, &hash);
    // No agent: `hash` stays empty and the checker spends the same work on a dummy hash.
    if (!agent)
        hash.clear();
    m_checker.verify(hash, request.password,
                     [this, login, hash, done = std::move(done)](bool match) {
                         done(finish(login, hash, match));
                     });
}

LoginService::Outcome LoginService::finish(const QString &login, const QString &hashChecked,
                                           bool match)
{
    if (!match)
        return failed();
    // The agent as it is now: it may have been deactivated or given a new password while the
    // check ran.
    QString hashNow;
    const std::optional<Agent> agent = m_ctx.agents.byLogin(login, &hashNow);
    if (!agent || !agent->active || hashNow != hashChecked)
        return failed();
    m_throttle.succeeded(login);
    LoginReply reply;
    reply.token = newSessionToken();
    reply.expiresAt = m_ctx.now() + sessionLifetimeMs;
    reply.agent = *agent;
    if (!m_ctx.agents.addSession(sessionTokenHash(reply.token), agent->id, reply.expiresAt))
        return {CommandResult::failure(500, QStringLiteral("store_failed"),
                                       QStringLiteral("The session could not be saved.")),
                0};
    return {CommandResult::success(toJson(reply)), 0};
}

} // namespace parley::hub
