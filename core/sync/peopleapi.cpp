#include "core/sync/peopleapi.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/listcodec.h"

namespace parley {

void PeopleApi::agents(HubCallback<QList<Agent>> done) const
{
    m_api.get<QList<Agent>>(QStringLiteral("/agents"), HubSubject::Change,
                            listDecoder<Agent>(QStringLiteral("agents")), std::move(done));
}

void PeopleApi::createAgent(const NewAgent &agent, HubCallback<Agent> done) const
{
    m_api.post<Agent>(QStringLiteral("/agents"), toJson(agent), HubSubject::Change,
                      entityDecoder<Agent>(QStringLiteral("agent")), std::move(done));
}

void PeopleApi::updateAgent(Id agentId, const AgentChanges &changes, HubCallback<Agent> done) const
{
    m_api.post<Agent>(QStringLiteral("/agents/%1").arg(agentId), toJson(changes),
                      HubSubject::Change, entityDecoder<Agent>(QStringLiteral("agent")),
                      std::move(done));
}

void PeopleApi::groups(HubCallback<QList<AgentGroup>> done) const
{
    m_api.get<QList<AgentGroup>>(QStringLiteral("/groups"), HubSubject::Change,
                                 listDecoder<AgentGroup>(QStringLiteral("groups")),
                                 std::move(done));
}

void PeopleApi::saveGroup(const AgentGroup &group, HubCallback<AgentGroup> done) const
{
    QJsonObject body = toJson(group);
    body.remove(QStringLiteral("id"));
    m_api.post<AgentGroup>(group.id == 0 ? QStringLiteral("/groups")
                                         : QStringLiteral("/groups/%1").arg(group.id),
                           body, HubSubject::Change,
                           entityDecoder<AgentGroup>(QStringLiteral("group")), std::move(done));
}

void PeopleApi::removeGroup(Id groupId, HubCallback<Done> done) const
{
    m_api.remove<Done>(QStringLiteral("/groups/%1").arg(groupId), HubSubject::Change,
                       &HubApi::nothing, std::move(done));
}

void PeopleApi::departments(HubCallback<QStringList> done) const
{
    m_api.get<QStringList>(
        QStringLiteral("/departments"), HubSubject::Change,
        [](const QJsonObject &json, QStringList *list, QString *error) {
            return fromJson(json, list, error);
        },
        std::move(done));
}

void PeopleApi::addDepartment(const QString &name, HubCallback<Done> done) const
{
    m_api.post<Done>(QStringLiteral("/departments"), {{QStringLiteral("name"), name}},
                     HubSubject::Change, &HubApi::nothing, std::move(done));
}

} // namespace parley
