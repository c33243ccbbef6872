#include "ui/conversation/conversationpane.h"

#include "core/mirror/conversationqueries.h"
#include "core/rules/servicewindow.h"
#include "ui/conversation/composer.h"
#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"
#include "ui/theme/palette.h"
#include "ui/theme/tone.h"

#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace parley::ui {

ConversationPane::ConversationPane(QSqlDatabase mirror, QWidget *parent)
    : QWidget(parent), m_db(mirror)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("windowState"));

    m_messages = new MessageListModel(mirror, this);
    m_messageView = new QListView(this);
    m_messageView->setModel(m_messages);
    m_messageView->setAccessibleName(tr("Messages"));
    m_messageView->setItemDelegate(new MessageDelegate(m_messageView));
    m_messageView->setSelectionMode(QAbstractItemView::NoSelection);
    m_messageView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageView->setUniformItemSizes(false);
    m_messageView->setWordWrap(true);
    m_messageView->setResizeMode(QListView::Adjust);
    m_messageView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A quiet backdrop so that both kinds of bubble stand out, in light and dark palettes.
    QPalette backdrop = m_messageView->palette();
    backdrop.setColor(QPalette::Base, Palette::of(backdrop).backdrop);
    m_messageView->setPalette(backdrop);
    m_attachments = new QListWidget(this);
    m_attachments->setAccessibleName(tr("Attachments"));
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
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_window);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_composer);

    connect(m_composer, &Composer::sendText, this,
            [this](const QString &text) { emit sendText(m_conversation.id, text); });
    connect(m_messages, &QAbstractItemModel::modelReset, this,
            [this] { m_messageView->scrollToBottom(); });
    connect(m_messageView, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString outbox = index.data(MessageListModel::OutboxIdRole).toString();
        if (!outbox.isEmpty() &&
            DeliveryState(index.data(MessageListModel::StateRole).toInt()) == DeliveryState::Failed)
            emit retryRequested(outbox);
    });
    // Older messages arrive when the agent scrolls to the top.
    connect(m_messageView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_messages->hasOlder()) {
            const int added = m_messages->loadOlder();
            m_messageView->scrollTo(m_messages->index(qMin(added, m_messages->rowCount() - 1)),
                                    QAbstractItemView::PositionAtTop);
        }
    });
    connect(m_attachments, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit downloadRequested(item->data(Qt::UserRole).toLongLong(), item->text());
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
    updateWindowState();
}

void ConversationPane::showConversation(const Conversation &conversation)
{
    m_conversation = conversation;
    m_title->setText(conversation.id ? (conversation.customerName.isEmpty()
                                            ? QStringLiteral("+") + conversation.customerNumber
                                            : conversation.customerName)
                                     : QString());
    m_subtitle->setText(
        conversation.id
            ? QStringLiteral("+%1 · %2")
                  .arg(conversation.customerNumber,
                       conversation.status == ConversationStatus::Open ? tr("Open") : tr("Closed"))
            : QString());
    m_messages->setConversation(conversation.id);
    attachmentsChanged();
    updateWindowState();
    emit conversationShown(conversation);
}

QMenu *ConversationPane::messageMenu(const QModelIndex &index)
{
    const QString text = index.data(MessageListModel::TextRole).toString();
    // Pending replies are not on the hub yet, and a note is one already.
    if (!index.isValid() || text.isEmpty() ||
        !index.data(MessageListModel::OutboxIdRole).toString().isEmpty() ||
        MessageKind(index.data(MessageListModel::KindRole).toInt()) == MessageKind::Note)
        return nullptr;
    auto *menu = new QMenu(m_messageView);
    menu->setToolTipsVisible(true);
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
    m_attachments->clear();
    if (m_conversation.id == 0)
        return;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, media_name, media_mime, media_size, direction FROM messages"
                       " WHERE conversation_id = ? AND (media_id <> '' OR media_name <> '')"
                       " ORDER BY created_at DESC"));
    q.addBindValue(m_conversation.id);
    if (!q.exec())
        return;
    while (q.next()) {
        const QString name =
            q.value(1).toString().isEmpty() ? q.value(2).toString() : q.value(1).toString();
        auto *item = new QListWidgetItem(name, m_attachments);
        item->setData(Qt::UserRole, q.value(0).toLongLong());
        item->setToolTip(
            tr("%1 · %2 · double-click to save")
                .arg(QLocale().formattedDataSize(q.value(3).toLongLong()),
                     q.value(4).toString() == QLatin1String("in") ? tr("received") : tr("sent")));
    }
}

void ConversationPane::refresh(const MirrorChanges &changes)
{
    if (m_conversation.id == 0 || !changes.conversations.contains(m_conversation.id))
        return;
    Conversation updated;
    QString error;
    if (fetchConversation(m_db, m_conversation.id, &updated, &error))
        m_conversation = updated;
    m_messages->refresh(changes);
    attachmentsChanged();
    updateWindowState();
}

void ConversationPane::outboxChanged(qint64 conversationId)
{
    m_messages->outboxChanged(conversationId);
}

} // namespace parley::ui
