// The Messages module assembled: the list over the mirror, the pane following the selection,
// views switching the list, and the keyboard moving through it.
#include "../core/mirrorfixture.h"
#include "core/sync/hubclient.h"
#include "listsettle.h"
#include "ui/conversation/conversationpane.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/sync/synccontroller.h"

#include <QDateTime>
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
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("m.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        const char *names[] = {"Ana Souza", "王芳", "Jake Thompson"};
        for (Id id = 1; id <= 3; ++id) {
            Conversation c;
            c.id = id;
            c.channelId = 1;
            c.customerNumber = QStringLiteral("5511900000%1").arg(id);
            c.customerName = QString::fromUtf8(names[id - 1]);
            c.ownerId = id == 2 ? 7 : 1;
            c.lastInboundAt = now - id * 60000;
            c.lastMessageAt = c.lastInboundAt;
            c.unreadCount = id == 3 ? 2 : 0;
            events << log.conversation(c);
        }
        QVERIFY(mirror.apply(batchOf(events)));

        SyncController sync;
        HubClient hub;
        Agent me{1, QStringLiteral("bo"), QStringLiteral("Bo"), Role::Agent, {}, true};
        MainWindow window(mirror.database(), &sync, &hub, me);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listSettled(window));
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
