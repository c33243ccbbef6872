#include "ui/tickets/ticketbar.h"

#include "core/mirror/mirrorreads.h"
#include "core/mirror/ticketreads.h"
#include "ui/conversation/conversationpane.h"
#include "ui/tickets/convertticketdialog.h"
#include "ui/tickets/tickettexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace parley::ui {

TicketBar::TicketBar(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent)
    : QFrame(parent), m_db(mirror), m_hub(hub), m_me(me)
{
    setObjectName(QStringLiteral("ticketBar"));
    setFrameShape(QFrame::StyledPanel);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ticketSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("ticketAction"));
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_ticketId != 0)
            emit openTicketRequested(m_ticketId);
        else
            convert();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_action);
    showTicketState();
}

void TicketBar::follow(ConversationPane *pane)
{
    connect(pane, &ConversationPane::conversationShown, this, &TicketBar::showConversation);
    showConversation(pane->conversation());
}

void TicketBar::showConversation(const Conversation &conversation)
{
    m_conversation = conversation;
    showTicketState();
}

void TicketBar::refresh(const MirrorChanges &changes)
{
    if (changes.tickets || changes.agents)
        showTicketState();
}

void TicketBar::showTicketState()
{
    setVisible(m_conversation.id != 0);
    const std::optional<Ticket> ticket =
        m_conversation.id ? TicketReads(m_db).ofConversation(m_conversation.id) : std::nullopt;
    m_ticketId = ticket ? ticket->id : 0;
    if (ticket) {
        m_summary->setText(
            tr("Ticket #%1 · %2 · %3 · %4")
                .arg(ticket->id)
                .arg(TicketTexts::status(ticket->status), TicketTexts::priority(ticket->priority),
                     TicketTexts::assignee(ticket->assigneeId, MirrorReads(m_db).agents(true))));
        m_summary->setToolTip(ticket->subject);
        m_action->setText(tr("Open ticket"));
        m_action->setEnabled(true);
        m_action->setToolTip(QString());
        return;
    }
    m_summary->setText(tr("No ticket for this conversation"));
    m_summary->setToolTip(QString());
    m_action->setText(tr("Convert to ticket"));
    m_action->setEnabled(canSend(m_me.role));
    m_action->setToolTip(canSend(m_me.role)
                             ? tr("Hand this conversation to the help desk as a ticket")
                             : tr("You have view-only access: you can see this but not change "
                                  "it."));
}

void TicketBar::convert()
{
    if (m_conversation.id == 0 || !canSend(m_me.role))
        return;
    auto *dialog = new ConvertTicketDialog(m_db, m_hub, m_conversation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace parley::ui
