#include "ui/conversation/conversationpane.h"

#include "core/mirror/drafts.h"
#include "core/mirror/mirrorstore.h"
#include "core/rules/servicewindow.h"
#include "ui/conversation/composer.h"
#include "ui/main/shortcuts.h"
#include "ui/media/attachmentstab.h"
#include "ui/media/audioplayer.h"
#include "ui/media/bubbledrag.h"
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
      m_db(mirror)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("windowState"));

    m_messages = new MessageListModel(m_store, this);
    m_messageView = new QListView(this);
    m_messageView->setModel(m_messages);
    m_messageView->setAccessibleName(tr("Messages"));
    auto *delegate = new MessageDelegate(m_messageView);
    m_messageView->setItemDelegate(delegate);
    // The quote above a reply leads to what it quotes; a bubble's link does what it says.
    connect(delegate, &MessageDelegate::quoteActivated, this, [this](const QModelIndex &index) {
        const Id quoted = index.data(MessageListModel::BubbleRole).value<BubbleContent>().quotedId;
        if (quoted != 0)
            showMessage(quoted);
    });
    connect(delegate, &MessageDelegate::actionActivated, this, &ConversationPane::activateAction);
    // One message can be chosen, to copy its text (Ctrl+C, context menu) or as a search hit.
    m_messageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageView->setUniformItemSizes(false);
    m_messageView->setWordWrap(true);
    m_messageView->setResizeMode(QListView::Adjust);
    m_messageView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    m_attachments = new AttachmentsTab(mirror, this);
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
    // Resolving is about the conversation, so it sits in the conversation's header.
    m_resolve = new QPushButton(this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        requestStatus(m_conversation.status == ConversationStatus::Open ? ConversationStatus::Closed
                                                                        : ConversationStatus::Open);
    });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_resolve);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_window);
    layout->addWidget(m_tabs, 1);
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
    connect(m_composer, &Composer::textChanged, this, [this] {
        if (!m_loadingDraft && m_conversation.id != 0)
            m_draftDelay->start();
    });
    connect(m_messages, &QAbstractItemModel::modelReset, this,
            [this] { m_messageView->scrollToBottom(); });
    // Rows inserted above the top of the view do not move what the agent is reading.
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) { keepScrollAbove(first); });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, &ConversationPane::restoreScroll);
    connect(m_messages, &MessageListModel::revealed, this, [this](Id messageId, int row) {
        if (row >= 0) {
            const QModelIndex index = m_messages->index(row);
            m_messageView->setCurrentIndex(index);
            m_messageView->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
        emit messageShown(messageId, row >= 0);
    });
    connect(m_messageView, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString outbox = index.data(MessageListModel::OutboxIdRole).toString();
        if (!outbox.isEmpty() &&
            DeliveryState(index.data(MessageListModel::StateRole).toInt()) == DeliveryState::Failed)
            emit retryRequested(outbox);
    });
    // Older messages arrive when the agent scrolls to the top: the mirror's next page, or,
    // when the mirror holds no older one, the hub's (through the sync worker).
    connect(m_messageView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0)
            reachedTop();
    });
    m_loadingEarlier = new QLabel(tr("Loading earlier messages…"), m_messageView);
    m_loadingEarlier->setObjectName(QStringLiteral("loadingEarlier"));
    m_loadingEarlier->setAlignment(Qt::AlignCenter);
    m_loadingEarlier->setAutoFillBackground(true);
    m_loadingEarlier->setContentsMargins(8, 2, 8, 2);
    m_loadingEarlier->hide();
    m_messageView->installEventFilter(this);
    m_olderWait = new QTimer(this);
    m_olderWait->setInterval(olderWaitTickMs);
    connect(m_olderWait, &QTimer::timeout, this, [this] {
        // The worker tells nothing when the hub had nothing older or could not be reached:
        // the mirror says whether the hub still has more; after a while, the row goes.
        if (++m_olderWaitTicks * olderWaitTickMs >= olderWaitLimitMs)
            waitForOlderHistory(false);
        else
            m_messages->checkOlderOnHub();
    });
    connect(m_messages, &MessageListModel::olderLoaded, this, [this] {
        waitForOlderHistory(false);
        // Still at the top (a short thread): the next page.
        QTimer::singleShot(0, this, [this] {
            if (m_messageView->verticalScrollBar()->value() == 0)
                reachedTop();
        });
    });
    connect(m_messages, &MessageListModel::olderOnHubChanged, this, [this](bool olderOnHub) {
        if (!olderOnHub)
            waitForOlderHistory(false);
    });
    connect(m_messages, &MessageListModel::windowLoaded, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_messageView->verticalScrollBar()->maximum() == 0)
                reachedTop(); // it all fits: the top is on screen
        });
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
    m_clock = new QTimer(this);
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, &ConversationPane::updateWindowState);
    m_clock->start();
    showConversation({});
}

