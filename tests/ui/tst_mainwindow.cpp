// The Messages module assembled: the list over the mirror, the pane following the selection,
// views switching the list, and the keyboard moving through it.
#include "core/sync/hubclient.h"
#include "listsettle.h"
#include "shownmainwindow.h"
#include "ui/conversation/conversationpane.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/sync/synccontroller.h"

#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void listPaneAndKeyboardWorkTogether()
    {
        QTemporaryDir dir;
        useScratchXdgHome(dir);
        ShownMainWindow shown(dir.filePath(QStringLiteral("m.sqlite")), Role::Agent);
        shown.show();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = shown.window();
        QCOMPARE(window.conversations()->rowCount(), 3);

        window.conversationView()->setCurrentIndex(window.conversations()->index(0));
        QCOMPARE(window.pane()->conversationId(), 1);
        QVERIFY(listSettled(window));
        window.selectRelative(1);
        QVERIFY(listSettled(window));
        QCOMPARE(window.pane()->conversationId(), 2);
        window.selectNextUnread();
        QVERIFY(listSettled(window));
        QCOMPARE(window.pane()->conversationId(), 3);

        // "My conversations" hides the one owned by agent 7.
        auto *views = window.findChild<QListView *>(QStringLiteral("views"));
        QVERIFY(views);
        views->setCurrentIndex(views->model()->index(1, 0));
        QVERIFY(listSettled(window));
        QCOMPARE(window.conversations()->rowCount(), 2);
        QCOMPARE(window.conversations()->rowOf(2), -1);

        // Opening a conversation outside the view brings it back into view.
        window.openConversation(2);
        QVERIFY(listSettled(window));
        QCOMPARE(window.pane()->conversationId(), 2);
        QCOMPARE(window.conversations()->rowCount(), 3);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
