#pragma once

#include "core/domain/agent.h"
#include "core/protocol/tickettypes.h"
#include "core/sync/ticketsapi.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace parley {
class MirrorStore;
struct TicketSheet;
} // namespace parley

namespace parley::ui {

// One ticket in the Tickets module (R3.6): its subject and conversation, status, priority and
// assignee (a change goes to the hub at once) and its comments, with a box to add one. What
// the hub stores comes back through the sync stream; reload() reads the mirror again, on the
// store's reader thread (MirrorStore::read): the ticket shows once its answer is in.
class TicketDetail : public QWidget {
    Q_OBJECT
public:
    TicketDetail(MirrorStore *store, HubClient *hub, const Agent &me, QWidget *parent = nullptr);

    void showTicket(Id ticketId);
    void reload();
    Id ticketId() const { return m_ticketId; }
    // The ticket's newest state is being read; the controls stay off until it is in.
    bool isLoading() const { return m_asked != 0; }

    QLabel *subject() const { return m_subject; }
    QComboBox *status() const { return m_status; }
    QComboBox *priority() const { return m_priority; }
    QComboBox *assignee() const { return m_assignee; }
    QListWidget *comments() const { return m_comments; }
    QPlainTextEdit *commentText() const { return m_commentText; }
    QPushButton *addComment() const { return m_addComment; }
    QPushButton *openConversation() const { return m_openConversation; }
    QLabel *problem() const { return m_problem; }

signals:
    void conversationRequested(parley::Id conversationId);
    // The ticket asked for is shown as the mirror has it.
    void loaded();

private:
    void showSheet(const TicketSheet &sheet);
    void change(const TicketChange &change);
    void sendComment();
    void showProblem(const HubError &error);

    MirrorStore *m_store;
    quint64 m_asked = 0; // the reload on its way
    TicketsApi m_tickets;
    Agent m_me;
    Id m_ticketId = 0;
    Id m_conversationId = 0;
    bool m_loading = false; // combos set from the mirror, not by the agent
    QLabel *m_subject = nullptr;
    QLabel *m_about = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QListWidget *m_comments = nullptr;
    QPlainTextEdit *m_commentText = nullptr;
    QPushButton *m_addComment = nullptr;
    QPushButton *m_openConversation = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace parley::ui
