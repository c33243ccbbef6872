#pragma once

#include "core/domain/message.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeView;

namespace parley {
class MirrorStore;
}

namespace parley::ui {

class AttachmentListModel;
class EmptyHint;
class MediaFiles;
class ThumbnailCache;

// The Attachments tab of a conversation (R4.1): its files with thumbnails, filtered by kind;
// double-click opens one; Open, Save as… and Show in chat act on the chosen file.
class AttachmentsTab : public QWidget {
    Q_OBJECT
public:
    // `store` reads the files off the GUI thread; without one, the tab makes its own over the
    // mirror's file.
    explicit AttachmentsTab(MirrorStore *store, QWidget *parent = nullptr);
    explicit AttachmentsTab(QSqlDatabase mirror, QWidget *parent = nullptr);

    // Thumbnails from `cache`; the chosen file's private copy is fetched from `files` so that
    // it can be dragged out to a file manager.
    void setMedia(MediaFiles *files, ThumbnailCache *cache);
    void setConversation(Id conversationId, const QString &customerName);
    void reload();
    AttachmentListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filter; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *showInChatButton() const { return m_showInChat; }

signals:
    void openRequested(const parley::Message &message);
    void saveRequested(const parley::Message &message);
    void showInChatRequested(parley::Id messageId);

private:
    void build();
    Message chosen() const;
    void updateButtons();
    // Why the list is empty: no conversation chosen, or none of its files (of this kind).
    void updateHint();

    AttachmentListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_showInChat = nullptr;
    MediaFiles *m_files = nullptr;
    EmptyHint *m_hint = nullptr;
    Id m_conversation = 0;
    bool m_loaded = false; // the conversation's files have been read once
};

} // namespace parley::ui
