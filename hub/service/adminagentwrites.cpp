#include "hub/auth/passwordchecker.h"
#include "hub/service/adminservice.h"

// The admin API's agent writes in request order, their passwords hashed off the event loop.
// Hashes finish in any order on the checker's threads; were each stored as it finished, an
// admin who set a password twice could be left with the first one, and a later name change
// could be undone by an earlier password change that finished after it.

namespace parley::hub {

void AdminService::queueAgentWrite(const std::optional<QString> &password,
                                   std::function<CommandResult(const QString &hash)> store,
                                   Done done)
{
    if (password && (!m_passwords || m_passwords->busy()))
        return done(CommandResult::failure(
            503, QStringLiteral("password_busy"),
            QStringLiteral("The hub is busy with other passwords; try again in a second.")));
    const quint64 number = m_nextAgentWrite++;
    m_agentWrites.push_back({number, {}, std::move(done)});
    if (!password) {
        agentWriteReady(number, [store] { return store(QString()); });
        return;
    }
    m_passwords->hash(*password, [this, number, store](const QString &hash) {
        agentWriteReady(number, [store, hash] {
            if (hash.isEmpty())
                return CommandResult::failure(500, QStringLiteral("password_hash_failed"),
                                              QStringLiteral("The password could not be hashed."));
            return store(hash);
        });
    });
}

void AdminService::agentWriteReady(quint64 number, std::function<CommandResult()> store)
{
    for (AgentWrite &write : m_agentWrites) {
        if (write.number == number)
            write.store = std::move(store);
    }
    while (!m_agentWrites.empty() && m_agentWrites.front().store) {
        const AgentWrite write = std::move(m_agentWrites.front());
        m_agentWrites.pop_front();
        write.done(write.store());
    }
}

} // namespace parley::hub
