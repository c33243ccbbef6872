// Presence from one desktop to another through the real parley-hub (issue #12 item 5): what the
// admin's PresenceReporter says over its sync stream reaches bo's presence line, viewing, then
// typing, then nothing once the admin opens another conversation or goes offline.
// tst_hubpresence checks the hub from outside and tst_presencebar the line alone; this is the
// path between them (SyncController, SyncWorker, the stream, the relay, the decoding).
#include "../hub/hubapifixture.h"
#include "core/protocol/entitycodec.h"
#include "ui/conversation/presencebar.h"
#include "ui/conversation/presencereporter.h"
#include "ui/sync/synccontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class PresenceHubTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static bool online(const QSignalSpy &states)
    {
        return !states.isEmpty() && states.last().first().value<SyncState>() == SyncState::Online;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(setUpHub(), m_hub.log().constData());
    }

    void oneDesktopSeesTheOtherViewingTypingAndLeaving()
    {
        const Agent admin = agentFor(m_admin);
        QVERIFY(admin.id > 0);
        SyncController bos;
        SyncController admins;
        QSignalSpy bosStates(&bos, &SyncController::stateChanged);
        QSignalSpy adminsStates(&admins, &SyncController::stateChanged);
        PresenceBar bar; // bo's, on the conversation bo has open
        bar.setConversation(m_fresh);
        connect(&bos, &SyncController::presenceChanged, &bar, &PresenceBar::showPresence);
        PresenceReporter reporter; // the admin's
        connect(&reporter, &PresenceReporter::say, &admins, &SyncController::sendPresence);
        bos.start(m_hub.url(), m_agent, m_dir.filePath(QStringLiteral("bo.sqlite")));
        admins.start(m_hub.url(), m_admin, m_dir.filePath(QStringLiteral("admin.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(online(bosStates) && online(adminsStates), 20000);
        QVERIFY(bar.text().isEmpty());

        reporter.opened(m_fresh);
        QTRY_COMPARE_WITH_TIMEOUT(bar.text(),
                                  PresenceBar::describe({{admin.id, admin.name, false}}), 10000);
        reporter.typed();
        QTRY_COMPARE_WITH_TIMEOUT(bar.text(), PresenceBar::describe({{admin.id, admin.name, true}}),
                                  10000);
        reporter.sent(); // the reply went: viewing again
        QTRY_COMPARE_WITH_TIMEOUT(bar.text(),
                                  PresenceBar::describe({{admin.id, admin.name, false}}), 10000);
        // The admin opens another conversation: "left" for this one.
        reporter.opened(m_stale);
        QTRY_VERIFY_WITH_TIMEOUT(bar.text().isEmpty(), 10000);

        // Back, then offline: the hub ends the presence of a closed stream.
        reporter.opened(m_fresh);
        QTRY_COMPARE_WITH_TIMEOUT(bar.text(),
                                  PresenceBar::describe({{admin.id, admin.name, false}}), 10000);
        admins.stop();
        QTRY_VERIFY_WITH_TIMEOUT(bar.text().isEmpty(), 10000);
        bos.stop();
    }
};

QTEST_MAIN(PresenceHubTest)
#include "tst_presencehub.moc"
