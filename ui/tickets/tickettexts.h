#pragma once

#include "core/protocol/tickettypes.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QList>

namespace parley {
struct Agent;
}

namespace parley::ui {

// The ticket words the desktop shows (Zoho Desk's), in the user's language.
class TicketTexts {
    Q_DECLARE_TR_FUNCTIONS(TicketTexts)
public:
    static QString status(TicketStatus status);
    static QString priority(TicketPriority priority);
    static QList<TicketStatus> statuses();
    static QList<TicketPriority> priorities();
    // "Unassigned" or the agent's name; `agents` as the mirror has them.
    static QString assignee(Id assigneeId, const QList<Agent> &agents);
    // Fills a picker: the statuses / priorities with their enum value as item data; `any`
    // adds a first "Any" item (data invalid) for filters.
    static void fillStatuses(QComboBox *box, bool any);
    static void fillPriorities(QComboBox *box, bool any);
    // "Unassigned" (data 0) and the agents who can work on tickets; `any` as above.
    static void fillAssignees(QComboBox *box, const QList<Agent> &agents, bool any);
};

} // namespace parley::ui
