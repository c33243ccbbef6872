#pragma once

// The assembled MainWindow over an InboxFixture as the window suites start it (tst_mainwindow,
// tst_accessibility, tst_screenfit, tst_shortcuts): signed in as agent 1 "Bo", with no hub
// behind it, shown and its list settled.
#include "core/sync/hubclient.h"
#include "inboxfixture.h"
#include "listsettle.h"
#include "ui/main/mainwindow.h"
#include "ui/sync/synccontroller.h"

#include <QTest>

#include <memory>

namespace parley::testing {

class ShownMainWindow {
public:
    // The inbox's mirror in `path`; `role` is Bo's.
    ShownMainWindow(const QString &path, Role role) : m_inbox(path), m_role(role) {}

    // Fails the running test (QTest::currentTestFailed()) when the mirror or the window did
    // not come up.
    void show()
    {
        QVERIFY(m_inbox.ok());
        const Agent bo{1, QStringLiteral("bo"), QStringLiteral("Bo"), m_role, {}, true};
        m_window = std::make_unique<ui::MainWindow>(m_inbox.database(), &m_sync, &m_hub, bo);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listSettled(*m_window));
    }

    ui::MainWindow &window() { return *m_window; }
    InboxFixture &inbox() { return m_inbox; }
    ui::SyncController &sync() { return m_sync; }
    HubClient &hub() { return m_hub; }

private:
    InboxFixture m_inbox;
    Role m_role;
    ui::SyncController m_sync;
    HubClient m_hub;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace parley::testing
