// How MainWindow opens and reads conversations, and keeps its list still (issue #16): reading is
// an act of the agent. A conversation is marked read (a WhatsApp read receipt goes to the
// customer) when the agent opens it — click, Enter, keyboard, quick switcher, notification — or
// when a message arrives in the one on screen in the active window; never because the list model
// moved its current row.
#include "core/mirror/mirrorstore.h"
#include "core/sync/conversationsapi.h"
#include "core/sync/hubclient.h"
#include "ui/conversation/conversationpane.h"
#include "ui/filters/viewlistmodel.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/notify/notificationcenter.h"
#include "ui/triage/triagebar.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace parley::ui {

void MainWindow::selectionChanged()
{
    if (m_listReshaping)
        return;
    const QModelIndexList selected = m_listView->selectionModel()->selectedRows();
    QList<Id> ids;
    for (const QModelIndex &row : selected)
        ids.append(row.data(ConversationListModel::IdRole).toLongLong());
    m_triage->setSelection(ids);
    if (!selected.isEmpty())
        openRow(selected.first().row());
}

void MainWindow::openRow(int row)
{
    const Conversation conversation = m_list->conversationAt(row);
    if (conversation.id == 0)
        return;
    if (conversation.id != m_pane->conversationId()) {
        const Id hit = m_list->data(m_list->index(row), ConversationListModel::MatchMessageIdRole)
                           .toLongLong();
        m_pane->showConversation(conversation);
        if (hit != 0)
            m_pane->showMessage(hit);
        if (isActiveWindow() && m_notifications)
            m_notifications->setFocusedConversation(conversation.id);
        // The open conversation stays in the list until the agent opens another one; the one
        // before may leave now if it no longer matches.
        m_list->setPinned(conversation.id);
    }
    markRead(conversation);
}

void MainWindow::markRead(const Conversation &conversation)
{
    if (m_notifications) // none before the first paint, so nothing of it on screen
        m_notifications->conversationRead(conversation.id);
    if (conversation.unreadCount <= 0 || !canSend(m_me.role))
        return;
    // Asked already for this very message (the hub's answer is on its way back): once is enough.
    if (m_readRequestedFor == conversation.id && m_readRequestedAt == conversation.lastInboundAt)
        return;
    m_readRequestedFor = conversation.id;
    m_readRequestedAt = conversation.lastInboundAt;
    ConversationsApi(HubApi(m_hub)).markRead(conversation.id);
}

void MainWindow::readWhatIsOnScreen()
{
    // A message that arrives while its conversation is in front of the agent has been seen.
    if (!isActiveWindow() || isMinimized() || !m_pane->isVisible() || m_pane->conversationId() == 0)
        return;
    // Its unread count as the mirror has it now, read on the store's reader thread; by the time
    // it is in, the agent may have moved on, and then it is no longer on screen.
    const Id id = m_pane->conversationId();
    m_store->conversation(id, [this, id](quint64, const Conversation &open, bool ok) {
        if (ok && id == m_pane->conversationId() && isActiveWindow() && !isMinimized())
            markRead(open);
    });
}

void MainWindow::reshapeFinished()
{
    // Rows came, went or moved: the open conversation is selected again where it is now. The
    // guard stays up meanwhile, so re-selecting is not mistaken for the agent opening it.
    QItemSelectionModel *selection = m_listView->selectionModel();
    const int row = m_list->rowOf(m_pane->conversationId());
    if (row >= 0) {
        const QModelIndex index = m_list->index(row);
        if (selection->currentIndex() != index || !selection->isSelected(index))
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    } else if (selection->hasSelection() || selection->currentIndex().isValid()) {
        selection->clear();
    }
    m_listReshaping = false;
    updateEmptyState();
}

void MainWindow::updateHold()
{
    m_list->setHeld(m_pointerInList || m_listView->hasFocus());
}

void MainWindow::pendingChanged(int newConversations, bool anyChange)
{
    m_pendingBanner->setVisible(anyChange);
    m_pendingBanner->setText(newConversations > 0 ? tr("%n new — show", nullptr, newConversations)
                                                  : tr("The list changed — show"));
}

void MainWindow::updateEmptyState()
{
    const QString search = m_search->text().trimmed();
    // While a view or a search is being read the list keeps what it shows (nothing, at start).
    if (m_list->rowCount() > 0 || m_list->isLoading()) {
        m_emptyState->hide();
        return;
    }
    m_emptyState->setText(search.isEmpty()
                              ? tr("No conversations in this view.")
                              : tr("No messages, names or numbers match “%1”.").arg(search));
    m_emptyState->show();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_search && type == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        m_searchDelay->stop();
        applyView();
        return true;
    }
    if (watched == m_listView->viewport() && (type == QEvent::Enter || type == QEvent::Leave)) {
        m_pointerInList = type == QEvent::Enter;
        updateHold();
    } else if (watched == m_listView && (type == QEvent::FocusIn || type == QEvent::FocusOut)) {
        updateHold();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openConversation(Id conversationId)
{
    m_openWanted = 0;
    const int row = m_list->rowOf(conversationId);
    if (row >= 0) {
        selectLoadedRow(row);
    } else {
        // Not in the current view: show it among all conversations, once the reader has
        // loaded the page it is on (listLoaded).
        m_openWanted = conversationId;
        m_search->clear();
        m_searchDelay->stop();
        if (m_views->currentIndex() != m_viewModel->index(0))
            m_views->setCurrentIndex(m_viewModel->index(0));
        else
            applyView();
    }
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::selectLoadedRow(int row)
{
    m_listReshaping = true; // selecting is not opening: openRow does that, once
    m_listView->selectionModel()->setCurrentIndex(m_list->index(row),
                                                  QItemSelectionModel::ClearAndSelect);
    m_listReshaping = false;
    m_listView->scrollTo(m_list->index(row));
    openRow(row);
}

void MainWindow::listLoaded()
{
    if (m_openWanted != 0 && !m_list->isLoading()) {
        const int row = m_list->rowOf(m_openWanted);
        if (row >= 0) {
            m_openWanted = 0;
            selectLoadedRow(row);
        } else if (m_list->canFetchMore({})) {
            m_list->fetchMore({});
        } else {
            m_openWanted = 0; // not in the mirror (yet)
        }
    }
    if (m_seekingUnread && !m_list->isLoading()) {
        m_seekingUnread = false;
        selectNextUnread();
    }
}

void MainWindow::selectRelative(int step)
{
    const int rows = m_list->rowCount();
    if (rows == 0)
        return;
    const int current =
        m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() : -1;
    m_listView->setCurrentIndex(m_list->index(qBound(0, current + step, rows - 1)));
}

void MainWindow::selectNextUnread()
{
    // Below the current row first, then from the top (in "Oldest waiting first" order: the
    // customer who has waited longest).
    const int start = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() : -1;
    const auto unreadAt = [this](int row) {
        return m_list->data(m_list->index(row), ConversationListModel::UnreadRole).toInt() > 0;
    };
    for (int row = start + 1; row < m_list->rowCount(); ++row) {
        if (unreadAt(row)) {
            m_listView->setCurrentIndex(m_list->index(row));
            return;
        }
    }
    if (m_list->canFetchMore({})) {
        // The rest of the list is read on the reader thread: go on when its page is in.
        m_seekingUnread = true;
        m_list->fetchMore({});
        return;
    }
    for (int row = 0; row < start; ++row) {
        if (unreadAt(row)) {
            m_listView->setCurrentIndex(m_list->index(row));
            return;
        }
    }
    statusBar()->showMessage(tr("No unread conversations in this view."), 4000);
}

} // namespace parley::ui
