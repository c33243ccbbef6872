#include "ui/main/mainwindow.h"

#include "core/filter/builtinviews.h"
#include "core/sync/hubclient.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/main/huberrors.h"
#include "ui/models/conversationdelegate.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/sync/synccontroller.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

enum ViewKind { AllConversations = -2, MyConversations = -1 };

} // namespace

MainWindow::MainWindow(QSqlDatabase mirror, SyncController *sync, HubClient *hub, const Agent &me,
                       QWidget *parent)
    : QMainWindow(parent), m_db(mirror), m_sync(sync), m_hub(hub), m_me(me)
{
    setWindowTitle(tr("Parley"));
    resize(1280, 800);
    buildSidebar();

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search messages, names and numbers (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_list = new ConversationListModel(mirror, this);
    m_listView = new QListView(this);
    m_listView->setModel(m_list);
    m_listView->setItemDelegate(new ConversationDelegate(m_listView));
    m_listView->setUniformItemSizes(true);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(m_listView);

    m_pane = new ConversationPane(mirror, this);
    m_pane->setRole(me.role);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(middle);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({190, 340, 560});
    setCentralWidget(splitter);

    m_syncLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->showMessage(tr("Signed in as %1").arg(me.name));

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyView);
    connect(m_views, &QListWidget::currentRowChanged, this, &MainWindow::applyView);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::currentChanged);
    connect(m_pane, &ConversationPane::sendText, m_sync, &SyncController::queueText);
    connect(m_pane, &ConversationPane::retryRequested, m_sync, &SyncController::retryOutbox);
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::syncStateChanged);
    connect(m_sync, &SyncController::mirrorChanged, this, &MainWindow::mirrorChanged);
    connect(m_sync, &SyncController::outboxChanged, m_pane, &ConversationPane::outboxChanged);
    connect(m_sync, &SyncController::failed, this,
            [this](const QString &error) { statusBar()->showMessage(error, 10000); });
    connect(m_pane, &ConversationPane::downloadRequested, this,
            [this](Id messageId, const QString &fileName) {
                const QString path =
                    QFileDialog::getSaveFileName(this, tr("Save attachment"), fileName);
                if (path.isEmpty())
                    return;
                m_hub->get(QStringLiteral("/api/v1/messages/%1/media").arg(messageId),
                           [this, path](const HubClient::Reply &reply) {
                               statusBar()->showMessage(
                                   reply.ok() ? tr("Saved %1").arg(path)
                                              : hubErrorText(reply.error.code, reply.error.message),
                                   8000);
                           });
            });
    buildActions();
    syncStateChanged(sync->state(), {});
    loadChannelNames();
    m_views->setCurrentRow(0);
}

void MainWindow::buildSidebar()
{
    m_views = new QListWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    auto add = [this](const QString &title, int key) {
        auto *item = new QListWidgetItem(title, m_views);
        item->setData(Qt::UserRole, key);
    };
    add(tr("All conversations"), AllConversations);
    add(tr("My conversations"), MyConversations);
    for (BuiltinView view : builtinViews())
        add(builtinViewTitle(view), int(view));
}

FilterContext MainWindow::filterContext() const
{
    return {m_me.id, QDateTime::currentMSecsSinceEpoch(), QTimeZone::systemTimeZone()};
}

void MainWindow::applyView()
{
    ConversationFilter filter;
    const QListWidgetItem *item = m_views->currentItem();
    const int key = item ? item->data(Qt::UserRole).toInt() : AllConversations;
    if (key == MyConversations)
        filter.scope = Scope::Mine;
    else if (key >= 0)
        filter = builtinViewFilter(BuiltinView(key));
    filter.search = m_search->text().trimmed();
    const Id current = m_pane->conversationId();
    m_list->setFilter(filter, filterContext());
    const int row = m_list->rowOf(current);
    if (row >= 0)
        m_listView->setCurrentIndex(m_list->index(row));
}

void MainWindow::loadChannelNames()
{
    QHash<Id, QString> names;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id, name FROM channels"))) {
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    m_list->setChannelNames(names);
}

void MainWindow::mirrorChanged(const MirrorChanges &changes)
{
    if (changes.channels)
        loadChannelNames();
    m_list->refresh(changes);
    m_pane->refresh(changes);
}

void MainWindow::currentChanged()
{
    const QModelIndex index = m_listView->currentIndex();
    if (!index.isValid())
        return;
    const Conversation conversation = m_list->conversationAt(index.row());
    if (conversation.id == m_pane->conversationId())
        return;
    m_pane->showConversation(conversation);
    if (conversation.unreadCount > 0 && canSend(m_me.role))
        m_hub->post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation.id), {},
                    nullptr);
}

void MainWindow::openConversation(Id conversationId)
{
    int row = m_list->rowOf(conversationId);
    if (row < 0) {
        // Not in the current view: show it among all conversations.
        m_search->clear();
        m_views->setCurrentRow(0);
        row = m_list->rowOf(conversationId);
        while (row < 0 && m_list->canFetchMore({})) {
            m_list->fetchMore({});
            row = m_list->rowOf(conversationId);
        }
    }
    if (row >= 0)
        m_listView->setCurrentIndex(m_list->index(row));
    showNormal();
    raise();
    activateWindow();
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
    const int start = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() : -1;
    for (int row = start + 1; row < m_list->rowCount(); ++row) {
        if (m_list->data(m_list->index(row), ConversationListModel::UnreadRole).toInt() > 0) {
            m_listView->setCurrentIndex(m_list->index(row));
            return;
        }
    }
    statusBar()->showMessage(tr("No more unread conversations in this view."), 4000);
}

void MainWindow::buildActions()
{
    const auto action = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::ApplicationShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    action(tr("Search"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    action(tr("Next conversation"), QKeySequence(Qt::ALT | Qt::Key_Down),
           [this] { selectRelative(1); });
    action(tr("Previous conversation"), QKeySequence(Qt::ALT | Qt::Key_Up),
           [this] { selectRelative(-1); });
    action(tr("Next unread"), QKeySequence(Qt::CTRL | Qt::Key_U), [this] { selectNextUnread(); });
    action(tr("Reply"), QKeySequence(Qt::CTRL | Qt::Key_R),
           [this] { m_pane->composer()->focusEditor(); });
    action(tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
}

void MainWindow::showShortcuts()
{
    QString text = QStringLiteral("<table>");
    for (QAction *a : actions()) {
        text += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         a->text().toHtmlEscaped());
    }
    text += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr></table>")
                .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                     tr("Send the reply"));
    QMessageBox::information(this, tr("Keyboard shortcuts"), text);
}

void MainWindow::syncStateChanged(SyncState state, const QString &detail)
{
    Q_UNUSED(detail);
    switch (state) {
    case SyncState::Online:
        m_syncLabel->setText(tr("● Online"));
        m_syncLabel->setStyleSheet(QStringLiteral("color: #1e8e3e;"));
        break;
    case SyncState::Connecting:
        m_syncLabel->setText(tr("● Connecting…"));
        m_syncLabel->setStyleSheet(QStringLiteral("color: #c07b00;"));
        break;
    case SyncState::Offline:
        m_syncLabel->setText(tr("● Offline — replies wait in the outbox"));
        m_syncLabel->setStyleSheet(QStringLiteral("color: #d32f2f;"));
        break;
    }
}

} // namespace parley::ui
