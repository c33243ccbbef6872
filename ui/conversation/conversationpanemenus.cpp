// The context menus of one message in the conversation pane: Copy text, Reply, React (the emoji
// picker), Add message as a note (R3.5), and Open / Save as… for a file.
#include "ui/conversation/conversationpane.h"

#include "ui/conversation/composer.h"
#include "ui/main/shortcuts.h"
#include "ui/media/mediaactions.h"
#include "ui/media/mediabubble.h"
#include "ui/models/messagelistmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QListView>
#include <QMenu>

namespace parley::ui {

QMenu *ConversationPane::messageMenu(const QModelIndex &index)
{
    const QString text = index.data(MessageListModel::TextRole).toString();
    const bool answerable = index.data(MessageListModel::AnswerableRole).toBool();
    QMenu *fileMenu = mediaMenu(index); // Open and Save as… for a file
    if (!index.isValid() || (text.isEmpty() && !answerable))
        return fileMenu;
    auto *menu = fileMenu ? fileMenu : new QMenu(m_messageView);
    menu->setToolTipsVisible(true);
    if (!text.isEmpty()) {
        QAction *copy = menu->addAction(tr("Copy text"));
        copy->setObjectName(QStringLiteral("copyMessage"));
        connect(copy, &QAction::triggered, this,
                [text] { QGuiApplication::clipboard()->setText(text); });
    }
    // Pending replies are not on the hub yet, and a note is one already.
    if (!index.data(MessageListModel::OutboxIdRole).toString().isEmpty() ||
        MessageKind(index.data(MessageListModel::KindRole).toInt()) == MessageKind::Note)
        return menu;
    if (answerable) {
        QAction *reply = menu->addAction(Shortcuts::text(Command::ReplyToMessage));
        reply->setObjectName(QStringLiteral("replyToMessage"));
        reply->setEnabled(canSend(m_role));
        const QPersistentModelIndex target(index);
        connect(reply, &QAction::triggered, this, [this, target] { replyTo(target); });
        if (QMenu *react = reactionMenu(index, menu)) {
            react->menuAction()->setObjectName(QStringLiteral("reactToMessage"));
            menu->addMenu(react);
        } else { // view-only: shown, not usable
            menu->addAction(tr("React"))->setEnabled(false);
        }
    }
    if (text.isEmpty())
        return menu; // nothing to keep as a note
    QAction *asNote = menu->addAction(tr("Add message as a note"));
    asNote->setObjectName(QStringLiteral("addMessageAsNote"));
    asNote->setEnabled(canSend(m_role));
    if (!canSend(m_role))
        asNote->setToolTip(tr("You have view-only access: you can see this but not change it."));
    const bool outgoing = index.data(MessageListModel::OutgoingRole).toBool();
    const QString quoted = (outgoing ? tr("We wrote: %1") : tr("The customer wrote: %1")).arg(text);
    connect(asNote, &QAction::triggered, this,
            [this, quoted] { emit addMessageAsNoteRequested(m_conversation.id, quoted); });
    return menu;
}

QMenu *ConversationPane::mediaMenu(const QModelIndex &index)
{
    if (!m_media || !index.isValid() ||
        !MediaBubble::shows(MessageKind(index.data(MessageListModel::KindRole).toInt())))
        return nullptr;
    const Message message = index.data(MessageListModel::MessageRole).value<Message>();
    if (message.id == 0 || !MediaBubble::shows(message))
        return nullptr; // a file still in the outbox is not on the hub yet
    auto *menu = new QMenu(m_messageView);
    QAction *open = menu->addAction(tr("Open", "a file"));
    open->setObjectName(QStringLiteral("openMedia"));
    connect(open, &QAction::triggered, this, [this, message] { m_media->open(message); });
    QAction *save = menu->addAction(tr("Save as…"));
    save->setObjectName(QStringLiteral("saveMedia"));
    connect(save, &QAction::triggered, this, [this, message] { m_media->saveAs(message); });
    menu->addSeparator();
    return menu;
}

QStringList ConversationPane::reactionChoices()
{
    return {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
            QStringLiteral("😮"), QStringLiteral("😢"),      QStringLiteral("🙏")};
}

void ConversationPane::replyTo(const QModelIndex &index)
{
    if (!index.isValid() || !canSend(m_role) ||
        !index.data(MessageListModel::AnswerableRole).toBool())
        return;
    m_composer->setReplyTarget(index.data(MessageListModel::MessageRole).value<Message>().id,
                               index.data(MessageListModel::SummaryRole).toString());
    m_composer->focusEditor();
}

QMenu *ConversationPane::reactionMenu(const QModelIndex &index, QWidget *parent)
{
    if (!index.isValid() || !canSend(m_role) ||
        !index.data(MessageListModel::AnswerableRole).toBool())
        return nullptr;
    const Id messageId = index.data(MessageListModel::MessageRole).value<Message>().id;
    auto *menu = new QMenu(tr("React"), parent);
    menu->setObjectName(QStringLiteral("reactionPicker"));
    for (const QString &emoji : reactionChoices()) {
        QAction *choice = menu->addAction(emoji);
        connect(choice, &QAction::triggered, this, [this, messageId, emoji] {
            emit sendReaction(m_conversation.id, messageId, emoji);
        });
    }
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("Remove my reaction"));
    remove->setObjectName(QStringLiteral("removeReaction"));
    connect(remove, &QAction::triggered, this,
            [this, messageId] { emit sendReaction(m_conversation.id, messageId, QString()); });
    return menu;
}

void ConversationPane::showReactionPicker(const QModelIndex &index)
{
    if (QMenu *menu = reactionMenu(index, m_messageView)) {
        menu->setAttribute(Qt::WA_DeleteOnClose);
        const QRect rect = m_messageView->visualRect(index);
        menu->popup(m_messageView->viewport()->mapToGlobal(rect.center()));
    }
}

} // namespace parley::ui
