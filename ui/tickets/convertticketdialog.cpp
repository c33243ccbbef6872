#include "ui/tickets/convertticketdialog.h"

#include "ui/tickets/tickettexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

ConvertTicketDialog::ConvertTicketDialog(QSqlDatabase mirror, HubClient *hub,
                                         const Conversation &conversation, QWidget *parent)
    : ConvertTicketDialog(readTicketChoices(mirror), hub, conversation, parent)
{}

ConvertTicketDialog::ConvertTicketDialog(const TicketChoices &choices, HubClient *hub,
                                         const Conversation &conversation, QWidget *parent)
    : QDialog(parent), m_tickets(HubApi(hub)), m_conversation(conversation)
{
    setWindowTitle(tr("Convert to ticket"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("ticketSubject"));
    m_subject->setMaxLength(TicketLimits::maxSubjectLength);
    // The customer's last words are the usual start of a subject; the agent edits them.
    m_subject->setText(conversation.lastMessageText.left(80).simplified());
    m_subject->setPlaceholderText(tr("What the customer needs"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("ticketStatus"));
    TicketTexts::fillStatuses(m_status, false);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("ticketPriority"));
    TicketTexts::fillPriorities(m_priority, false);
    m_priority->setCurrentIndex(m_priority->findData(int(TicketPriority::Medium)));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("ticketAssignee"));
    TicketTexts::fillAssignees(m_assignee, choices.agents, false);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(conversation.ownerId)));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("ticketDepartment"));
    // The conversation's team first; the hub keeps it when the agent chooses nothing else.
    m_department->addItem(conversation.department.isEmpty()
                              ? tr("As the conversation")
                              : tr("%1 (the conversation's)").arg(conversation.department),
                          QString());
    for (const QString &name : choices.departments) {
        if (name != conversation.department)
            m_department->addItem(name, name);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ticketProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Assignee:"), m_assignee);
    form->addRow(tr("&Department:"), m_department);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create ticket"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConvertTicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subject, &QLineEdit::textChanged, this, &ConvertTicketDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    if (!m_tickets.isConnected()) {
        m_problem->setText(tr("You have view-only access: you can see this but not change it."));
        m_problem->show();
    }
    updateButtons();
}

void ConvertTicketDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_sending && m_tickets.isConnected() &&
                     !m_subject->text().trimmed().isEmpty());
}

void ConvertTicketDialog::accept()
{
    if (m_sending || m_subject->text().trimmed().isEmpty())
        return;
    NewTicket ticket;
    ticket.subject = m_subject->text().trimmed();
    ticket.status = TicketStatus(m_status->currentData().toInt());
    ticket.priority = TicketPriority(m_priority->currentData().toInt());
    ticket.assigneeId = m_assignee->currentData().toLongLong();
    ticket.department = m_department->currentData().toString();
    m_sending = true;
    updateButtons();
    m_problem->hide();
    QPointer<ConvertTicketDialog> self(this);
    m_tickets.convert(m_conversation.id, ticket, [self](const HubResult<Ticket> &result) {
        if (!self)
            return;
        self->m_sending = false;
        self->updateButtons();
        if (!result.ok()) {
            self->m_problem->setText(result.error().text());
            self->m_problem->show();
            return;
        }
        emit self->converted(*result);
        self->QDialog::accept();
    });
}

} // namespace parley::ui
