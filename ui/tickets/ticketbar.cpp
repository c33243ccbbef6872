#include "ui/tickets/ticketbar.h"

#include "core/mirror/mirrorstore.h"
#include "core/mirror/screenreads.h"
#include "ui/conversation/conversationpane.h"
#include "ui/tickets/convertticketdialog.h"
#include "ui/tickets/tickettexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

namespace parley::ui {

TicketBar::TicketBar(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent)
    : TicketBar(nullptr, mirror, hub, me, parent)
{}

TicketBar::TicketBar(MirrorStore *store, QSqlDatabase mirror, HubClient *hub, const Agent &me,
                     QWidget *parent)
    : QFrame(parent), m_db(mirror),
      m_store(store ? store : new MirrorStore(mirror.databaseName(), this)), m_hub(hub), m_me(me)
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
    if (conversation.id != m_conversation.id)
        m_action->setEnabled(false); // the conversation before's ticket, until this one's is in
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
    const Id conversationId = m_conversation.id;
    if (conversationId == 0) {
        m_asked = 0;
        showSheet(TicketSheet{});
        return;
    }
    m_asked = m_store->read<TicketSheet>(
        [conversationId](QSqlDatabase db) { return readConversationTicket(db, conversationId); },
        [self = QPointer<TicketBar>(this), conversationId](quint64 asked,
                                                           const TicketSheet &sheet) {
            if (!self || asked != self->m_asked || conversationId != self->m_conversation.id)
                return;
            self->m_asked = 0;
            self->showSheet(sheet);
        });
}

void TicketBar::showSheet(const TicketSheet &sheet)
{
    const std::optional<Ticket> &ticket = sheet.ticket;
    m_ticketId = ticket ? ticket->id : 0;
    if (ticket) {
        m_summary->setText(tr("Ticket #%1 · %2 · %3 · %4")
                               .arg(ticket->id)
                               .arg(TicketTexts::status(ticket->status),
                                    TicketTexts::priority(ticket->priority),
                                    TicketTexts::assignee(ticket->assigneeId, sheet.agents)));
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
    // Opens once its choices are read on the store's reader thread, on the conversation shown
    // then; dropped when the bar has moved on to another conversation.
    const Conversation conversation = m_conversation;
    m_convertAsked = m_store->read<TicketChoices>(
        [](QSqlDatabase db) { return readTicketChoices(db); },
        [this, self = QPointer<TicketBar>(this), conversation](quint64 asked,
                                                               const TicketChoices &choices) {
            if (!self || asked != m_convertAsked || conversation.id != m_conversation.id)
                return;
            m_convertAsked = 0;
            auto *dialog = new ConvertTicketDialog(choices, m_hub, conversation, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

} // namespace parley::ui
