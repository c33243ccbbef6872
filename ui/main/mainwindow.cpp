#include "ui/main/mainwindow.h"

#include "core/filter/builtinviews.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/screenreads.h"
#include "core/mirror/snoozebook.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/conversation/newchatdialog.h"
#include "ui/filters/viewlistmodel.h"
#include "ui/main/firstpaintreport.h"
#include "ui/main/quickswitcher.h"
#include "ui/main/screenfit.h"
#include "ui/media/mediaactions.h"
#include "ui/media/mediafiles.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/conversationdelegate.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/recentnotificationsmodel.h"
#include "ui/record/quickactions.h"
#include "ui/record/recordpanel.h"
#include "ui/sync/offlinebanner.h"
#include "ui/sync/synccontroller.h"
#include "ui/theme/accessible.h"
#include "ui/theme/tone.h"
#include "ui/tickets/ticketbar.h"
#include "ui/triage/triagebar.h"

#include "core/mirror/labelreads.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace parley::ui {
MainWindow::MainWindow(QSqlDatabase mirror, SyncController *sync, HubClient *hub, const Agent &me,
                       QWidget *parent)
    : QMainWindow(parent), m_db(mirror), m_sync(sync), m_hub(hub), m_me(me)
{
    // The first paint of the list is what a start is judged by (cold_start_offline_ms): the list
    // asks for its first page as soon as it exists, so that the store's reader thread reads it
    // while the rest of the window is built, and what shows nothing before the agent acts (the
    // Tickets window, notifications and the tray) waits for that paint (listShown).
    setWindowTitle(tr("Parley"));
    ScreenFit::place(this, QSize(1280, 800)); // less on a small screen (ui/main/screenfit.h)
    ScreenFit::clampEveryWindow();
    // The list, its pages and searches, the sidebar and every screen read on the store's
    // reader thread; what the GUI writes goes to its writer thread.
    m_store = new MirrorStore(m_db.databaseName(), this);
    buildSidebar();
    reportStartupPhase("sidebar_built");
    auto *middle = buildListColumn();
    reportStartupPhase("list_built");
    reloadLabels();
    loadChannelNames();
    connect(m_store->snoozes(), &SnoozeBook::loaded, this, &MainWindow::loadSnoozed);
    loadSnoozed();
    reportStartupPhase("list_data_read");
    m_order->setCurrentIndex(
        qMax(0, m_order->findData(QSettings().value(QStringLiteral("list/order"), 0).toInt())));
    m_list->setOrder(ConversationOrder(m_order->currentData().toInt()));
    m_views->setCurrentIndex(m_viewModel->index(0)); // applyView: the first page is asked
    reportStartupPhase("list_asked");

    m_pane = new ConversationPane(m_store, mirror, this);
    m_pane->setRole(me.role);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(middle);
    // R3.6: the conversation's ticket (or "Convert to ticket") above it.
    auto *ticketBar = new TicketBar(m_store, mirror, hub, me, this);
    auto *paneColumn = new QWidget(this);
    auto *paneLayout = new QVBoxLayout(paneColumn);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    paneLayout->addWidget(ticketBar);
    paneLayout->addWidget(m_pane, 1);
    splitter->addWidget(paneColumn);
    reportStartupPhase("pane_built");
    // The record beside the chat and the list's quick actions (R3.5, R4.5).
    m_recordPanel = new RecordPanel(m_store, mirror, hub, me, this);
    m_recordPanel->follow(m_pane);
    splitter->addWidget(m_recordPanel);
    connect(m_sync, &SyncController::mirrorChanged, m_recordPanel, &RecordPanel::refresh);
    connect(m_recordPanel, &RecordPanel::sendTemplateRequested, this, [this](Id recordId) {
        openNewChatDialog(m_store, canSend(m_me.role) ? m_hub : nullptr, recordId, this, nullptr);
    });
    m_quickActions = new QuickActions(m_store, hub, me, this);
    m_quickActions->attachTo(m_listView);
    connect(m_quickActions, &QuickActions::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    // In the proportions of the sizes below, which the record panel keeps when it appears
    // beside a conversation (RecordPanel::takeRoomBesideTheChat).
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 8);
    splitter->setStretchFactor(3, 5);
    splitter->setSizes({180, 330, 520, 330});
    reportStartupPhase("record_panel_built");
    // The offline banner across the top, over the three panes (ui/sync/offlinebanner.h).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    auto *offlineBanner = new OfflineBanner(central);
    centralLayout->addWidget(offlineBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_sync, &SyncController::stateChanged, offlineBanner,
            [offlineBanner](SyncState state) { offlineBanner->syncStateChanged(state); });

    buildResolvedNote();
    m_syncLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->showMessage(tr("Signed in as %1").arg(me.name));

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyView);
    connectComposer();
    // Selection, not the current row: when a row leaves the list Qt makes its neighbour current
    // (without selecting it), and that must not open, let alone read, the neighbour.
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    connect(m_triage, &TriageBar::myTeamsChanged, this, [this](const QList<Id> &teams) {
        if (teams == m_myTeams)
            return; // asked again at every reconnection (syncStateChanged)
        m_myTeams = teams;
        m_viewModel->setMyTeams(teams);
        applyView();
    });
    // The teams come from the hub once it answers (syncStateChanged): at start the window may
    // be offline, or waiting for the keychain's token.
    connect(m_list, &ConversationListModel::reshapeStarted, this,
            [this] { m_listReshaping = true; });
    connect(m_list, &ConversationListModel::reshapeFinished, this, &MainWindow::reshapeFinished);
    connect(m_list, &ConversationListModel::loaded, this, &MainWindow::listLoaded);
    connect(m_list, &ConversationListModel::loaded, this, [this] {
        if (m_list->rowCount() == 0) // nothing to paint: the empty list is what is shown
            announceListShown();
    });
    connect(m_list, &ConversationListModel::pendingChanged, this, &MainWindow::pendingChanged);
    connect(m_pendingBanner, &QPushButton::clicked, m_list, &ConversationListModel::applyPending);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        m_list->setOrder(ConversationOrder(m_order->currentData().toInt()));
        QSettings().setValue(QStringLiteral("list/order"), m_order->currentData());
    });
    // Enter, double-click or a click on the row already open: the agent asks for it again.
    for (auto signal : {&QAbstractItemView::activated, &QAbstractItemView::clicked})
        connect(m_listView, signal, this,
                [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_pane, &ConversationPane::sendText, m_sync, &SyncController::queueText);
    connect(m_pane, &ConversationPane::sendReply, m_sync, &SyncController::queueReply);
    connect(m_pane, &ConversationPane::sendReaction, m_sync, &SyncController::queueReaction);
    connect(m_pane, &ConversationPane::startChatRequested, this,
            [this](const QString &number) { openNewChat(number); });
    connect(m_pane, &ConversationPane::retryRequested, m_sync, &SyncController::retryOutbox);
    connect(m_pane, &ConversationPane::olderHistoryWanted, m_sync,
            &SyncController::fetchOlderHistory);
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::syncStateChanged);
    connect(m_sync, &SyncController::mirrorChanged, this, &MainWindow::mirrorChanged);
    connect(m_sync, &SyncController::outboxChanged, m_pane, &ConversationPane::outboxChanged);
    connect(m_sync, &SyncController::failed, this, [this](const QString &error) {
        m_lastSyncError = error;
        statusBar()->showMessage(error, 10000);
    });
    auto *files = new MediaFiles(m_hub, QString(), MediaFiles::defaultCap, this);
    auto *media = new MediaActions(m_store, files, this);
    connect(media, &MediaActions::status, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_pane->setMedia(media, new ThumbnailCache(files, ThumbnailCache::dirBeside(m_db),
                                               ThumbnailCache::defaultCap, this));
    connectPresence();
    buildActions();
    buildToolBar();
    buildTickets(ticketBar);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    ScreenFit::clamp(this); // saved on a bigger screen, perhaps
    syncStateChanged(sync->state(), {});
    // A window that never paints its list (started minimised) notifies and counts all the same.
    QTimer::singleShot(waitForThePaintAtMostMs, this, &MainWindow::startWhatWaitedForThePaint);
    reportStartupPhase("window_wired");
}

