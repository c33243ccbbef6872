#include "hub/auth/passwordchecker.h"

namespace parley::hub {
namespace {

// Made once, on a pool thread, with the same parameters as the stored hashes.
const QString &dummyHash(PasswordCost cost)
{
    if (cost == PasswordCost::InsecureForTests) {
        static const QString cheap = hashPassword(newSessionToken(), cost);
        return cheap;
    }
    static const QString hash = hashPassword(newSessionToken(), cost);
    return hash;
}

} // namespace

PasswordChecker::PasswordChecker(int threads, PasswordCost cost, QObject *parent)
    : QObject(parent), m_cost(cost)
{
    m_pool.setMaxThreadCount(qMax(1, threads));
}

PasswordChecker::~PasswordChecker()
{
    // Answers still queued for this object are dropped with it.
    m_pool.clear();
    m_pool.waitForDone();
}

void PasswordChecker::verify(const QString &hash, const QString &password,
                             std::function<void(bool)> done)
{
    ++m_pending;
    // The pool is waited for in the destructor, so `this` outlives every check.
    m_pool.start([this, hash, password, done = std::move(done)] {
        const bool known = !hash.isEmpty();
        const bool match = verifyPassword(known ? hash : dummyHash(m_cost), password) && known;
        m_computed.fetch_add(1);
        QMetaObject::invokeMethod(
            this,
            [this, done, match] {
                --m_pending;
                done(match);
            },
            Qt::QueuedConnection);
    });
}

void PasswordChecker::hash(const QString &password, std::function<void(const QString &)> done)
{
    ++m_pending;
    m_pool.start([this, password, done = std::move(done)] {
        const QString hashed = hashPassword(password, m_cost);
        QMetaObject::invokeMethod(
            this,
            [this, done, hashed] {
                --m_pending;
                done(hashed);
            },
            Qt::QueuedConnection);
    });
}

} // namespace parley::hub
