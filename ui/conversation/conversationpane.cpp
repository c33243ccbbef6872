#include "ui/conversation/conversationpane.h"

#include "core/mirror/draftbook.h"
#include "core/mirror/mirrorstore.h"
#include "core/rules/servicewindow.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationheader.h"
#include "ui/conversation/messageview.h"
#include "ui/conversation/presencebar.h"
#include "ui/main/shortcuts.h"
#include "ui/media/attachmentstab.h"
#include "ui/media/audioplayer.h"
#include "ui/media/bubbledrag.h"
#include "ui/media/emptyhint.h"
#include "ui/media/mediaactions.h"
#include "ui/media/mediabubble.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/bubblecontent.h"
#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"
#include "ui/theme/palette.h"
#include "ui/theme/tone.h"

#include <QAction>
#include <QClipboard>
#include <QCursor>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace parley::ui {

ConversationPane::ConversationPane(QSqlDatabase mirror, QWidget *parent)
    : ConversationPane(nullptr, mirror, parent)
{}

ConversationPane::ConversationPane(MirrorStore *store, QSqlDatabase mirror, QWidget *parent)
    : QWidget(parent), m_store(store ? store : new MirrorStore(mirror.databaseName(), this)),
      m_drafts(m_store->drafts())
{
    m_header = new ConversationHeader(this);
    connect(m_header, &ConversationHeader::statusChangeRequested, this,
            &ConversationPane::requestStatus);
    connect(m_header, &ConversationHeader::windowOpenChanged, this,
            &ConversationPane::updateComposerMode);

    m_messages = new MessageListModel(m_store, this);
    auto *view = new MessageView(m_messages, this);
    m_messageView = view;
    connect(view, &MessageView::olderHistoryWanted, this, &ConversationPane::olderHistoryWanted);
    connect(view, &MessageView::messageShown, this, &ConversationPane::messageShown);
    auto *delegate = qobject_cast<MessageDelegate *>(m_messageView->itemDelegate());
    // The quote above a reply leads to what it quotes; a bubble's link does what it says.
    connect(delegate, &MessageDelegate::quoteActivated, this, [this](const QModelIndex &index) {
        const Id quoted = index.data(MessageListModel::BubbleRole).value<BubbleContent>().quotedId;
        if (quoted != 0)
            showMessage(quoted);
    });
    connect(delegate, &MessageDelegate::actionActivated, this, &ConversationPane::activateAction);
    applyBackdrop();
    auto *copy = new QAction(tr("Copy text"), m_messageView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ConversationPane::copySelectedMessage);
    m_messageView->addAction(copy);
    auto *reply = new QAction(Shortcuts::text(Command::ReplyToMessage), m_messageView);
    reply->setShortcut(Shortcuts::keys(Command::ReplyToMessage));
    reply->setShortcutContext(Qt::WidgetShortcut);
    connect(reply, &QAction::triggered, this, [this] { replyTo(m_messageView->currentIndex()); });
    m_messageView->addAction(reply);
    auto *react = new QAction(Shortcuts::text(Command::ReactToMessage), m_messageView);
    react->setShortcut(Shortcuts::keys(Command::ReactToMessage));
    react->setShortcutContext(Qt::WidgetShortcut);
    connect(react, &QAction::triggered, this,
            [this] { showReactionPicker(m_messageView->currentIndex()); });
    m_messageView->addAction(react);
    // With no conversation open the Messages tab says what to do instead of showing nothing.
    m_noConversation = new EmptyHint(m_messageView);
    m_noConversation->setObjectName(QStringLiteral("noConversationHint"));
    m_attachments = new AttachmentsTab(m_store, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_messageView, tr("Messages"));
    m_tabs->addTab(m_attachments, tr("Attachments"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_attachmentsStale && m_tabs->currentWidget() == m_attachments)
            reloadAttachments();
    });

    m_composer = new Composer(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new PresenceBar(this)); // who else is here (fed by the window)
    layout->addWidget(m_composer);

    connect(m_composer, &Composer::sendText, this,
            [this](const QString &text) { emit sendText(m_conversation.id, text); });
    connect(m_composer, &Composer::sendReply, this, [this](const QString &text, qint64 replyTo) {
        emit sendReply(m_conversation.id, text, replyTo);
    });
    m_draftDelay = new QTimer(this);
    m_draftDelay->setSingleShot(true);
    m_draftDelay->setInterval(400);
    connect(m_draftDelay, &QTimer::timeout, this, &ConversationPane::saveDraft);
    connect(m_drafts, &DraftBook::loaded, this, &ConversationPane::fillDraft);
    connect(m_composer, &Composer::textChanged, this, [this] {
        if (!m_loadingDraft && m_conversation.id != 0)
            m_draftDelay->start();
    });
    connect(m_messageView, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString outbox = index.data(MessageListModel::OutboxIdRole).toString();
        if (!outbox.isEmpty() &&
            DeliveryState(index.data(MessageListModel::StateRole).toInt()) == DeliveryState::Failed)
            emit retryRequested(outbox);
    });
    connect(m_attachments, &AttachmentsTab::openRequested, this, [this](const Message &message) {
        if (m_media)
            m_media->open(message);
    });
    connect(m_attachments, &AttachmentsTab::saveRequested, this, [this](const Message &message) {
        if (m_media)
            m_media->saveAs(message);
    });
    connect(m_attachments, &AttachmentsTab::showInChatRequested, this, [this](Id messageId) {
        m_tabs->setCurrentWidget(m_messageView);
        showMessage(messageId);
    });
    // A click on a photo, a video or a document opens it; on a voice note, plays or pauses it.
    connect(m_messageView, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!m_media ||
            !MediaBubble::shows(MessageKind(index.data(MessageListModel::KindRole).toInt())))
            return;
        const QPoint at = m_messageView->viewport()->mapFromGlobal(QCursor::pos());
        if (!BubbleDrag::mediaRect(m_messageView, index).contains(at))
            return; // the caption or the time: selects, as on any bubble
        const Message message = index.data(MessageListModel::MessageRole).value<Message>();
        if (message.id != 0 && MediaBubble::shows(message))
            m_media->activate(message);
    });
    m_messageView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messageView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (QMenu *menu = messageMenu(m_messageView->indexAt(at))) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_messageView->viewport()->mapToGlobal(at));
        }
    });
    showConversation({});
}

