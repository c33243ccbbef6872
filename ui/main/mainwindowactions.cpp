// MainWindow's keyboard shortcuts, toolbar and their dialogs (R7.4, R10.2): kept apart from the
// window's layout and data flow in mainwindow.cpp.
#include "ui/admin/adminwindow.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/conversation/newchatdialog.h"
#include "ui/main/mainwindow.h"
#include "ui/main/quickswitcher.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/recentnotificationsmodel.h"
#include "ui/notify/snoozedialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sync/synccontroller.h"

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
    action(tr("Go to conversation"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        auto *switcher = new QuickSwitcher(m_db, m_me.id, this);
        switcher->setAttribute(Qt::WA_DeleteOnClose);
        connect(switcher, &QuickSwitcher::conversationChosen, this, &MainWindow::openConversation);
        switcher->show();
    });
    action(tr("Reply"), QKeySequence(Qt::CTRL | Qt::Key_R),
           [this] { m_pane->composer()->focusEditor(); });
    action(tr("Insert a predefined text"), QKeySequence(Qt::CTRL | Qt::Key_P),
           [this] { openPredefinedTexts(); });
    action(tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    // R7.4: the bell lists recent notifications; its text carries the unread count.
    auto *bell = new QToolButton(bar);
    bell->setObjectName(QStringLiteral("bell"));
    bell->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(bell);
    bell->setMenu(menu);
    RecentNotificationsModel *recent = m_notifications->recentNotifications();
    const auto updateBell = [bell, recent] {
        const int unread = recent->unreadCount();
        bell->setText(unread > 0 ? tr("Recent (%1)").arg(unread) : tr("Recent"));
        bell->setToolTip(tr("Recent notifications"));
    };
    // As wide as its widest text, so that "Recent (10)" becoming "Recent (9)" moves no button.
    bell->setMinimumWidth(bell->fontMetrics().horizontalAdvance(tr("Recent (%1)").arg(999)) +
                          bell->fontMetrics().height() * 2);
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
    bar->addWidget(bell);
    QAction *newChat = bar->addAction(tr("New chat…"), this, [this] {
        auto *dialog = new NewChatDialog(m_db, canSend(m_me.role) ? m_hub : nullptr, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The conversation arrives through the stream; open it once it is in the list.
        connect(dialog, &NewChatDialog::started, this, [this](Id id) {
            QTimer::singleShot(1500, this, [this, id] { openConversation(id); });
        });
        dialog->show();
    });
    newChat->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *filter = bar->addAction(tr("Filter…"), this, &MainWindow::openFilterBuilder);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    filter->setToolTip(tr("Build a filter and save it as a view (Ctrl+Shift+F)"));
    bar->addAction(tr("Predefined texts"), this, &MainWindow::manageTexts);
    QAction *snooze = bar->addAction(tr("Snooze…"), this, &MainWindow::snoozeCurrent);
    snooze->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    snooze->setToolTip(tr("Remind me about this conversation later (Ctrl+J)"));
    if (m_me.role == Role::Admin) {
        QAction *admin = bar->addAction(tr("Administration…"), this, &MainWindow::openAdmin);
        admin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        admin->setToolTip(tr("Templates, channels, credits and people (Ctrl+Shift+A)"));
    }
    QAction *settings = bar->addAction(tr("Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setToolTip(tr("Language, appearance, notifications (Ctrl+,)"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(tr("Log out"), this, &MainWindow::logOutRequested);
}

void MainWindow::openAdmin()
{
    if (!m_admin) {
        m_admin = new AdminWindow(m_db, m_hub, this);
        connect(m_sync, &SyncController::mirrorChanged, m_admin, &AdminWindow::mirrorChanged);
    }
    m_admin->show();
    m_admin->raise();
    m_admin->activateWindow();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::notificationsToggled, m_notifications,
            &NotificationCenter::setEnabled);
    connect(dialog, &SettingsDialog::restartRequested, this, &MainWindow::restartRequested);
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
        if (m_notifications->snoozeUntil(id, until.toMSecsSinceEpoch()))
            statusBar()->showMessage(
                tr("Snoozed %1 until %2.")
                    .arg(customer, QLocale().toString(until, QLocale::ShortFormat)),
                5000);
    });
    dialog->open();
}

void MainWindow::loadSnoozed()
{
    QSet<Id> snoozed;
    for (const Snooze &s : Snoozes(m_db).all())
        snoozed.insert(s.conversationId);
    m_list->setSnoozed(snoozed);
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

} // namespace parley::ui
