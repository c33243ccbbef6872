// Screen readers (R10.2, issue #16): the accessibility tree of every window, walked in-process
// the way a screen reader sees it, has no unnamed control; the conversation list's rows and
// the chat's bubbles speak their whole meaning, not just a name or bare text.
#include "core/sync/hubclient.h"
#include "inboxfixture.h"
#include "listsettle.h"
#include "shownmainwindow.h"
#include "ui/admin/adminwindow.h"
#include "ui/conversation/conversationpane.h"
#include "ui/conversation/newchatdialog.h"
#include "ui/filters/filterbuilderdialog.h"
#include "ui/main/mainwindow.h"
#include "ui/main/quickswitcher.h"
#include "ui/models/conversationdelegate.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/quotes/quoteattachdialog.h"
#include "ui/quotes/quoteeditor.h"
#include "ui/session/logindialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sync/synccontroller.h"
#include "ui/texts/predefinedtextmanager.h"

#include <QAccessible>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    QString path;
    for (const QObject *o = object; o; o = o->parent())
        path.prepend(QStringLiteral("/%1(%2)").arg(
            QString::fromLatin1(o->metaObject()->className()), o->objectName()));
    return QStringLiteral("role %1 at %2").arg(int(iface->role())).arg(path);
}

// Every interactive element under `root` whose name is empty, visible or not (a hidden page
// of a stack or a tab is shown later and must be named then too). The scroll bars and the
// item views' own cells are the views' business: cells are checked through the models' roles.
void collectUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        *unnamed << describe(iface);
    // A combo box's popup list is the combo box's, named by it.
    if (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree ||
        role == QAccessible::ScrollBar || role == QAccessible::ComboBox)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

QStringList unnamedIn(QWidget *window)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), &unnamed);
    return unnamed;
}

} // namespace

class AccessibilityTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { useScratchXdgHome(m_dir); }

    void everyControlOfEveryWindowHasAName()
    {
        ShownMainWindow shown(m_dir.filePath(QStringLiteral("walk.sqlite")), Role::Admin);
        shown.show();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = shown.window();
        InboxFixture &inbox = shown.inbox();
        HubClient &hub = shown.hub();
        window.conversationView()->setCurrentIndex(window.conversations()->index(0));
        QCOMPARE(window.pane()->conversationId(), 1);
        QStringList unnamed = unnamedIn(&window);

        AdminWindow adminWindow(inbox.database(), &hub);
        adminWindow.show();
        unnamed << unnamedIn(&adminWindow);

        const Conversation first = window.conversations()->conversationAt(0);
        QList<QWidget *> dialogs{
            new NewChatDialog(inbox.database(), &hub, &window),
            new SettingsDialog(&window),
            new FilterBuilderDialog(FilterChoices::fromMirror(inbox.database()), &window),
            new QuickSwitcher(inbox.database(), 1, &window),
            new LoginDialog(&window),
            new PredefinedTextManager(inbox.database(), &hub, &window),
            new QuoteEditor(&hub, first.recordId, std::nullopt, &window),
            new QuoteAttachDialog(inbox.database(), &hub, nullptr, first, &window),
        };
        for (QWidget *dialog : std::as_const(dialogs)) {
            dialog->show();
            unnamed << unnamedIn(dialog);
            dialog->deleteLater();
        }
        for (const QString &control : std::as_const(unnamed))
            qWarning().noquote() << "unnamed:" << control;
        QCOMPARE(unnamed.size(), 0);
    }

    void rowsAndBubblesSayTheirWholeMeaning()
    {
        ShownMainWindow shown(m_dir.filePath(QStringLiteral("rows.sqlite")), Role::Agent);
        shown.show();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = shown.window();

        // The row a screen reader lands on: name, unread count, preview, time, channel, window.
        QAccessibleInterface *list =
            QAccessible::queryAccessibleInterface(window.conversationView());
        QVERIFY(list);
        QVERIFY(!list->text(QAccessible::Name).isEmpty());
        const int unreadRow = window.conversations()->rowOf(3);
        QVERIFY(unreadRow >= 0);
        QAccessibleTableInterface *table = list->tableInterface();
        QVERIFY(table);
        QAccessibleInterface *cell = table->cellAt(unreadRow, 0);
        QVERIFY(cell);
        const QString row = cell->text(QAccessible::Name);
        QVERIFY2(row.contains(QStringLiteral("Jake Thompson")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("2 unread")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("Is my order on its way?")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("Loja")), qPrintable(row));
        const QModelIndex index = window.conversations()->index(unreadRow);
        QVERIFY2(row.contains(ConversationDelegate::shortTime(
                     index.data(ConversationListModel::LastMessageAtRole).toLongLong(),
                     QDateTime::currentMSecsSinceEpoch())),
                 qPrintable(row));

        // A bubble: who wrote it, when, whether it arrived or was read, and the text.
        window.openConversation(1);
        QVERIFY(listSettled(window));
        QListView *messages = window.pane()->messageView();
        QAccessibleInterface *chat = QAccessible::queryAccessibleInterface(messages);
        QVERIFY(chat && chat->tableInterface());
        QCOMPARE(chat->tableInterface()->rowCount(), 3);
        const QString in = chat->tableInterface()->cellAt(0, 0)->text(QAccessible::Name);
        const QString read = chat->tableInterface()->cellAt(1, 0)->text(QAccessible::Name);
        const QString delivered = chat->tableInterface()->cellAt(2, 0)->text(QAccessible::Name);
        QVERIFY2(in.startsWith(QStringLiteral("From the customer")), qPrintable(in));
        QVERIFY2(in.endsWith(QStringLiteral("Is my order on its way?")), qPrintable(in));
        QVERIFY2(read.startsWith(QStringLiteral("Sent by the team")), qPrintable(read));
        QVERIFY2(read.contains(QStringLiteral(", read: ")), qPrintable(read));
        QVERIFY2(delivered.contains(QStringLiteral(", delivered: Tracking: BR123")),
                 qPrintable(delivered));
        const QString time = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(
                messages->model()->index(0, 0).data(MessageListModel::TimeRole).toLongLong()),
            QLocale::ShortFormat);
        QVERIFY2(in.contains(time), qPrintable(in));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
