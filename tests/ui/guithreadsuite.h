#pragma once

// The set-up the GUI-thread suites share (tst_guithreadreads, tst_guithreadscreens,
// tst_guithreadadmin): the assembled window over a real mirror holding guiThreadFixture(),
// opened once per suite, and the mirror's write lock taken before each test function as the
// sync worker holds it while it applies a batch. A suite derives from it and calls openWindow()
// (or openSettledWindow()) in initTestCase(), closeWindow() in cleanupTestCase() and lockMirror()
// in init().
#include "core/mirror/mirrorstore.h"
#include "core/sync/hubclient.h"
#include "guithreadfixture.h"
#include "listsettle.h"
#include "ui/main/mainwindow.h"
#include "ui/sync/synccontroller.h"

#include <QDateTime>
#include <QDialog>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace parley::testing {

class GuiThreadSuite : public QObject {
protected:
    // The window's own store (MirrorStore, a direct child of the window).
    MirrorStore *windowStore() const
    {
        return m_window->findChild<MirrorStore *>(QString(), Qt::FindDirectChildrenOnly);
    }

    // openWindow(), then every read the window asked its store for at start answered.
    void openSettledWindow()
    {
        openWindow();
        QVERIFY(windowStore());
        QTRY_COMPARE(windowStore()->inFlight(), 0);
    }

    // After each test function: the dialogs it opened closed, the mirror's write lock let go.
    void closeDialogsAndUnlock()
    {
        for (QDialog *dialog : m_window->findChildren<QDialog *>())
            dialog->close();
        m_lock.reset();
    }

    void openWindow()
    {
        // Every connection opened from now on reports the thread of each statement.
        SqlThreadProbe::setEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_path = m_dir.filePath(QStringLiteral("m.sqlite"));
        QCOMPARE(m_mirror.open(m_path), Mirror::OpenStatus::Ok);
        QVERIFY(m_mirror.apply(batchOf(guiThreadFixture(QDateTime::currentMSecsSinceEpoch()))));
        const Agent me{1,           QStringLiteral("bo"),     QStringLiteral("Bo"),
                       Role::Agent, QStringLiteral("Vendas"), true};
        m_window = std::make_unique<ui::MainWindow>(m_mirror.database(), &m_sync, &m_hub, me);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listSettled(*m_window));
    }

    void closeWindow()
    {
        m_window.reset();
        SqlThreadProbe::setEnabled(false);
    }

    void lockMirror()
    {
        m_lock = std::make_unique<MirrorWriteLock>(m_path);
        QVERIFY(m_lock->isHeld());
        SqlThreadProbe::reset();
    }

    QTemporaryDir m_dir;
    QString m_path;
    Mirror m_mirror;
    ui::SyncController m_sync;
    HubClient m_hub;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<MirrorWriteLock> m_lock;
};

} // namespace parley::testing
