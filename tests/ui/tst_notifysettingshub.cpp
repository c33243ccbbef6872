// The agent's notification choice and mutes from the desktop, against a real parley-hub (issue
// #12 item 2): "Notify me about" (NotifyChoiceBox) and the conversation menu's "Mute
// notifications" (QuickActions) change the hub's copy, which reaches the agent's mirrors
// through sync, so that another desktop of the same agent shows the same choice; a refused
// change puts the box back and says why. tst_hubnotificationsettings checks the hub from
// outside and tst_notificationchoices what the choice does to notifications.
#include "../hub/hubapifixture.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"
#include "core/mirror/notificationreads.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/hubclient.h"
#include "ui/notify/notifychoicebox.h"
#include "ui/record/quickactions.h"

#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class NotifySettingsHubTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_desk;  // bo's desktop
    Mirror m_other; // bo's other desktop
    HubClient m_client;

    void sync(Mirror &mirror)
    {
        SyncBatch batch;
        QString error;
        if (!fromJson(
                m_hub.get(QStringLiteral("/api/v1/sync?since=%1").arg(mirror.lastSeq()), m_agent)
                    .json(),
                &batch, &error) ||
            !mirror.apply(batch))
            qWarning() << "sync failed:" << error << mirror.errorString();
    }

    QString hubsChoice(const QString &token)
    {
        return m_hub.get(QStringLiteral("/api/v1/me/notifications"), token)
            .json()
            .value(QStringLiteral("settings"))["notify"]
            .toString();
    }

    static QAction *muteAction(QMenu *menu)
    {
        for (QAction *action : menu->actions())
            if (action->objectName() == QLatin1String("toggleMute"))
                return action;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(setUpHub(), m_hub.log().constData());
        QCOMPARE(m_desk.open(m_dir.filePath(QStringLiteral("desk.sqlite"))),
                 Mirror::OpenStatus::Ok);
        QCOMPARE(m_other.open(m_dir.filePath(QStringLiteral("other.sqlite"))),
                 Mirror::OpenStatus::Ok);
        sync(m_desk);
        sync(m_other);
        m_client.setHub(m_hub.url());
        m_client.setToken(m_agent);
    }

    void theChoiceGoesToTheHubAndReachesTheOtherDesktop()
    {
        NotifyChoiceBox box(m_desk.database(), &m_client);
        QTRY_VERIFY(box.isLoaded()); // the stored choice, read on the reader thread
        QVERIFY(box.isEnabled());
        QCOMPARE(box.choice(), NotifyChoice::Default);
        QCOMPARE(box.currentText(), NotifyChoiceBox::textOf(NotifyChoice::Default));
        QSignalSpy failed(&box, &NotifyChoiceBox::failed);

        box.setCurrentIndex(box.findData(int(NotifyChoice::Mentions))); // as the agent picks
        QTRY_COMPARE_WITH_TIMEOUT(hubsChoice(m_agent), QStringLiteral("mentions"), 10000);
        QCOMPARE(hubsChoice(m_admin), QStringLiteral("default")); // bo's own, nobody else's
        QCOMPARE(failed.count(), 0);

        sync(m_desk);
        sync(m_other);
        QCOMPARE(fetchNotificationSettings(m_desk.database()).notify, NotifyChoice::Mentions);
        NotifyChoiceBox elsewhere(m_other.database(), &m_client);
        QTRY_VERIFY(elsewhere.isLoaded());
        QCOMPARE(elsewhere.choice(), NotifyChoice::Mentions);
        QCOMPARE(elsewhere.currentText(), NotifyChoiceBox::textOf(NotifyChoice::Mentions));
    }

    void aRefusedChoiceIsPutBackAndSaysWhy()
    {
        HubClient stale; // a session the hub no longer knows
        stale.setHub(m_hub.url());
        stale.setToken(QStringLiteral("not-a-session"));
        NotifyChoiceBox box(m_desk.database(), &stale);
        QTRY_VERIFY(box.isLoaded());
        QCOMPARE(box.choice(), NotifyChoice::Mentions);
        QSignalSpy failed(&box, &NotifyChoiceBox::failed);
        box.setCurrentIndex(box.findData(int(NotifyChoice::All)));
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(box.choice(), NotifyChoice::Mentions);
        QCOMPARE(hubsChoice(m_agent), QStringLiteral("mentions"));

        // Without a hub there is nothing to change.
        NotifyChoiceBox offline(m_desk.database(), nullptr);
        QTRY_VERIFY(offline.isLoaded());
        QVERIFY(!offline.isEnabled());
    }

    void theMenuMutesAndUnmutesAConversationForThisAgent()
    {
        const Agent bo = agentFor(m_agent);
        QVERIFY(bo.id > 0);
        Conversation conversation;
        QString error;
        QVERIFY2(fetchConversation(m_desk.database(), m_fresh, &conversation, &error),
                 qPrintable(error));
        QVERIFY(!conversationMuted(m_desk.database(), m_fresh));
        QuickActions actions(m_desk.database(), &m_client, bo);
        QSignalSpy finished(&actions, &QuickActions::finished);
        QWidget parent;

        QAction *mute = muteAction(actions.menuFor(conversation, &parent));
        QVERIFY(mute);
        QTRY_VERIFY(mute->isEnabled()); // the mute is read on the reader thread
        QCOMPARE(mute->text(), QuickActions::tr("Mute notifications"));
        mute->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(finished.last().at(1).toString(),
                 QuickActions::tr("Notifications muted for this conversation."));
        sync(m_desk);
        sync(m_other);
        QVERIFY(conversationMuted(m_desk.database(), m_fresh));
        QVERIFY(conversationMuted(m_other.database(), m_fresh));
        QVERIFY(!conversationMuted(m_desk.database(), m_stale));

        QAction *unmute = muteAction(actions.menuFor(conversation, &parent));
        QVERIFY(unmute);
        QTRY_VERIFY(unmute->isEnabled());
        QCOMPARE(unmute->text(), QuickActions::tr("Unmute notifications"));
        unmute->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        sync(m_desk);
        QVERIFY(!conversationMuted(m_desk.database(), m_fresh));
    }
};

QTEST_MAIN(NotifySettingsHubTest)
#include "tst_notifysettingshub.moc"
