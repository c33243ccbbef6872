// MainWindow's keyboard shortcuts, toolbar and their dialogs (R7.4, R10.2): kept apart from the
// window's layout and data flow in mainwindow.cpp.
#include "ui/admin/adminwindow.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/conversation/newchatdialog.h"
#include "ui/main/mainwindow.h"
#include "ui/main/menubar.h"
#include "ui/main/quickswitcher.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/notifychoicebox.h"
#include "ui/notify/recentnotificationsmodel.h"
#include "ui/notify/snoozedialog.h"
#include "ui/record/quickactions.h"
#include "ui/record/recordpanel.h"
#include "ui/records/recordswindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sync/synccontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace parley::ui {
void MainWindow::buildActions()
{
    const auto current = [this] {
        return m_pane->conversationId();
    };
    QMap<Command, MenuBar::Handler> handlers{
        {Command::NewChat,
         [this] {
             openNewChat();
         }},
        {Command::ManageTexts,
         [this] {
             manageTexts();
         }},
        {Command::Records,
         [this] {
             openRecords();
         }},
        {Command::Settings,
         [this] {
             openSettings();
         }},
        {Command::LogOut,
         [this] {
             emit logOutRequested();
         }},
        {Command::Reply,
         [this] {
             m_pane->composer()->focusEditor();
         }},
        {Command::ReplyToMessage,
         [this] {
             m_pane->replyTo(m_pane->messageView()->currentIndex());
         }},
        {Command::ReactToMessage,
         [this] {
             m_pane->showReactionPicker(m_pane->messageView()->currentIndex());
         }},
        {Command::Send,
         [this] {
             m_pane->composer()->send();
         }},
        {Command::InsertText,
         [this] {
             openPredefinedTexts();
         }},
        // The list's quick actions and the record panel's Close/Reopen button do these; the
        // keys reach the same commands (and their view-only refusals).
        {Command::AssignToMe,
         [this, current] {
             if (current() != 0 && m_quickActions->canChange())
                 m_quickActions->assign(current(), m_me.id);
         }},
        {Command::ConversationActions,
         [this] {
             showConversationActions();
         }},
        {Command::CloseOrReopen,
         [this] {
             // The conversation header's Resolve / Reopen, with its undo note (issue #16).
             auto *button = m_pane->findChild<QAbstractButton *>(QStringLiteral("resolveButton"));
             if (button && button->isEnabled() && button->isVisible())
                 button->click();
         }},
        {Command::Snooze,
         [this] {
             snoozeCurrent();
         }},
        {Command::Search,
         [this] {
             m_search->setFocus();
             m_search->selectAll();
         }},
        {Command::Filter,
         [this] {
             openFilterBuilder();
         }},
        {Command::GoToConversation,
         [this] {
             auto *switcher = new QuickSwitcher(m_store, m_me.id, this);
             switcher->setAttribute(Qt::WA_DeleteOnClose);
             connect(switcher, &QuickSwitcher::conversationChosen, this,
                     &MainWindow::openConversation);
             switcher->show();
         }},
        {Command::NextConversation,
         [this] {
             selectRelative(1);
         }},
        {Command::PreviousConversation,
         [this] {
             selectRelative(-1);
         }},
        {Command::NextUnread,
         [this] {
             selectNextUnread();
         }},
        {Command::KeyboardShortcuts,
         [this] {
             showShortcuts();
         }},
    };
    if (m_me.role == Role::Admin)
        handlers.insert(Command::Administration, [this] { openAdmin(); });
    m_commands = MenuBar::install(this, handlers);
}

QAction *MainWindow::commandAction(Command command) const
{
    return m_commands.value(command);
}

void MainWindow::openNewChat(const QString &number)
{
    // Opens once what it offers is read on the store's reader thread.
    openNewChatDialog(m_store, canSend(m_me.role) ? m_hub : nullptr, 0, this,
                      [this, number](NewChatDialog *dialog) {
                          if (!number.isEmpty())
                              dialog->setNumber(number);
                          // The conversation arrives through the stream; open it once it is in
                          // the list.
                          connect(dialog, &NewChatDialog::started, this, [this](Id id) {
                              QTimer::singleShot(1500, this, [this, id] { openConversation(id); });
                          });
                      });
}

