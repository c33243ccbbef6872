#pragma once

#include "core/domain/agent.h"
#include "core/filter/filtersql.h"
#include "core/mirror/mirror.h"
#include "core/sync/syncstate.h"
#include "ui/main/shortcuts.h"

#include <QMainWindow>
#include <QMap>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QListView;
class QListWidget;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;

namespace parley {
class HubClient;
class MirrorStore;
} // namespace parley

namespace parley::ui {

class AdminWindow;
class ConversationListModel;
class NotificationCenter;
class ViewListModel;
class ConversationPane;
class QuickActions;
class RecordPanel;
class RecordsWindow;
class SyncController;
class TicketBar;
class TicketsWindow;
class TriageBar;
class ConversationDelegate;

// The Messages module (R3, R4): views on the left, the conversation list in the middle, the
// conversation on the right; the sync state in the status bar. Keyboard first (R10.2).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(QSqlDatabase mirror, SyncController *sync, HubClient *hub, const Agent &me,
               QWidget *parent = nullptr);

    ConversationListModel *conversations() const { return m_list; }
    ConversationPane *pane() const { return m_pane; }
    RecordPanel *recordPanel() const { return m_recordPanel; }
    QListView *conversationView() const { return m_listView; }
    // Made once the list has painted (or when first asked for here).
    NotificationCenter *notifications();
    // The Tickets module's window (R3.6), made when first opened.
    TicketsWindow *tickets();
    // The menu bar's action for a command of the shortcut table (null when not offered).
    QAction *commandAction(Command command) const;

public slots:
    // The agent opens a conversation (notification, quick switcher, "go to"): shown and read.
    void openConversation(parley::Id conversationId);
    void selectRelative(int step);
    void selectNextUnread();
    void showShortcuts();
    void snoozeCurrent();
    void openSettings();
    void openAdmin();
    // The records browser (R9.3), made when first opened.
    void openRecords();

signals:
    // The conversation list has painted its first rows (or its first page came back empty):
    // what the agent opened Parley to see is on screen. Once; DesktopApp then reads the keychain
    // and starts the sync, so that neither delays that first paint.
    void listShown();
    void logOutRequested();
    // Settings changed the language and the agent asked to restart now.
    void restartRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildSidebar();
    QWidget *buildListColumn();
    // The open conversation (mainwindowpane.cpp): what its composer asks for, who else is in it
    // (presence), its ticket and the Tickets window.
    void connectComposer();
    void connectPresence();
    void buildTickets(TicketBar *ticketBar);
    void showTickets(Id ticketId);
    void buildActions();
    void buildToolBar();
    // The toolbar's bell on the notification centre's recent list, once there is a centre.
    void connectBell();
    // `number`: a chat with this number is offered (a contact card's "Start WhatsApp chat").
    void openNewChat(const QString &number = QString());
    void showConversationActions();
    void openFilterBuilder();
    void openPredefinedTexts();
    void manageTexts();
    void applyView();
    void syncStateChanged(SyncState state, const QString &detail);
    void mirrorChanged(const MirrorChanges &changes);
    // Reading (mainwindowreading.cpp): a conversation is read when the agent opens it, or when a
    // message arrives in the one on screen; never because the list moved its current row.
    void selectionChanged();
    void openRow(int row);
    void markRead(const Conversation &conversation);
    void readWhatIsOnScreen();
    void reshapeFinished();
    // An answer of the list's reader arrived: an open or a search for the next unread waiting
    // for rows goes on.
    void listLoaded();
    void selectLoadedRow(int row);
    void updateHold();
    void pendingChanged(int newConversations, bool anyChange);
    void updateEmptyState();
    void deleteView(const QModelIndex &index);
    void loadSnoozed();
    void buildResolvedNote();
    void statusRequested(parley::Id conversationId, parley::ConversationStatus status);
    void loadChannelNames();
    FilterContext filterContext() const;

    QSqlDatabase m_db;
    SyncController *m_sync;
    HubClient *m_hub;
    Agent m_me;
    QListView *m_views = nullptr;
    ViewListModel *m_viewModel = nullptr;
    ConversationFilter m_adHocFilter; // a filter applied from the builder without saving
    QLineEdit *m_search = nullptr;
    QListView *m_listView = nullptr;
    MirrorStore *m_store = nullptr;
    ConversationListModel *m_list = nullptr;
    Id m_openWanted = 0;          // a conversation to open once the list has loaded it
    quint64 m_dialogAsked = 0;    // a template or quote dialog's choices on their way
    bool m_seekingUnread = false; // "next unread" waits for a further page
    ConversationPane *m_pane = nullptr;
    AdminWindow *m_admin = nullptr; // made when an admin first opens it
    RecordsWindow *m_records = nullptr;
    RecordPanel *m_recordPanel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_order = nullptr;
    QPushButton *m_pendingBanner = nullptr; // "3 new — show" while the list holds still
    QLabel *m_emptyState = nullptr;
    bool m_listReshaping = false; // the model, not the agent, is moving rows
    bool m_pointerInList = false;
    QString m_lastSyncError;           // shown in the status bar until the sync is back online
    QWidget *m_resolvedNote = nullptr; // "Resolved: Ana Souza  [Undo]" for a few seconds
    QLabel *m_resolvedText = nullptr;
    QTimer *m_resolvedTimer = nullptr;
    Id m_resolvedId = 0;
    Id m_readRequestedFor = 0;         // the last mark-read sent: conversation…
    TimestampMs m_readRequestedAt = 0; // …and its newest inbound message then
    // What waits for the list's first paint (listShown): notifications and the views' counts.
    // Past waitForThePaintAtMostMs a window that has not painted (minimised) starts them anyway.
    void startWhatWaitedForThePaint();
    static constexpr int waitForThePaintAtMostMs = 3000;
    bool m_waitersStarted = false;
    NotificationCenter *m_notifications = nullptr;
    TicketsWindow *m_tickets = nullptr;
    QToolButton *m_bell = nullptr;
    QuickActions *m_quickActions = nullptr;
    // Issue #12 triage: the selected conversations' actions and the list's label chips.
    TriageBar *m_triage = nullptr;
    ConversationDelegate *m_listDelegate = nullptr;
    void reloadLabels();
    void announceListShown();
    bool m_listShown = false;
    QList<Id> m_myTeams;                 // the agent groups I belong to, for "My team"
    QMap<Command, QAction *> m_commands; // from the shortcut table, see menubar.h
};

} // namespace parley::ui