void ConversationPane::setRole(Role role)
{
    m_role = role;
    m_header->setRole(role);
}

void ConversationPane::showConversation(const Conversation &conversation)
{
    // The text written for one customer stays with that customer.
    if (conversation.id != m_conversation.id) {
        saveDraft();
        {
            // Its own draft at once, from memory (an empty box until the stored drafts have
            // arrived: fillDraft() then).
            const QScopedValueRollback<bool> loading(m_loadingDraft, true);
            m_composer->setText(m_drafts->text(conversation.id));
        }
        m_composer->setReplyTarget(0, {}); // a quote belongs to its own conversation
        m_headerAsked = 0;
    }
    m_conversation = conversation;
    m_noConversation->say(conversation.id == 0
                              ? tr("Choose a conversation in the list to read it and reply.")
                              : QString());
    m_header->setConversation(conversation);
    m_messages->setConversation(conversation.id);
    attachmentsChanged();
    emit conversationShown(conversation);
}

void ConversationPane::requestStatus(ConversationStatus status)
{
    if (m_conversation.id != 0 && canSend(m_role))
        emit statusChangeRequested(m_conversation.id, status);
}

void ConversationPane::saveDraft()
{
    m_draftDelay->stop();
    if (m_conversation.id == 0)
        return;
    const QString text = m_composer->text();
    const QString kept = text.trimmed().isEmpty() ? QString() : text;
    // Nothing typed before the stored drafts came: the stored one stays (fillDraft()).
    if (!m_drafts->isLoaded() && kept.isEmpty())
        return;
    if (m_drafts->text(m_conversation.id) == kept)
        return;
    m_drafts->save(m_conversation.id, kept); // in memory now, on disk off this thread
}

