#include "hub/service/adminservice.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/jsonreader.h"
#include "hub/auth/credentials.h"

#include <QJsonArray>
#include <QRegularExpression>

// Agents, departments and groups: the People screen (R9.1) and `parley-hub agent add`.

namespace parley::hub {
namespace {

QJsonObject groupJson(const AgentGroup &group)
{
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("members"), idArray(group.members)}};
}

} // namespace

QJsonObject AdminService::agentJson(const Agent &agent)
{
    QJsonObject json = toJson(agent);
    json.insert(QStringLiteral("groups"), idArray(m_ctx.agents.groupsOf(agent.id)));
    return json;
}

CommandResult AdminService::unknownAgents(const QList<Id> &agentIds)
{
    for (Id id : agentIds) {
        if (!m_ctx.agents.byId(id))
            return CommandResult::failure(400, QStringLiteral("agent_unknown"),
                                          QStringLiteral("There is no agent %1.").arg(id));
    }
    return CommandResult::success({});
}

CommandResult AdminService::checkNewAgent(const Agent &agent, const QString &password)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!loginPattern.match(agent.login).hasMatch())
        return CommandResult::failure(
            400, QStringLiteral("agent_login_invalid"),
            QStringLiteral("A login is 1 to 64 letters, digits or . _ @ -"));
    if (agent.name.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("agent_name_required"),
                                      QStringLiteral("Give the agent a name."));
    if (password.size() < minPasswordLength)
        return CommandResult::failure(
            400, QStringLiteral("agent_password_too_short"),
            QStringLiteral("A password has at least %1 characters.").arg(minPasswordLength));
    return CommandResult::success({});
}

CommandResult AdminService::storeNewAgent(const Agent &agent, const QString &passwordHash)
{
    Transaction transaction(m_ctx.db);
    Agent created = agent;
    created.id = m_ctx.agents.add(agent, passwordHash, m_ctx.now());
    if (created.id == 0)
        return CommandResult::failure(409, QStringLiteral("agent_login_taken"),
                                      QStringLiteral("The login %1 is taken.").arg(agent.login));
    const bool ok = m_ctx.events.append(EventType::AgentUpdated, toJson(created), m_ctx.now()) &&
                    transaction.commit();
    return stored(ok, {{QStringLiteral("agent"), toJson(created)}}, 201);
}

CommandResult AdminService::addAgent(const Agent &agent, const QString &password, PasswordCost cost)
{
    if (const CommandResult refused = checkNewAgent(agent, password); !refused.ok())
        return refused;
    return storeNewAgent(agent, hashPassword(password, cost));
}

void AdminService::addAgentLater(const Agent &agent, const QString &password, Done done)
{
    if (const CommandResult refused = checkNewAgent(agent, password); !refused.ok())
        return done(refused);
    queueAgentWrite(
        password,
        [this, agent](const QString &hash) {
            return storeNewAgent(agent, hash); // a login taken meanwhile is refused here
        },
        std::move(done));
}

CommandResult AdminService::listAgents()
{
    QJsonArray agents;
    for (const Agent &agent : m_ctx.agents.all())
        agents.append(agentJson(agent));
    return CommandResult::success({{QStringLiteral("agents"), agents}});
}

CommandResult AdminService::addDepartment(const QString &name)
{
    if (name.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("department_name_required"),
                                      QStringLiteral("Give the department a name."));
    const bool ok = m_ctx.db
                        .exec(QStringLiteral("INSERT INTO departments (name) VALUES (?)"
                                             " ON CONFLICT DO NOTHING"),
                              {name.trimmed()})
                        .isActive();
    return stored(ok, {{QStringLiteral("department"), name.trimmed()}}, 201);
}

