#pragma once

#include "core/domain/agent.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// A named set of agents (R1.6: new customers can be assigned to groups).
struct AgentGroup {
    Id id = 0;
    QString name;
    QList<Id> members; // agent ids, ascending
};

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

    // Groups, by name. addGroup returns 0 when the name is taken or the store fails.
    QList<AgentGroup> groups();
    std::optional<AgentGroup> groupById(Id id);
    Id addGroup(const QString &name);
    bool renameGroup(Id id, const QString &name); // false also when the name is taken
    bool removeGroup(Id id);
    bool setGroupMembers(Id groupId, const QList<Id> &agentIds);
    QList<Id> groupsOf(Id agentId);
    bool setAgentGroups(Id agentId, const QList<Id> &groupIds);

    bool addSession(const QString &tokenHash, Id agentId, TimestampMs expiresAt);
    std::optional<Agent> bySession(const QString &tokenHash, TimestampMs now);
    bool removeSession(const QString &tokenHash);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
