#include "core/rules/notificationrules.h"

#include "core/rules/scoperules.h"

namespace parley {

QString notifyChoiceName(NotifyChoice choice)
{
    switch (choice) {
    case NotifyChoice::Default:
        return QStringLiteral("default");
    case NotifyChoice::All:
        return QStringLiteral("all");
    case NotifyChoice::Mine:
        return QStringLiteral("mine");
    case NotifyChoice::Mentions:
        return QStringLiteral("mentions");
    }
    return QStringLiteral("default");
}

bool notifyChoiceFromName(const QString &name, NotifyChoice *choice)
{
    for (NotifyChoice candidate :
         {NotifyChoice::Default, NotifyChoice::All, NotifyChoice::Mine, NotifyChoice::Mentions}) {
        if (notifyChoiceName(candidate) == name) {
            *choice = candidate;
            return true;
        }
    }
    return false;
}

bool shouldNotify(const Agent &agent, NotifyChoice choice, NotifyCause cause,
                  const NotifyTarget &target)
{
    if (!conversationInScope(agent, target.department, target.ownerId))
        return false; // a stale copy the hub no longer shows this agent
    if (cause == NotifyCause::Mention)
        return true;
    if (target.muted)
        return false;
    const bool mine = target.ownerId != 0 && target.ownerId == agent.id;
    switch (choice) {
    case NotifyChoice::All:
        return true;
    case NotifyChoice::Mine:
        return mine;
    case NotifyChoice::Mentions:
        return false;
    case NotifyChoice::Default:
        // Unassigned ones of my department; an agent in no department (a hub without them, or
        // an admin over all of them) is called for every unassigned one.
        return mine || (target.ownerId == 0 &&
                        (agent.department.isEmpty() || target.department == agent.department));
    }
    return false;
}

} // namespace parley
