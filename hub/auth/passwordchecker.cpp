#include "hub/auth/passwordchecker.h"

#include "hub/auth/credentials.h"

namespace parley::hub {
namespace {

// Made once, on a pool thread, with the same parameters as every stored hash.
const QString &dummyHash()
{
    static const QString hash = hashPassword(newSessionToken());
    return hash;
}

} // namespace

PasswordChecker::PasswordChecker(int threads, QObject *parent) : QObject(parent)
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
        const bool match = verifyPassword(known ? hash : dummyHash(), password) && known;
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

} // namespace parley::hub
