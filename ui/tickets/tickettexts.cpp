#include "ui/tickets/tickettexts.h"

#include "core/domain/agent.h"

namespace parley::ui {

QString TicketTexts::status(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::OnHold:
        return tr("On Hold");
    case TicketStatus::Escalated:
        return tr("Escalated");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString TicketTexts::priority(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low:
        return tr("Low");
    case TicketPriority::Medium:
        return tr("Medium");
    case TicketPriority::High:
        return tr("High");
    case TicketPriority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QList<TicketStatus> TicketTexts::statuses()
{
    return {TicketStatus::Open, TicketStatus::OnHold, TicketStatus::Escalated,
            TicketStatus::Closed};
}

QList<TicketPriority> TicketTexts::priorities()
{
    return {TicketPriority::Low, TicketPriority::Medium, TicketPriority::High,
            TicketPriority::Urgent};
}

QString TicketTexts::assignee(Id assigneeId, const QList<Agent> &agents)
{
    if (assigneeId == 0)
        return tr("Unassigned");
    for (const Agent &agent : agents) {
        if (agent.id == assigneeId)
            return agent.name;
    }
    return tr("Agent %1").arg(assigneeId);
}

void TicketTexts::fillStatuses(QComboBox *box, bool any)
{
    box->clear();
    if (any)
        box->addItem(tr("Any status"));
    for (const TicketStatus value : statuses())
        box->addItem(status(value), int(value));
}

void TicketTexts::fillPriorities(QComboBox *box, bool any)
{
    box->clear();
    if (any)
        box->addItem(tr("Any priority"));
    for (const TicketPriority value : priorities())
        box->addItem(priority(value), int(value));
}

void TicketTexts::fillAssignees(QComboBox *box, const QList<Agent> &agents, bool any)
{
    box->clear();
    if (any)
        box->addItem(tr("Anyone"));
    box->addItem(tr("Unassigned"), Id(0));
    for (const Agent &agent : agents) {
        if (agent.active && canSend(agent.role))
            box->addItem(agent.name, agent.id);
    }
}

} // namespace parley::ui
