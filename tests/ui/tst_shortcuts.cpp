// Keyboard first (R10.2, issue #16): one shortcut table makes the menu bar, the window's
// actions, the F1 list and the README's table; every action is in a menu with its keys; Tab
// leaves the composer; assign, close and log out have keys that reach the existing commands.
#include "core/sync/hubclient.h"
#include "inboxfixture.h"
#include "listsettle.h"
#include "shownmainwindow.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/main/mainwindow.h"
#include "ui/main/shortcuts.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/sync/synccontroller.h"

#include <QAction>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

// A stand-in hub on loopback that answers every request with 200 {} and keeps its request line,
// so a test sees which command a key sent.
class RecordingHub : public QObject {
public:
    RecordingHub()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray &data = m_buffer[socket];
                    const int end = data.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    requests << QString::fromLatin1(data.left(data.indexOf("\r\n")));
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    QStringList requests;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

} // namespace

class ShortcutsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { useScratchXdgHome(m_dir); }

    void theTableHasNoClashes()
    {
        QSet<int> commands;
        QSet<QString> keys;
        for (const Shortcut &shortcut : Shortcuts::table()) {
            QVERIFY(!commands.contains(int(shortcut.command)));
            commands.insert(int(shortcut.command));
            QVERIFY(!QString::fromUtf8(shortcut.text).isEmpty());
            if (shortcut.keys.isEmpty())
                continue;
            const QString portable = shortcut.keys.toString(QKeySequence::PortableText);
            QVERIFY2(!keys.contains(portable), qPrintable(portable));
            keys.insert(portable);
        }
        QCOMPARE(commands.size(), int(Command::KeyboardShortcuts) + 1); // every command
        for (const Command command : {Command::AssignToMe, Command::CloseOrReopen, Command::Snooze,
                                      Command::NextUnread, Command::LogOut})
            QVERIFY(!Shortcuts::keys(command).isEmpty());
    }

    // The README's table is the code's table, row for row.
    void theReadmeListsTheSameShortcuts()
    {
        QFile readme(QStringLiteral(PARLEY_FIXTURES_DIR "/../../README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const QString begin = QStringLiteral("<!-- shortcuts:begin");
        const QString end = QStringLiteral("<!-- shortcuts:end -->");
        const int from = text.indexOf(begin);
        const int to = text.indexOf(end);
        QVERIFY(from >= 0 && to > from);
        const int tableStart = text.indexOf(QLatin1Char('\n'), from) + 1;
        const QString table = text.mid(tableStart, to - tableStart);
        QCOMPARE(table, Shortcuts::markdownTable());
    }

    void everyCommandIsInTheMenusAndF1ListsEveryShortcut()
    {
        ShownMainWindow shown(m_dir.filePath(QStringLiteral("menus.sqlite")), Role::Admin);
        shown.show();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = shown.window();

        QSet<QAction *> inMenus;
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.size(), 4);
        for (QAction *menu : menus) {
            QVERIFY(menu->menu());
            for (QAction *item : menu->menu()->actions())
                inMenus.insert(item);
        }
        for (const Shortcut &shortcut : Shortcuts::table()) {
            QAction *action = window.commandAction(shortcut.command);
            QVERIFY2(action, shortcut.text);
            QVERIFY2(inMenus.contains(action), shortcut.text);
            if (shortcut.windowAction)
                QCOMPARE(action->shortcut(), shortcut.keys);
        }

        window.commandAction(Command::KeyboardShortcuts)->trigger();
        auto *help = window.findChild<QMessageBox *>(QStringLiteral("shortcutsHelp"));
        QVERIFY(help);
        const QString listed = help->text();
        int rows = 0;
        for (const Shortcut &shortcut : Shortcuts::table()) {
            if (shortcut.keys.isEmpty())
                continue;
            ++rows;
            QVERIFY2(
                listed.contains(shortcut.keys.toString(QKeySequence::NativeText).toHtmlEscaped()),
                shortcut.text);
            QVERIFY2(listed.contains(Shortcuts::text(shortcut).toHtmlEscaped()), shortcut.text);
        }
        QCOMPARE(listed.count(QStringLiteral("<tr>")), rows);
        QVERIFY(rows >= 18);
        help->close();

        // An agent has no Administration, in the menus or the keys.
        Agent agent{2, QStringLiteral("cy"), QStringLiteral("Cy"), Role::Agent, {}, true};
        MainWindow agentWindow(shown.inbox().database(), &shown.sync(), &shown.hub(), agent);
        QVERIFY(!agentWindow.commandAction(Command::Administration));
        QVERIFY(agentWindow.commandAction(Command::LogOut));
    }

    void tabLeavesTheComposer()
    {
        ShownMainWindow shown(m_dir.filePath(QStringLiteral("tab.sqlite")), Role::Agent);
        shown.show();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = shown.window();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openConversation(1);
        QVERIFY(listSettled(window));
        window.commandAction(Command::Reply)->trigger();
        auto *editor = window.pane()->composer()->findChild<QPlainTextEdit *>();
        QVERIFY(editor);
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        QTest::keyClicks(editor, QStringLiteral("Hi"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Hi"));
        QVERIFY(QApplication::focusWidget() != editor);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), editor);
    }

    void assignCloseAndLogOutKeysReachTheirCommands()
    {
        InboxFixture inbox(m_dir.filePath(QStringLiteral("commands.sqlite")));
        QVERIFY(inbox.ok());
        RecordingHub recorder;
        SyncController sync;
        HubClient hub;
        hub.setHub(recorder.url());
        Agent me{1, QStringLiteral("bo"), QStringLiteral("Bo"), Role::Agent, {}, true};
        MainWindow window(inbox.database(), &sync, &hub, me);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listSettled(window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openConversation(2);
        QVERIFY(listSettled(window));
        QCOMPARE(window.pane()->conversationId(), 2);
        recorder.requests.clear();

        QTest::keySequence(&window, Shortcuts::keys(Command::AssignToMe));
        QTRY_VERIFY(recorder.requests.contains(
            QStringLiteral("POST /api/v1/conversations/2/assign HTTP/1.1")));
        QTest::keySequence(&window, Shortcuts::keys(Command::CloseOrReopen));
        QTRY_VERIFY(recorder.requests.contains(
            QStringLiteral("POST /api/v1/conversations/2/status HTTP/1.1")));

        QSignalSpy logOut(&window, &MainWindow::logOutRequested);
        QTest::keySequence(&window, Shortcuts::keys(Command::LogOut));
        QCOMPARE(logOut.size(), 1);
    }
};

QTEST_MAIN(ShortcutsTest)
#include "tst_shortcuts.moc"
