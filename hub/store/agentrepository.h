#pragma once

#include "core/domain/agent.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

class AgentRepository {
public:
    explicit AgentRepository(HubDatabase &db) : m_db(db) {}

    // Returns the new id, 0 when the login is taken or the store fails.
    Id add(const Agent &agent, const QString &passwordHash, TimestampMs now);
    bool update(const Agent &agent);
    bool setPasswordHash(Id id, const QString &passwordHash);
    std::optional<Agent> byId(Id id);
    std::optional<Agent> byLogin(const QString &login, QString *passwordHash);
    QList<Agent> all();

    bool addSession(const QString &tokenHash, Id agentId, TimestampMs expiresAt);
    std::optional<Agent> bySession(const QString &tokenHash, TimestampMs now);
    bool removeSession(const QString &tokenHash);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
