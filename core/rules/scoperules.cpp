#include "core/rules/scoperules.h"

namespace parley {

bool seesEverything(const Agent &agent)
{
    return canAdminister(agent.role) || agent.department.isEmpty();
}

bool conversationInScope(const Agent &agent, const QString &department, Id ownerId)
{
    if (seesEverything(agent))
        return true;
    return department == agent.department || (ownerId != 0 && ownerId == agent.id);
}

bool recordInScope(const Agent &agent, Id recordOwnerId, const QStringList &departments,
                   const QList<Id> &owners)
{
    if (seesEverything(agent) || departments.isEmpty() ||
        (recordOwnerId != 0 && recordOwnerId == agent.id))
        return true;
    for (qsizetype i = 0; i < departments.size(); ++i) {
        if (conversationInScope(agent, departments.at(i), owners.value(i)))
            return true;
    }
    return false;
}

} // namespace parley

namespace parley {

bool ticketInScope(const Agent &agent, const QString &ticketDepartment, Id assigneeId)
{
    return conversationInScope(agent, ticketDepartment, assigneeId);
}

} // namespace parley