// The middle column: the search, the list's order, its banners, the triage bar and the list.
QWidget *MainWindow::buildListColumn()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search messages, names and numbers (Ctrl+F)"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Search conversations"));
    m_list = new ConversationListModel(m_store, m_db, this);
    m_listView = new QListView(this);
    m_listView->setModel(m_list);
    m_listView->setAccessibleName(tr("Conversations"));
    m_listDelegate = new ConversationDelegate(m_listView);
    m_listView->setItemDelegate(m_listDelegate);
    m_listView->setUniformItemSizes(true);
    reportFirstPaintIfAsked(m_listView); // bench/desktop's cold-start figure
    afterFirstPaintWithRows(m_listView, this, [this] { announceListShown(); });
    // Several at once for the triage bar's bulk actions (Ctrl/Shift+click); the first
    // selected is the one open.
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The list holds still while the pointer or the keyboard focus is in it (updateHold).
    m_listView->installEventFilter(this);
    m_listView->viewport()->installEventFilter(this);
    m_search->installEventFilter(this); // Esc clears the search
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("listOrder"));
    m_order->addItem(tr("Newest activity first"), int(ConversationOrder::NewestActivity));
    m_order->addItem(tr("Oldest waiting first"), int(ConversationOrder::OldestActivity));
    m_order->addItem(tr("Highest priority first"), int(ConversationOrder::HighestPriority));
    m_order->setToolTip(tr("The order of the list"));
    // "Atividade mais recente primeiro" would set the list's narrowest width: the combo shows
    // what fits, its menu the whole names.
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order->setMinimumContentsLength(14);
    m_pendingBanner = new QPushButton(this);
    m_pendingBanner->setObjectName(QStringLiteral("pendingBanner"));
    m_pendingBanner->setFlat(true);
    // Its name is its text, set while the list holds still (pendingChanged); named while hidden
    // too, so a screen reader never meets an empty button.
    m_pendingBanner->setText(tr("The list changed — show"));
    m_pendingBanner->hide();
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->hide();
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(m_order);
    middleLayout->addWidget(m_pendingBanner);
    middleLayout->addWidget(m_emptyState);
    m_triage = new TriageBar(canSend(m_me.role) ? m_hub : nullptr, m_me.id, this);
    connect(m_triage, &TriageBar::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    middleLayout->addWidget(m_triage);
    middleLayout->addWidget(m_listView);
    return middle;
}

