#pragma once

#include "core/protocol/peopletypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The people endpoints (docs/api.md "Agents", "Groups", "Departments", R9.x), typed.
class PeopleApi {
public:
    explicit PeopleApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    void agents(HubCallback<QList<Agent>> done) const;
    void createAgent(const NewAgent &agent, HubCallback<Agent> done) const;
    void updateAgent(Id agentId, const AgentChanges &changes, HubCallback<Agent> done) const;

    void groups(HubCallback<QList<AgentGroup>> done) const;
    // Creates the group when its id is 0, else replaces its name and members.
    void saveGroup(const AgentGroup &group, HubCallback<AgentGroup> done) const;
    void removeGroup(Id groupId, HubCallback<Done> done) const;

    void departments(HubCallback<QStringList> done) const;
    void addDepartment(const QString &name, HubCallback<Done> done) const;

private:
    HubApi m_api;
};

} // namespace parley