QStringList AdminService::departments()
{
    QStringList names;
    QSqlQuery q = m_ctx.db.exec(QStringLiteral("SELECT name FROM departments ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

CommandResult AdminService::checkAgentChanges(Id agentId, const AgentChanges &changes,
                                              Agent *changed)
{
    std::optional<Agent> agent = m_ctx.agents.byId(agentId);
    if (!agent)
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no agent %1.").arg(agentId));
    const bool wasAdmin = agent->active && agent->role == Role::Admin;
    if (changes.name) {
        if (changes.name->trimmed().isEmpty())
            return CommandResult::failure(400, QStringLiteral("agent_name_required"),
                                          QStringLiteral("Give the agent a name."));
        agent->name = changes.name->trimmed();
    }
    if (changes.role)
        agent->role = *changes.role;
    if (changes.department) {
        const QString department = changes.department->trimmed();
        if (!department.isEmpty() && !departments().contains(department))
            return CommandResult::failure(
                400, QStringLiteral("department_unknown"),
                QStringLiteral("There is no department %1.").arg(department));
        agent->department = department;
    }
    if (changes.active)
        agent->active = *changes.active;
    if (changes.password && changes.password->size() < minPasswordLength)
        return CommandResult::failure(
            400, QStringLiteral("agent_password_too_short"),
            QStringLiteral("A password has at least %1 characters.").arg(minPasswordLength));
    if (changes.groups) {
        for (Id groupId : *changes.groups) {
            if (!m_ctx.agents.groupById(groupId))
                return CommandResult::failure(400, QStringLiteral("group_unknown"),
                                              QStringLiteral("There is no group %1.").arg(groupId));
        }
    }
    if (wasAdmin && !(agent->active && agent->role == Role::Admin)) {
        int otherAdmins = 0;
        for (const Agent &other : m_ctx.agents.all())
            otherAdmins += other.id != agent->id && other.active && other.role == Role::Admin;
        if (otherAdmins == 0)
            return CommandResult::failure(
                409, QStringLiteral("agent_last_admin"),
                QStringLiteral("%1 is the team's only active admin; make someone else an admin "
                               "first.")
                    .arg(agent->name));
    }
    *changed = *agent;
    return CommandResult::success({});
}

CommandResult AdminService::storeAgentChanges(const Agent &agent, const AgentChanges &changes,
                                              const QString &passwordHash)
{
    Transaction transaction(m_ctx.db);
    bool ok = m_ctx.agents.update(agent);
    if (ok && changes.password)
        ok = m_ctx.agents.setPasswordHash(agent.id, passwordHash);
    if (ok && changes.groups)
        ok = m_ctx.agents.setAgentGroups(agent.id, *changes.groups);
    ok = ok && m_ctx.events.append(EventType::AgentUpdated, toJson(agent), m_ctx.now()) &&
         transaction.commit();
    return stored(ok, {{QStringLiteral("agent"), agentJson(agent)}});
}

void AdminService::updateAgentLater(Id agentId, const AgentChanges &changes, Done done)
{
    Agent changed;
    if (const CommandResult refused = checkAgentChanges(agentId, changes, &changed); !refused.ok())
        return done(refused);
    queueAgentWrite(
        changes.password,
        [this, agentId, changes](const QString &hash) {
            // Checked again: the agent or the team's admins may have changed while it waited.
            Agent now;
            if (const CommandResult refused = checkAgentChanges(agentId, changes, &now);
                !refused.ok())
                return refused;
            return storeAgentChanges(now, changes, hash);
        },
        std::move(done));
}

CommandResult AdminService::listGroups()
{
    QJsonArray groups;
    for (const AgentGroup &group : m_ctx.agents.groups())
        groups.append(groupJson(group));
    return CommandResult::success({{QStringLiteral("groups"), groups}});
}

CommandResult AdminService::addGroup(const QString &name, const QList<Id> &members)
{
    if (name.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("group_name_required"),
                                      QStringLiteral("Give the group a name."));
    if (const CommandResult unknown = unknownAgents(members); !unknown.ok())
        return unknown;
    Transaction transaction(m_ctx.db);
    const Id id = m_ctx.agents.addGroup(name.trimmed());
    if (id == 0)
        return CommandResult::failure(
            409, QStringLiteral("group_name_taken"),
            QStringLiteral("There is already a group %1.").arg(name.trimmed()));
    const bool ok = m_ctx.agents.setGroupMembers(id, members) && transaction.commit();
    return stored(ok, {{QStringLiteral("group"), groupJson(*m_ctx.agents.groupById(id))}}, 201);
}

CommandResult AdminService::updateGroup(Id groupId, const std::optional<QString> &name,
                                        const std::optional<QList<Id>> &members)
{
    if (!m_ctx.agents.groupById(groupId))
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no group %1.").arg(groupId));
    if (name && name->trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("group_name_required"),
                                      QStringLiteral("Give the group a name."));
    if (members) {
        if (const CommandResult unknown = unknownAgents(*members); !unknown.ok())
            return unknown;
    }
    Transaction transaction(m_ctx.db);
    if (name && !m_ctx.agents.renameGroup(groupId, name->trimmed()))
        return CommandResult::failure(
            409, QStringLiteral("group_name_taken"),
            QStringLiteral("There is already a group %1.").arg(name->trimmed()));
    const bool ok =
        (!members || m_ctx.agents.setGroupMembers(groupId, *members)) && transaction.commit();
    return stored(ok, {{QStringLiteral("group"), groupJson(*m_ctx.agents.groupById(groupId))}});
}

CommandResult AdminService::removeGroup(Id groupId)
{
    if (!m_ctx.agents.groupById(groupId))
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no group %1.").arg(groupId));
    Transaction transaction(m_ctx.db);
    const bool ok = m_ctx.agents.removeGroup(groupId) && transaction.commit();
    return stored(ok, {{QStringLiteral("ok"), true}});
}

} // namespace parley::hub
