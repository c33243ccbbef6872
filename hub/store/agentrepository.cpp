#include "hub/store/agentrepository.h"

#include "core/storage/entityrows.h"

namespace parley::hub {
namespace {

// Memberships are replaced from either side: all of one group's agents, or all of one agent's
// groups.
bool replaceMemberships(HubDatabase &db, const QString &keyColumn, Id key,
                        const QString &otherColumn, const QList<Id> &others)
{
    if (!db.exec(QStringLiteral("DELETE FROM agent_group_members WHERE %1 = ?").arg(keyColumn),
                 {key})
             .isActive())
        return false;
    for (Id other : others) {
        if (!db.exec(QStringLiteral("INSERT INTO agent_group_members (%1, %2)"
                                    " VALUES (?, ?) ON CONFLICT DO NOTHING")
                         .arg(keyColumn, otherColumn),
                     {key, other})
                 .isActive())
            return false;
    }
    return true;
}

} // namespace

Id AgentRepository::add(const Agent &a, const QString &passwordHash, TimestampMs now)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO agents (login, name, role, department, password_hash, active,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO NOTHING"
                       " RETURNING id"),
        {a.login, a.name, roleName(a.role), a.department, passwordHash, a.active ? 1 : 0, now});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool AgentRepository::update(const Agent &a)
{
    return m_db
        .exec(QStringLiteral("UPDATE agents SET name = ?, role = ?, department = ?, active = ?"
                             " WHERE id = ?"),
              {a.name, roleName(a.role), a.department, a.active ? 1 : 0, a.id})
        .isActive();
}

bool AgentRepository::setPasswordHash(Id id, const QString &passwordHash)
{
    return m_db
        .exec(QStringLiteral("UPDATE agents SET password_hash = ? WHERE id = ?"),
              {passwordHash, id})
        .isActive();
}

std::optional<Agent> AgentRepository::byId(Id id)
{
    // Kept prepared: the automation runner asks for an automation's actor on every run.
    static const QString sql =
        QStringLiteral("SELECT %1 FROM agents WHERE id = ?").arg(agentColumns());
    CachedQuery q = m_db.query(sql, {id});
    if (!q.next())
        return std::nullopt;
    return readAgent(*q);
}

std::optional<Agent> AgentRepository::byLogin(const QString &login, QString *passwordHash)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1, password_hash FROM agents WHERE login = ?").arg(agentColumns()),
        {login});
    if (!q.next())
        return std::nullopt;
    *passwordHash = q.value(6).toString();
    return readAgent(q);
}

QList<Agent> AgentRepository::all()
{
    QList<Agent> agents;
    // Kept prepared: every first contact picks its owner from them (round robin).
    static const QString sql =
        QStringLiteral("SELECT %1 FROM agents ORDER BY id").arg(agentColumns());
    CachedQuery q = m_db.query(sql);
    while (q.next())
        agents.append(readAgent(*q));
    return agents;
}

QList<AgentGroup> AgentRepository::groups()
{
    QList<AgentGroup> groups;
    CachedQuery q =
        m_db.query(QStringLiteral("SELECT id, name FROM agent_groups ORDER BY name, id"));
    while (q.next())
        groups.append({q.value(0).toLongLong(), q.value(1).toString(), {}});
    CachedQuery members = m_db.query(QStringLiteral(
        "SELECT group_id, agent_id FROM agent_group_members ORDER BY group_id, agent_id"));
    while (members.next()) {
        for (AgentGroup &group : groups) {
            if (group.id == members.value(0).toLongLong())
                group.members.append(members.value(1).toLongLong());
        }
    }
    return groups;
}

std::optional<AgentGroup> AgentRepository::groupById(Id id)
{
    for (const AgentGroup &group : groups()) {
        if (group.id == id)
            return group;
    }
    return std::nullopt;
}

Id AgentRepository::addGroup(const QString &name)
{
    QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO agent_groups (name) VALUES (?)"
                                           " ON CONFLICT (name) DO NOTHING RETURNING id"),
                            {name});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool AgentRepository::renameGroup(Id id, const QString &name)
{
    const Id holder =
        m_db.scalar(QStringLiteral("SELECT id FROM agent_groups WHERE name = ?"), {name}, 0)
            .toLongLong();
    if (holder != 0 && holder != id)
        return false;
    return m_db.exec(QStringLiteral("UPDATE agent_groups SET name = ? WHERE id = ?"), {name, id})
        .isActive();
}

bool AgentRepository::removeGroup(Id id)
{
    return m_db.exec(QStringLiteral("DELETE FROM agent_group_members WHERE group_id = ?"), {id})
               .isActive() &&
           m_db.exec(QStringLiteral("DELETE FROM agent_groups WHERE id = ?"), {id}).isActive();
}

bool AgentRepository::setGroupMembers(Id groupId, const QList<Id> &agentIds)
{
    return replaceMemberships(m_db, QStringLiteral("group_id"), groupId, QStringLiteral("agent_id"),
                              agentIds);
}

QList<Id> AgentRepository::groupsOf(Id agentId)
{
    QList<Id> ids;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT group_id FROM agent_group_members"
                                           " WHERE agent_id = ? ORDER BY group_id"),
                            {agentId});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool AgentRepository::setAgentGroups(Id agentId, const QList<Id> &groupIds)
{
    return replaceMemberships(m_db, QStringLiteral("agent_id"), agentId, QStringLiteral("group_id"),
                              groupIds);
}

bool AgentRepository::addSession(const QString &tokenHash, Id agentId, TimestampMs expiresAt)
{
    return m_db
        .exec(QStringLiteral("INSERT INTO sessions (token_hash, agent_id, expires_at)"
                             " VALUES (?, ?, ?)"),
              {tokenHash, agentId, expiresAt})
        .isActive();
}

std::optional<Agent> AgentRepository::bySession(const QString &tokenHash, TimestampMs now)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT a.id, a.login, a.name, a.role, a.department, a.active"
                                 " FROM sessions s JOIN agents a ON a.id = s.agent_id"
                                 " WHERE s.token_hash = ? AND s.expires_at > ? AND a.active = 1"),
                  {tokenHash, now});
    if (!q.next())
        return std::nullopt;
    return readAgent(q);
}

bool AgentRepository::removeSession(const QString &tokenHash)
{
    return m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash})
        .isActive();
}

} // namespace parley::hub
