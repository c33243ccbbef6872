#pragma once

#include "core/domain/agent.h"
#include "core/domain/conversation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace parley::ui {

// The top of the conversation pane: who the customer is, whether the conversation is open (with
// Resolve / Reopen), and how long the 24-hour window stays open (R2.x), told again every 30 s.
class ConversationHeader : public QWidget {
    Q_OBJECT
public:
    explicit ConversationHeader(QWidget *parent = nullptr);

    void setRole(Role role);
    void setConversation(const Conversation &conversation);

signals:
    // Resolve or Reopen was clicked (only offered to who may change it).
    void statusChangeRequested(parley::ConversationStatus status);
    // The 24-hour window was looked at again: replies are free while it is open.
    void windowOpenChanged(bool open);

private:
    void updateTexts();
    void updateWindowState();

    Conversation m_conversation;
    Role m_role = Role::Agent;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_window = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace parley::ui
