#pragma once

#include "core/domain/agent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace parley {

// Bodies of the people endpoints (docs/api.md "Agents", "Groups", "Departments"); agents
// themselves travel in entitycodec's shape.

// A named set of agents, for routing new customers (R9.3).
struct AgentGroup {
    Id id = 0;
    QString name;
    QList<Id> members;
};
// The request body (name, members) and the reply's entity (with id).
QJsonObject toJson(const AgentGroup &group);
bool fromJson(const QJsonObject &json, AgentGroup *group, QString *error);

// POST /api/v1/agents
struct NewAgent {
    QString login;
    QString name;
    QString password;
    Role role = Role::Agent;
    QString department;
};
QJsonObject toJson(const NewAgent &agent);

// POST /api/v1/agents/{id}: only the fields set change.
struct AgentChanges {
    std::optional<QString> name;
    std::optional<Role> role;
    std::optional<QString> department;
    std::optional<QList<Id>> groups;
    std::optional<bool> active;
    std::optional<QString> password;
};
QJsonObject toJson(const AgentChanges &changes);

// GET /api/v1/departments: {"departments": ["Sales", …]}
bool fromJson(const QJsonObject &json, QStringList *departments, QString *error);

} // namespace parley
