#include "ui/conversation/messageview.h"

#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"

#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>

namespace parley::ui {

MessageView::MessageView(MessageListModel *messages, QWidget *parent)
    : QListView(parent), m_messages(messages)
{
    setModel(m_messages);
    setAccessibleName(tr("Messages"));
    setItemDelegate(new MessageDelegate(this));
    // One message can be chosen, to copy its text (Ctrl+C, context menu) or as a search hit.
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(false);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_messages, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { waitForOlderHistory(false); });
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] { scrollToBottom(); });
    // Rows inserted above the top of the view do not move what the agent is reading.
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) { keepScrollAbove(first); });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, &MessageView::restoreScroll);
    connect(m_messages, &MessageListModel::revealed, this, [this](Id messageId, int row) {
        if (row >= 0) {
            const QModelIndex index = m_messages->index(row);
            setCurrentIndex(index);
            scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
        emit messageShown(messageId, row >= 0);
    });

    // Older messages arrive when the agent scrolls to the top: the mirror's next page, or,
    // when the mirror holds no older one, the hub's (through the sync worker).
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0)
            reachedTop();
    });
    m_loadingEarlier = new QLabel(tr("Loading earlier messages…"), this);
    m_loadingEarlier->setObjectName(QStringLiteral("loadingEarlier"));
    m_loadingEarlier->setAlignment(Qt::AlignCenter);
    m_loadingEarlier->setAutoFillBackground(true);
    m_loadingEarlier->setContentsMargins(8, 2, 8, 2);
    m_loadingEarlier->hide();
    installEventFilter(this);
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
            if (verticalScrollBar()->value() == 0)
                reachedTop();
        });
    });
    connect(m_messages, &MessageListModel::olderOnHubChanged, this, [this](bool olderOnHub) {
        if (!olderOnHub)
            waitForOlderHistory(false);
    });
    connect(m_messages, &MessageListModel::windowLoaded, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (verticalScrollBar()->maximum() == 0)
                reachedTop(); // it all fits: the top is on screen
        });
    });
}

void MessageView::showMessage(Id messageId)
{
    m_messages->reveal(messageId); // revealed() selects it
}

void MessageView::reachedTop()
{
    if (m_messages->conversationId() == 0 || m_messages->isLoading())
        return;
    if (m_messages->hasOlder())
        m_messages->loadOlder();
    else if (m_messages->olderOnHub() && !m_olderWait->isActive()) {
        waitForOlderHistory(true);
        emit olderHistoryWanted(m_messages->conversationId());
    }
}

void MessageView::waitForOlderHistory(bool waiting)
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

void MessageView::placeLoadingRow()
{
    // Over the top of the list rather than in a layout, so the messages do not move.
    const QRect area = viewport()->geometry();
    const QSize size = m_loadingEarlier->sizeHint();
    m_loadingEarlier->setGeometry(area.left() + (area.width() - size.width()) / 2, area.top(),
                                  size.width(), size.height());
    m_loadingEarlier->raise();
}

bool MessageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this && event->type() == QEvent::Resize && m_loadingEarlier->isVisible())
        placeLoadingRow();
    return QListView::eventFilter(watched, event);
}

void MessageView::keepScrollAbove(int first)
{
    m_scrollAnchor = QPersistentModelIndex();
    // Only rows coming in above the top of the view move what is on screen.
    const QModelIndex top = indexAt(QPoint(1, 1));
    if (!top.isValid() || first > top.row())
        return;
    m_scrollAnchor = top;
    m_scrollAnchorTop = visualRect(top).top();
}

void MessageView::restoreScroll()
{
    if (!m_scrollAnchor.isValid())
        return;
    // Lay the rows out now (the view would on its next timer) and scroll by what came in above.
    doItemsLayout();
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + visualRect(m_scrollAnchor).top() - m_scrollAnchorTop);
    m_scrollAnchor = QPersistentModelIndex();
}

} // namespace parley::ui
