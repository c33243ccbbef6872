#pragma once

#include "core/domain/agent.h"
#include "core/domain/conversation.h"
#include "core/mirror/mirror.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace parley {
class HubClient;
}

namespace parley::ui {

class ConversationPane;

// Above the conversation (R3.6): its ticket ("Ticket #12 · Open · High · Bo") with a button
// that opens it in the Tickets module, or "Convert to ticket" when it has none.
class TicketBar : public QFrame {
    Q_OBJECT
public:
    TicketBar(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent = nullptr);

    void follow(ConversationPane *pane);
    Id ticketId() const { return m_ticketId; }
    QLabel *summary() const { return m_summary; }
    QPushButton *action() const { return m_action; }

public slots:
    void showConversation(const parley::Conversation &conversation);
    void refresh(const parley::MirrorChanges &changes);

signals:
    void openTicketRequested(parley::Id ticketId);

private:
    void showTicketState();
    void convert();

    QSqlDatabase m_db;
    HubClient *m_hub;
    Agent m_me;
    Conversation m_conversation;
    Id m_ticketId = 0;
    QLabel *m_summary = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace parley::ui