void MainWindow::showConversationActions()
{
    const QModelIndex index = m_listView->currentIndex();
    if (!index.isValid())
        return;
    QMenu *menu = m_quickActions->menuFor(m_list->conversationAt(index.row()), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QRect row = m_listView->visualRect(index);
    menu->popup(m_listView->viewport()->mapToGlobal(row.isValid() ? row.center() : QPoint()));
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    // R7.4: the bell lists recent notifications; its text carries the unread count (connectBell).
    auto *bell = new QToolButton(bar);
    m_bell = bell;
    bell->setObjectName(QStringLiteral("bell"));
    bell->setPopupMode(QToolButton::InstantPopup);
    bell->setMenu(new QMenu(bell));
    bell->setText(tr("Recent"));
    bell->setToolTip(tr("Recent notifications"));
    bell->setAccessibleName(tr("Recent notifications"));
    // As wide as its widest text, so that "Recent (10)" becoming "Recent (9)" moves no button.
    bell->setMinimumWidth(bell->fontMetrics().horizontalAdvance(tr("Recent (%1)").arg(999)) +
                          bell->fontMetrics().height() * 2);
    connect(bell->menu(), &QMenu::aboutToShow, this, [this, bell] {
        if (!m_notifications) { // not made yet: the list has not painted
            bell->menu()->clear();
            bell->menu()->addAction(tr("No notifications yet"))->setEnabled(false);
        }
    });
    if (m_notifications)
        connectBell();
    bar->addWidget(bell);
    for (const Command command :
         {Command::NewChat, Command::Records, Command::Filter, Command::ManageTexts,
          Command::Snooze, Command::Administration, Command::Settings}) {
        if (QAction *action = m_commands.value(command))
            bar->addAction(action);
    }
    // The menu item names what the window holds; on the toolbar that long line crowded the row.
    if (QAction *records = m_commands.value(Command::Records))
        records->setIconText(tr("Records"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_commands.value(Command::LogOut));
    // Tab reaches the toolbar's buttons too, not only the mouse.
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        button->setFocusPolicy(Qt::TabFocus);
        if (button->text().isEmpty() && button->accessibleName().isEmpty())
            button->setAccessibleName(tr("More tools")); // the overflow »
    }
}

void MainWindow::connectBell()
{
    QToolButton *bell = m_bell;
    if (!bell)
        return; // the toolbar comes after; buildToolBar connects it
    QMenu *menu = bell->menu();
    RecentNotificationsModel *recent = m_notifications->recentNotifications();
    const auto updateBell = [bell, recent] {
        const int unread = recent->unreadCount();
        bell->setText(unread > 0 ? tr("Recent (%1)").arg(unread) : tr("Recent"));
        bell->setToolTip(tr("Recent notifications"));
        bell->setAccessibleName(unread > 0 ? tr("Recent notifications, %n unread", nullptr, unread)
                                           : tr("Recent notifications"));
    };
    connect(recent, &RecentNotificationsModel::unreadCountChanged, bell, updateBell);
    updateBell();
    connect(menu, &QMenu::aboutToShow, this, [this, menu, recent] {
        menu->clear();
        if (recent->rowCount() == 0)
            menu->addAction(tr("No notifications yet"))->setEnabled(false);
        for (int row = 0; row < recent->rowCount(); ++row) {
            const QModelIndex index = recent->index(row);
            const qint64 id = index.data(RecentNotificationsModel::ConversationIdRole).toLongLong();
            menu->addAction(index.data(Qt::DisplayRole).toString(), this,
                            [this, id] { openConversation(id); });
        }
        recent->markAllRead();
    });
}

void MainWindow::openAdmin()
{
    if (!m_admin) {
        m_admin = new AdminWindow(m_store, m_hub, this);
        connect(m_sync, &SyncController::mirrorChanged, m_admin, &AdminWindow::mirrorChanged);
    }
    m_admin->show();
    m_admin->raise();
    m_admin->activateWindow();
}

void MainWindow::openRecords()
{
    if (!m_records) {
        m_records = new RecordsWindow(m_store, m_hub, m_me, this);
        connect(m_sync, &SyncController::mirrorChanged, m_records, &RecordsWindow::mirrorChanged);
        connect(m_records, &RecordsWindow::conversationRequested, this, [this](Id id) {
            openConversation(id);
            activateWindow();
        });
        connect(m_records, &RecordsWindow::chatRequested, this, [this](Id personId) {
            openNewChatDialog(m_store, canSend(m_me.role) ? m_hub : nullptr, personId, m_records,
                              [this](NewChatDialog *dialog) {
                                  connect(dialog, &NewChatDialog::started, this, [this](Id id) {
                                      QTimer::singleShot(1500, this,
                                                         [this, id] { openConversation(id); });
                                  });
                              });
        });
    }
    m_records->show();
    m_records->raise();
    m_records->activateWindow();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::notificationsToggled, notifications(),
            &NotificationCenter::setEnabled);
    connect(dialog, &SettingsDialog::restartRequested, this, &MainWindow::restartRequested);
    auto *choice = new NotifyChoiceBox(m_store, m_hub, dialog);
    connect(choice, &NotifyChoiceBox::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    dialog->addNotificationChoice(choice);
    dialog->open();
}

void MainWindow::snoozeCurrent()
{
    const Conversation &open = m_pane->conversation();
    if (open.id == 0)
        return;
    const QString customer =
        open.customerName.isEmpty() ? QStringLiteral("+") + open.customerNumber : open.customerName;
    auto *dialog = new SnoozeDialog(customer, QDateTime::currentDateTime(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = open.id, customer] {
        const QDateTime until = dialog->until();
        if (notifications()->snoozeUntil(id, until.toMSecsSinceEpoch()))
            statusBar()->showMessage(
                tr("Snoozed %1 until %2.")
                    .arg(customer, QLocale().toString(until, QLocale::ShortFormat)),
                5000);
    });
    dialog->open();
}

void MainWindow::loadSnoozed()
{
    // The store's book, not the notification centre's view of it: the list shows the marks
    // before the centre is made (after the first paint).
    m_list->setSnoozed(m_store->snoozes()->conversationIds()); // in memory
}

void MainWindow::changeEvent(QEvent *event)
{
    // A notification for the conversation the agent is looking at would only interrupt.
    if (event->type() == QEvent::ActivationChange && m_notifications)
        m_notifications->setFocusedConversation(isActiveWindow() ? m_pane->conversationId() : 0);
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_pane->saveDraft(); // a reply half written survives the restart
    QMainWindow::closeEvent(event);
}

void MainWindow::showShortcuts()
{
    // Every row of the shortcut table, the same one the menus and the README are made from.
    auto *box =
        new QMessageBox(QMessageBox::Information, Shortcuts::text(Command::KeyboardShortcuts),
                        Shortcuts::helpHtml(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsHelp"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->open();
}

} // namespace parley::ui