void ConversationPane::fillDraft()
{
    // What the agent typed meanwhile stays; the stored draft fills an empty box.
    if (m_conversation.id == 0 || !m_composer->text().isEmpty())
        return;
    const QScopedValueRollback<bool> loading(m_loadingDraft, true);
    m_composer->setText(m_drafts->text(m_conversation.id));
}

void ConversationPane::showMessage(Id messageId)
{
    static_cast<MessageView *>(m_messageView)->showMessage(messageId); // messageShown() when in
}

void ConversationPane::copySelectedMessage()
{
    const QModelIndex index = m_messageView->currentIndex();
    if (index.isValid() && !index.data(MessageListModel::TextRole).toString().isEmpty())
        QGuiApplication::clipboard()->setText(index.data(MessageListModel::TextRole).toString());
}

void ConversationPane::applyBackdrop()
{
    // A quiet backdrop so that both kinds of bubble stand out, in light and dark palettes. It
    // follows the application's palette: a theme switch repaints it at once (issue #16).
    QPalette backdrop = palette();
    backdrop.setColor(QPalette::Base, Palette::of(backdrop).backdrop);
    m_messageView->setPalette(backdrop);
    m_messageView->viewport()->update();
}

void ConversationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyBackdrop();
    QWidget::changeEvent(event);
}

void ConversationPane::activateAction(const QModelIndex &index)
{
    const BubbleContent content = index.data(MessageListModel::BubbleRole).value<BubbleContent>();
    if (content.actionUrl.isValid())
        QDesktopServices::openUrl(content.actionUrl);
    else if (!content.actionNumber.isEmpty())
        emit startChatRequested(content.actionNumber);
}

void ConversationPane::updateComposerMode(bool windowOpen)
{
    if (m_conversation.id == 0)
        m_composer->setMode(Composer::Mode::NoConversation);
    else if (!canSend(m_role))
        m_composer->setMode(Composer::Mode::ViewOnly);
    else
        m_composer->setMode(windowOpen ? Composer::Mode::Reply : Composer::Mode::WindowClosed);
}

void ConversationPane::attachmentsChanged()
{
    // The list reads every file message of the thread: only worth it once the tab is shown,
    // so opening a long conversation costs the messages' page and nothing more.
    m_attachmentsStale = true;
    if (m_tabs->currentWidget() == m_attachments)
        reloadAttachments();
}

void ConversationPane::reloadAttachments()
{
    m_attachmentsStale = false;
    m_attachments->setConversation(m_conversation.id, m_conversation.customerName);
}

void ConversationPane::setMedia(MediaActions *actions, ThumbnailCache *thumbnails)
{
    m_media = actions;
    m_attachments->setMedia(actions->files(), thumbnails);
    if (auto *delegate = qobject_cast<MessageDelegate *>(m_messageView->itemDelegate())) {
        delegate->setThumbnails(thumbnails);
        delegate->setAudioPlayer(actions->audio());
    }
    // A thumbnail that arrives repaints what is on screen; bubbles keep their size.
    connect(thumbnails, &ThumbnailCache::thumbnailReady, m_messageView->viewport(),
            qOverload<>(&QWidget::update));
    connect(actions->audio(), &AudioPlayer::changed, m_messageView->viewport(),
            qOverload<>(&QWidget::update));
    // Files are dragged out of bubbles to a file manager, as out of the Attachments tab.
    new BubbleDrag(m_messageView, actions->files());
}

void ConversationPane::refresh(const MirrorChanges &changes)
{
    if (m_conversation.id == 0 || !changes.conversations.contains(m_conversation.id))
        return;
    const Id id = m_conversation.id;
    // "Open" / "Closed" and the 24-hour window as the hub has them now.
    m_headerAsked =
        m_store->conversation(id, [this, self = QPointer<ConversationPane>(this),
                                   id](quint64 asked, const Conversation &updated, bool ok) {
            if (!self || asked != m_headerAsked || id != m_conversation.id)
                return;
            m_headerAsked = 0;
            if (!ok)
                return;
            m_conversation = updated;
            m_header->setConversation(updated);
        });
    m_messages->refresh(changes);
    attachmentsChanged();
}

void ConversationPane::outboxChanged(qint64 conversationId)
{
    m_messages->outboxChanged(conversationId);
}

} // namespace parley::ui
