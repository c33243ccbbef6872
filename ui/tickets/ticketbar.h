#pragma once

#include "core/domain/agent.h"
#include "core/domain/conversation.h"
#include "core/mirror/mirror.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace parley {
class HubClient;
class MirrorStore;
struct TicketSheet;
} // namespace parley

namespace parley::ui {

class ConversationPane;

// Above the conversation (R3.6): its ticket ("Ticket #12 · Open · High · Bo") with a button
// that opens it in the Tickets module, or "Convert to ticket" when it has none. The ticket is
// read on the store's reader thread (MirrorStore::read); until it is in, the bar offers nothing.
class TicketBar : public QFrame {
    Q_OBJECT
public:
    // Without a store, the bar makes its own over the mirror's file.
    TicketBar(MirrorStore *store, QSqlDatabase mirror, HubClient *hub, const Agent &me,
              QWidget *parent = nullptr);
    TicketBar(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent = nullptr);

    void follow(ConversationPane *pane);
    Id ticketId() const { return m_ticketId; }
    // The conversation's ticket is being read.
    bool isLoading() const { return m_asked != 0; }
    QLabel *summary() const { return m_summary; }
    QPushButton *action() const { return m_action; }

public slots:
    void showConversation(const parley::Conversation &conversation);
    void refresh(const parley::MirrorChanges &changes);

signals:
    void openTicketRequested(parley::Id ticketId);

private:
    void showTicketState();
    void showSheet(const TicketSheet &sheet);
    void convert();

    QSqlDatabase m_db;
    MirrorStore *m_store;
    quint64 m_asked = 0;        // the conversation's ticket on its way
    quint64 m_convertAsked = 0; // "Convert to ticket"'s choices on their way
    HubClient *m_hub;
    Agent m_me;
    Conversation m_conversation;
    Id m_ticketId = 0;
    QLabel *m_summary = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace parley::ui
