#pragma once

#include "core/domain/agent.h"
#include "core/domain/conversation.h"
#include "core/mirror/mirror.h"

#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QTabWidget;
class QTimer;

namespace parley {
class DraftBook;
class MirrorStore;
} // namespace parley

namespace parley::ui {

class AttachmentsTab;
class ConversationHeader;
class Composer;
class EmptyHint;
class MediaActions;
class MessageListModel;
class ThumbnailCache;

// The right-hand side of the Messages module: who the customer is and how long the 24-hour
// window stays open, the Messages and Attachments tabs (R4.1), and the composer.
class ConversationPane : public QWidget {
    Q_OBJECT
public:
    // `store` reads the messages, the conversation and the Attachments tab off the GUI thread
    // and keeps the drafts (MirrorStore::drafts()). Without a store, the pane makes its own over
    // the mirror's file (`mirror` names it; the pane runs no SQL of its own).
    ConversationPane(MirrorStore *store, QSqlDatabase mirror, QWidget *parent = nullptr);
    explicit ConversationPane(QSqlDatabase mirror, QWidget *parent = nullptr);

    void setRole(Role role);
    // Shows a conversation; the composer keeps each conversation's draft (saved in the mirror).
    void showConversation(const Conversation &conversation);
    Id conversationId() const { return m_conversation.id; }
    const Conversation &conversation() const { return m_conversation; }
    // Scrolls to a message and selects it (a search hit, a quote), once its rows are loaded
    // (messageShown()).
    void showMessage(Id messageId);
    // Keeps the composer's text as the open conversation's draft now (on quit, say): the list
    // shows it at once (DraftBook::changed), the disk has it once the book's thread wrote it.
    void saveDraft();
    // Resolve (close) or reopen the open conversation: asks whoever acts on the hub.
    void requestStatus(parley::ConversationStatus status);
    // Thumbnails in bubbles and the Attachments tab; what a click on a file does.
    void setMedia(MediaActions *actions, ThumbnailCache *thumbnails);
    AttachmentsTab *attachments() const { return m_attachments; }
    QTabWidget *tabs() const { return m_tabs; }
    Composer *composer() const { return m_composer; }
    MessageListModel *messages() const { return m_messages; }
    QListView *messageView() const { return m_messageView; }
    // The context menu of one message: "Add message as a note" (R3.5).
    QMenu *messageMenu(const QModelIndex &index);
    // Open and Save as… for a message with a file (the start of its context menu).
    QMenu *mediaMenu(const QModelIndex &index);
    // The emoji an agent can react with, in the React menu.
    static QStringList reactionChoices();
    // The message the next reply quotes (the composer shows "Replying to …").
    void replyTo(const QModelIndex &index);
    // The small emoji picker for a message: React with one, or take the reaction back.
    QMenu *reactionMenu(const QModelIndex &index, QWidget *parent);
    void showReactionPicker(const QModelIndex &index);

public slots:
    void refresh(const parley::MirrorChanges &changes);
    void outboxChanged(qint64 conversationId);

signals:
    void sendText(parley::Id conversationId, const QString &text);
    // A reply quoting `replyTo`, and the agent's reaction to a message (empty: taken back).
    void sendReply(parley::Id conversationId, const QString &text, parley::Id replyTo);
    void sendReaction(parley::Id conversationId, parley::Id messageId, const QString &emoji);
    // A contact card's "Start WhatsApp chat".
    void startChatRequested(const QString &number);
    void retryRequested(const QString &outboxId);
    void conversationShown(const parley::Conversation &conversation);
    void addMessageAsNoteRequested(parley::Id conversationId, const QString &text);
    void statusChangeRequested(parley::Id conversationId, parley::ConversationStatus status);
    // The agent scrolled to the top of what the mirror holds and the hub has older messages:
    // whoever syncs fetches them (SyncWorker::fetchOlderHistory); they come in above.
    void olderHistoryWanted(parley::Id conversationId);
    // showMessage(): the message is selected (false: it is not in this conversation).
    void messageShown(parley::Id messageId, bool found);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyBackdrop();
    void copySelectedMessage();
    void updateComposerMode(bool windowOpen);
    void fillDraft();
    void reloadAttachments();
    void attachmentsChanged();
    void activateAction(const QModelIndex &index);

    MirrorStore *m_store = nullptr;
    DraftBook *m_drafts = nullptr;
    Conversation m_conversation;
    quint64 m_headerAsked = 0; // the conversation's newest state on its way
    Role m_role = Role::Agent;
    ConversationHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    EmptyHint *m_noConversation = nullptr; // over the messages while none is open
    QListView *m_messageView = nullptr;
    AttachmentsTab *m_attachments = nullptr;
    MediaActions *m_media = nullptr;
    bool m_attachmentsStale = true; // reloaded when the tab is next shown
    MessageListModel *m_messages = nullptr;
    Composer *m_composer = nullptr;
    QTimer *m_draftDelay = nullptr; // drafts are saved shortly after typing stops
    bool m_loadingDraft = false;
};

} // namespace parley::ui