void ConversationPane::setRole(Role role)
{
    m_role = role;
    updateHeader();
    updateWindowState();
}

void ConversationPane::showConversation(const Conversation &conversation)
{
    // The text written for one customer stays with that customer.
    if (conversation.id != m_conversation.id) {
        saveDraft();
        {
            const QScopedValueRollback<bool> loading(m_loadingDraft, true);
            m_composer->setText(QString());
        }
        m_composer->setReplyTarget(0, {}); // a quote belongs to its own conversation
        m_savedDraft.clear();
        m_draftAsked = 0;
        m_headerAsked = 0;
        if (conversation.id != 0) {
            const Id id = conversation.id;
            m_draftAsked = m_store->draft(id, [this, self = QPointer<ConversationPane>(this),
                                               id](quint64 asked, const QString &text) {
                if (!self || asked != m_draftAsked || id != m_conversation.id)
                    return;
                m_draftAsked = 0;
                m_savedDraft = text;
                // What the agent typed meanwhile stays; the stored draft fills an empty box.
                if (m_composer->text().isEmpty()) {
                    const QScopedValueRollback<bool> loading(m_loadingDraft, true);
                    m_composer->setText(text);
                }
            });
        }
    }
    if (conversation.id != m_conversation.id)
        waitForOlderHistory(false);
    m_conversation = conversation;
    updateHeader();
    m_messages->setConversation(conversation.id);
    attachmentsChanged();
    updateWindowState();
    emit conversationShown(conversation);
}

void ConversationPane::updateHeader()
{
    const Conversation &c = m_conversation;
    m_title->setText(
        c.id ? (c.customerName.isEmpty() ? QStringLiteral("+") + c.customerNumber : c.customerName)
             : QString());
    m_resolve->setVisible(c.id != 0);
    m_resolve->setText(c.status == ConversationStatus::Open ? tr("Resolve") : tr("Reopen"));
    m_resolve->setEnabled(canSend(m_role));
    m_resolve->setToolTip(!canSend(m_role)
                              ? tr("You have view-only access: you can see this but not change it.")
                          : c.status == ConversationStatus::Open
                              ? tr("Done with this customer for now: close the conversation")
                              : tr("Open the conversation again"));
    m_subtitle->setText(c.id ? QStringLiteral("+%1 · %2")
                                   .arg(c.customerNumber, c.status == ConversationStatus::Open
                                                              ? tr("Open")
                                                              : tr("Closed"))
                             : QString());
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
    // Nothing typed, or the stored draft has not even arrived: nothing to write.
    if (m_draftAsked != 0 && kept.isEmpty())
        return;
    if (m_draftAsked == 0 && m_savedDraft == kept)
        return;
    Drafts(m_db).save(m_conversation.id, text);
    m_savedDraft = kept;
    emit draftsChanged();
}

void ConversationPane::showMessage(Id messageId)
{
    m_messages->reveal(messageId); // revealed() selects it
}

