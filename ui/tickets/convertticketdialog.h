#pragma once

#include "core/domain/conversation.h"
#include "core/mirror/screenreads.h"
#include "core/protocol/tickettypes.h"
#include "core/sync/ticketsapi.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace parley::ui {

// "Convert to ticket" (R3.6): subject, status, priority, assignee and department of the new
// ticket, which the hub links to the conversation and its contact. Sends once accepted and
// stays open, saying why, when the hub refuses; converted() once the hub stored it (the ticket
// itself arrives through the sync stream).
class ConvertTicketDialog : public QDialog {
    Q_OBJECT
public:
    // `choices`: read on the mirror's reader thread (MirrorStore::read, readTicketChoices).
    ConvertTicketDialog(const TicketChoices &choices, HubClient *hub,
                        const Conversation &conversation, QWidget *parent = nullptr);
    // Reads the choices itself, on this thread (tests).
    ConvertTicketDialog(QSqlDatabase mirror, HubClient *hub, const Conversation &conversation,
                        QWidget *parent = nullptr);

    QLineEdit *subject() const { return m_subject; }
    QComboBox *status() const { return m_status; }
    QComboBox *priority() const { return m_priority; }
    QComboBox *assignee() const { return m_assignee; }
    QComboBox *department() const { return m_department; }
    QLabel *problem() const { return m_problem; }

    void accept() override;

signals:
    void converted(const parley::Ticket &ticket);

private:
    void updateButtons();

    TicketsApi m_tickets;
    Conversation m_conversation;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_sending = false;
};

} // namespace parley::ui