void MainWindow::announceListShown()
{
    if (std::exchange(m_listShown, true))
        return;
    reportStartupPhase("list_shown");
    emit listShown();
    startWhatWaitedForThePaint();
}

void MainWindow::startWhatWaitedForThePaint()
{
    if (std::exchange(m_waitersStarted, true))
        return;
    // The notification centre (its D-Bus connection, the server's probe, the tray icon) and the
    // views' counts (a core's worth of COUNTs on a big mirror, on a thread of their own).
    notifications();
    m_viewModel->refreshCounts();
}

NotificationCenter *MainWindow::notifications()
{
    if (m_notifications)
        return m_notifications;
    // Made after the list's first paint (or when first needed). It announces what arrives after
    // it is made: on a start from the keychain the sync worker starts after that paint too
    // (DesktopApp::resumeAfterFirstPaint); right after a sign-in, a batch applied before the
    // paint (the mirror catching up) is not announced.
    m_notifications = new NotificationCenter(m_db, this);
    m_notifications->setMirrorStore(m_store);
    m_notifications->setAgent(m_me);
    m_notifications->setEnabled(
        QSettings().value(QStringLiteral("notifications/enabled"), true).toBool());
    m_notifications->setFocusedConversation(isActiveWindow() ? m_pane->conversationId() : 0);
    connect(m_sync, &SyncController::mirrorChanged, m_notifications,
            &NotificationCenter::onMirrorChanged);
    connect(m_notifications, &NotificationCenter::openConversation, this,
            &MainWindow::openConversation);
    connect(m_notifications, &NotificationCenter::snoozesChanged, this, &MainWindow::loadSnoozed);
    connect(m_notifications, &NotificationCenter::digestOpened, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connectBell();
    return m_notifications;
}

void MainWindow::loadChannelNames()
{
    // Read on the store's reader thread; answers come back in the order asked, so the last to
    // arrive is the newest.
    m_store->read<QHash<Id, QString>>(
        [](QSqlDatabase db) { return readChannelNames(db); },
        [this](quint64, const QHash<Id, QString> &names) { m_list->setChannelNames(names); });
}

void MainWindow::reloadLabels()
{
    m_store->read<QHash<Id, Label>>([](QSqlDatabase db) { return mirrorLabels(db); },
                                    [this](quint64, const QHash<Id, Label> &labels) {
                                        m_listDelegate->setLabels(labels);
                                        m_triage->setLabels(labels);
                                        m_listView->viewport()->update();
                                    });
}

void MainWindow::mirrorChanged(const MirrorChanges &changes)
{
    if (changes.channels)
        loadChannelNames();
    if (changes.labels)
        reloadLabels();
    if (changes.savedViews)
        m_viewModel->reloadSavedViews();
    m_list->refresh(changes);
    m_pane->refresh(changes);
    if (!changes.conversations.isEmpty())
        m_viewModel->refreshCounts();
    if (changes.conversations.contains(m_pane->conversationId()))
        readWhatIsOnScreen();
}

void MainWindow::syncStateChanged(SyncState state, const QString &detail)
{
    Q_UNUSED(detail);
    switch (state) {
    case SyncState::Online:
        // "The hub cannot be reached" is not true any more.
        if (!m_lastSyncError.isEmpty() && statusBar()->currentMessage() == m_lastSyncError)
            statusBar()->clearMessage();
        m_lastSyncError.clear();
        m_syncLabel->setText(tr("● Online"));
        setTone(m_syncLabel, Tone::Success);
        m_viewModel->uploadLocalViews(); // issue #12: views kept here before, once
        m_triage->loadTeams();           // teams may have changed while away
        break;
    case SyncState::Connecting:
        m_syncLabel->setText(tr("● Connecting…"));
        setTone(m_syncLabel, Tone::Warning);
        break;
    case SyncState::Offline:
        m_syncLabel->setText(tr("● Offline — replies wait in the outbox"));
        setTone(m_syncLabel, Tone::Error);
        break;
    }
}

} // namespace parley::ui
