#pragma once

#include "core/domain/agent.h"
#include "core/domain/conversation.h"
#include "core/mirror/mirror.h"

#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QTabWidget;
class QTimer;

namespace parley::ui {

class Composer;
class MessageListModel;

// The right-hand side of the Messages module: who the customer is and how long the 24-hour
// window stays open, the Messages and Attachments tabs (R4.1), and the composer.
class ConversationPane : public QWidget {
    Q_OBJECT
public:
    ConversationPane(QSqlDatabase mirror, QWidget *parent = nullptr);

    void setRole(Role role);
    void showConversation(const Conversation &conversation);
    Id conversationId() const { return m_conversation.id; }
    Composer *composer() const { return m_composer; }
    MessageListModel *messages() const { return m_messages; }
    QListView *messageView() const { return m_messageView; }
    // The context menu of one message: "Add message as a note" (R3.5).
    QMenu *messageMenu(const QModelIndex &index);

public slots:
    void refresh(const parley::MirrorChanges &changes);
    void outboxChanged(qint64 conversationId);

signals:
    void sendText(parley::Id conversationId, const QString &text);
    void retryRequested(const QString &outboxId);
    void downloadRequested(parley::Id messageId, const QString &fileName);
    void conversationShown(const parley::Conversation &conversation);
    void addMessageAsNoteRequested(parley::Id conversationId, const QString &text);

private:
    void updateWindowState();
    void reloadAttachments();
    void attachmentsChanged();

    QSqlDatabase m_db;
    Conversation m_conversation;
    Role m_role = Role::Agent;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_window = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListView *m_messageView = nullptr;
    QListWidget *m_attachments = nullptr;
    bool m_attachmentsStale = true; // reloaded when the tab is next shown
    MessageListModel *m_messages = nullptr;
    Composer *m_composer = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace parley::ui