void ConversationPane::reachedTop()
{
    if (m_conversation.id == 0 || m_messages->isLoading())
        return;
    if (m_messages->hasOlder())
        m_messages->loadOlder();
    else if (m_messages->olderOnHub() && !m_olderWait->isActive()) {
        waitForOlderHistory(true);
        emit olderHistoryWanted(m_conversation.id);
    }
}

void ConversationPane::waitForOlderHistory(bool waiting)
{
    m_olderWaitTicks = 0;
    if (waiting)
        m_olderWait->start();
    else
        m_olderWait->stop();
    m_loadingEarlier->setVisible(waiting);
    if (waiting)
        placeLoadingRow();
}

void ConversationPane::placeLoadingRow()
{
    // Over the top of the list rather than in the layout, so the messages do not move.
    const QRect area = m_messageView->viewport()->geometry();
    const QSize size = m_loadingEarlier->sizeHint();
    m_loadingEarlier->setGeometry(area.left() + (area.width() - size.width()) / 2, area.top(),
                                  size.width(), size.height());
    m_loadingEarlier->raise();
}

bool ConversationPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_messageView && event->type() == QEvent::Resize &&
        m_loadingEarlier->isVisible())
        placeLoadingRow();
    return QWidget::eventFilter(watched, event);
}

void ConversationPane::keepScrollAbove(int first)
{
    m_scrollAnchor = QPersistentModelIndex();
    // Only rows coming in above the top of the view move what is on screen.
    const QModelIndex top = m_messageView->indexAt(QPoint(1, 1));
    if (!top.isValid() || first > top.row())
        return;
    m_scrollAnchor = top;
    m_scrollAnchorTop = m_messageView->visualRect(top).top();
}

void ConversationPane::restoreScroll()
{
    if (!m_scrollAnchor.isValid())
        return;
    // Lay the rows out now (the view would on its next timer) and scroll by what came in above.
    m_messageView->doItemsLayout();
    QScrollBar *bar = m_messageView->verticalScrollBar();
    bar->setValue(bar->value() + m_messageView->visualRect(m_scrollAnchor).top() -
                  m_scrollAnchorTop);
    m_scrollAnchor = QPersistentModelIndex();
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

void ConversationPane::activateAction(const QModelIndex &index)
{
    const BubbleContent content = index.data(MessageListModel::BubbleRole).value<BubbleContent>();
    if (content.actionUrl.isValid())
        QDesktopServices::openUrl(content.actionUrl);
    else if (!content.actionNumber.isEmpty())
        emit startChatRequested(content.actionNumber);
}

void ConversationPane::updateWindowState()
{
    if (m_conversation.id == 0) {
        m_window->clear();
        m_composer->setMode(Composer::Mode::NoConversation);
        return;
    }
    const ServiceWindow window =
        serviceWindowAt(m_conversation.lastInboundAt, QDateTime::currentMSecsSinceEpoch());
    if (window.open)
        m_window->setText(
            tr("Window open: %1 left to reply freely").arg(compactDuration(window.remainingMs)));
    else if (!window.customerEverWrote)
        m_window->setText(tr("The customer has not written yet: templates only"));
    else
        m_window->setText(
            tr("Window closed %1 ago: templates only").arg(compactDuration(window.closedForMs)));
    setTone(m_window, window.open ? Tone::Normal : Tone::Warning);
    if (!canSend(m_role))
        m_composer->setMode(Composer::Mode::ViewOnly);
    else
        m_composer->setMode(window.open ? Composer::Mode::Reply : Composer::Mode::WindowClosed);
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
            updateHeader();
            updateWindowState();
        });
    m_messages->refresh(changes);
    attachmentsChanged();
}

void ConversationPane::outboxChanged(qint64 conversationId)
{
    m_messages->outboxChanged(conversationId);
}

} // namespace parley::ui
