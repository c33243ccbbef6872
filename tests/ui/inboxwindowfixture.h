#pragma once

// What the inbox window suites (tst_inboxwindow, tst_inboxsearch) stand on: the assembled
// MainWindow over a real mirror of five conversations (1 the newest; all but 5 unread, each with
// one message from its customer), with no hub behind it, in a scratch data and config folder,
// and every SQL statement's thread recorded (SqlThreadProbe).

#include "core/mirror/sqlthreadprobe.h"
#include "core/sync/hubclient.h"
#include "inboxfixture.h"
#include "listsettle.h"
#include "ui/filters/viewlistmodel.h"
#include "ui/main/mainwindow.h"
#include "ui/sync/synccontroller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace parley::testing {

inline Conversation inboxCustomer(Id id, const char *name, TimestampMs at, int unread)
{
    Conversation c;
    c.id = id;
    c.channelId = 1;
    c.customerNumber = QStringLiteral("5511900000%1").arg(id);
    c.customerName = QString::fromUtf8(name);
    c.ownerId = 1;
    c.lastInboundAt = at;
    c.lastMessageAt = at;
    c.lastMessageText = QStringLiteral("last of %1").arg(id);
    c.unreadCount = unread;
    return c;
}

struct InboxWindowFixture {
    // From the suite's init(): a failed check there skips the test.
    void open()
    {
        // Every connection opened from now on reports the thread of each statement.
        SqlThreadProbe::setEnabled(true);
        dir = std::make_unique<QTemporaryDir>();
        useScratchXdgHome(*dir);
        mirror = std::make_unique<Mirror>();
        QCOMPARE(mirror->open(dir->filePath(QStringLiteral("m.sqlite"))), Mirror::OpenStatus::Ok);
        log = EventLog();
        now = QDateTime::currentMSecsSinceEpoch();
        const char *names[] = {"Ana Souza", "Bruno Lima", "Carla Dias", "Diego Ramos", "王芳"};
        QList<Event> events;
        for (Id id = 1; id <= 5; ++id) {
            // 1 is the newest; all but 5 are unread.
            events << log.conversation(
                inboxCustomer(id, names[id - 1], now - id * 60000, id == 5 ? 0 : 1));
            events << log.message(textMessage(100 + id, id, Direction::In,
                                              QStringLiteral("Olá, abrem no Sábado? (%1)").arg(id),
                                              now - id * 60000 - 1000));
        }
        QVERIFY(mirror->apply(batchOf(events)));
        sync = std::make_unique<ui::SyncController>();
        hub = std::make_unique<HubClient>();
        const Agent me{1, QStringLiteral("bo"), QStringLiteral("Bo"), Role::Agent, {}, true};
        window = std::make_unique<ui::MainWindow>(mirror->database(), sync.get(), hub.get(), me);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(listSettled(*window));
        // Made after the list's first paint, it reads the snoozes and the newest message on this
        // thread as it is made: part of the window's start, done before a test looks.
        QVERIFY(window->notifications());
        QCoreApplication::processEvents(); // and its first look at the snoozes, queued
    }

    // From the suite's cleanup().
    void close()
    {
        window.reset();
        hub.reset();
        sync.reset();
        mirror.reset();
        dir.reset();
    }

    // Chooses the sidebar's view `key` ("all", "mine", …) and waits for its rows.
    void showView(const char *key)
    {
        auto *views = window->findChild<QListView *>(QStringLiteral("views"));
        for (int row = 0; row < views->model()->rowCount(); ++row) {
            const QModelIndex index = views->model()->index(row, 0);
            if (index.data(ui::ViewListModel::KeyRole).toString() == QLatin1String(key)) {
                views->setCurrentIndex(index);
                QVERIFY(listSettled(*window));
                return;
            }
        }
        QFAIL(key);
    }

    // The sync worker brings `c` as the hub has it now.
    void hubSays(const Conversation &c)
    {
        MirrorChanges changes;
        QVERIFY(mirror->apply(batchOf({log.conversation(c)}), &changes));
        emit sync->mirrorChanged(changes);
        QVERIFY(listSettled(*window));
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Mirror> mirror;
    std::unique_ptr<ui::SyncController> sync;
    std::unique_ptr<HubClient> hub;
    std::unique_ptr<ui::MainWindow> window;
    EventLog log;
    TimestampMs now = 0;
};

} // namespace parley::testing
