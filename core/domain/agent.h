#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// R9.1: admin does everything; an agent views and replies; a viewer only views.
enum class Role { Admin, Agent, Viewer };

QString roleName(Role role);
bool roleFromName(const QString &name, Role *role);

inline bool canSend(Role role)
{
    return role != Role::Viewer;
}
inline bool canAdminister(Role role)
{
    return role == Role::Admin;
}

struct Agent {
    Id id = 0;
    QString login;
    QString name;
    Role role = Role::Agent;
    QString department;
    bool active = true;
};

} // namespace parley
