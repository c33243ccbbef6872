#include "hub/auth/loginthrottle.h"

#include <algorithm>

namespace parley::hub {
namespace {

void dropExpired(QList<qint64> &times, qint64 windowMs, qint64 nowMs)
{
    const auto firstLive =
        std::find_if(times.begin(), times.end(), [&](qint64 at) { return at > nowMs - windowMs; });
    times.erase(times.begin(), firstLive);
}

} // namespace

int LoginThrottle::wait(Attempts &attempts, const QString &key, int limit, qint64 windowMs,
                        qint64 nowMs)
{
    const auto it = attempts.find(key);
    if (it == attempts.end())
        return 0;
    dropExpired(*it, windowMs, nowMs);
    if (it->size() < limit)
        return 0;
    // The oldest attempt still in the window leaves it first and makes room.
    const qint64 waitMs = it->at(it->size() - limit) + windowMs - nowMs;
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

void LoginThrottle::record(Attempts &attempts, const QString &key, qint64 windowMs, qint64 nowMs)
{
    if (!attempts.contains(key) && attempts.size() >= m_limits.maxTracked) {
        for (auto it = attempts.begin(); it != attempts.end();) {
            dropExpired(*it, windowMs, nowMs);
            it = it->isEmpty() ? attempts.erase(it) : std::next(it);
        }
        if (attempts.size() >= m_limits.maxTracked) {
            const auto idlest = std::min_element(
                attempts.begin(), attempts.end(),
                [](const QList<qint64> &a, const QList<qint64> &b) { return a.last() < b.last(); });
            attempts.erase(idlest);
        }
    }
    attempts[key].append(nowMs);
}

int LoginThrottle::admit(const QString &login, const QString &address, qint64 nowMs)
{
    const int seconds = qMax(
        wait(m_byLogin, login, m_limits.failuresPerLogin, m_limits.loginWindowMs, nowMs),
        wait(m_byAddress, address, m_limits.attemptsPerAddress, m_limits.addressWindowMs, nowMs));
    if (seconds > 0)
        return seconds;
    record(m_byLogin, login, m_limits.loginWindowMs, nowMs);
    record(m_byAddress, address, m_limits.addressWindowMs, nowMs);
    return 0;
}

void LoginThrottle::succeeded(const QString &login)
{
    m_byLogin.remove(login);
}

} // namespace parley::hub
